/**
 * Every tunable number of the outlet dashboard (histogram buckets, paging, chart sizes), each with its reason.
 * Known weakness: the lag buckets are fixed; an archive whose outlets publish days later piles up in the last one.
 */

/** The dashboard's tunables; see each field. */
export const DASHBOARD_CONFIG = {
  histogram: {
    /** Reuse-share buckets: ten of 10 percentage points, fine enough to tell rewrites from reprints. */
    shareBuckets: 10,
    /**
     * Lag bucket edges in hours: wire copy reaches online outlets within minutes to hours, print a day later;
     * doubling widths keep both ends readable. The last bucket is open (≥ 72 h).
     */
    lagEdgesHours: [0, 1, 2, 4, 8, 16, 24, 48, 72],
  },
  rounding: {
    /** Shares are kept to 4 decimals (0.01 percentage points): finer than any figure the pages or APIs print. */
    shareDecimals: 4,
    /** Lags are kept to 2 decimals of an hour (36 seconds): published times rarely carry seconds. */
    lagDecimals: 2,
  },
  paging: {
    /** Articles per page on an outlet's page: one screen of rows; lists of 20,000 articles are paged. */
    articlesPerPage: 50,
  },
  chart: {
    /** The drawing size in SVG user units; the SVG scales to its container's width. */
    width: 720,
    /** Histograms sit two side by side: a narrower drawing keeps their labels as large as the wide chart's. */
    compactWidth: 440,
    height: 240,
    /** Room for axis labels: left for the value ticks, bottom for the category labels. */
    margin: { top: 12, right: 12, bottom: 36, left: 44 },
    /** Gap between bars as a share of a band: visible separation without thin bars. */
    bandPadding: 0.15,
    /** The widest a bar is drawn: a chart of one or two weeks still reads as bars. */
    maxBarWidth: 64,
    /** Value ticks on the vertical axis: enough to read a bar's height, few enough to stay legible on a phone. */
    ticks: 5,
    /** Label size in user units: at the narrowest the SVG is drawn (three quarters) it is still 8 px. */
    fontSize: 11,
    /**
     * A label's estimated width per character, in ems: digits are 0.55 em in Arial and Liberation Sans and
     * 0.64 em in DejaVu Sans (Linux's default sans serif); the widest is taken so that labels never overlap.
     */
    labelCharWidth: 0.64,
    /** The least space between two category labels, and between a label and the drawing's edge. */
    labelGap: 8,
  },
} as const;
