/**
 * The outlet page's charts as {@link ChartModel}s: weekly verdict shares as stacked bars (each week's bar is
 * 100 % of its articles), and histograms of counts. Method: a band scale across the categories, a linear scale
 * up the values, gridlines at round ticks; category labels are thinned by their estimated width so they never
 * overlap, and week labels carry the year unless every week lies in the viewer's current year.
 * Known weaknesses: with hundreds of weeks each bar is a few pixels wide (the table beside the chart has the
 * figures exactly); label widths are estimated from their characters, since the server knows no fonts.
 */
import type { Verdict } from '../engine';
import { percent } from '../text/percent';
import type { ChartLine, ChartModel, ChartRect, ChartText } from './chart-model';
import { DASHBOARD_CONFIG } from './config';
import { bandScale, linearScale } from './scales';
import type { Bucket } from './stats';

const { chart } = DASHBOARD_CONFIG;
const VERDICTS: Verdict[] = ['derived', 'partial', 'independent'];

/** One week's verdict counts. */
export interface WeekCounts {
  /** The week's Monday, YYYY-MM-DD. */
  week: string;
  derived: number;
  partial: number;
  independent: number;
}

/** One bar of a histogram. */
export interface CountBar {
  label: string;
  count: number;
}

/** "1 article", "3 articles". */
export function articles(count: number): string {
  return `${count} article${count === 1 ? '' : 's'}`;
}

function frame(width: number = chart.width) {
  const { height, margin } = chart;
  return {
    width,
    height,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

/** Gridlines and value labels for a vertical linear scale. */
function valueAxis(
  ticks: number[],
  y: (value: number) => number,
  left: number,
  right: number,
  format: (value: number) => string,
): { lines: ChartLine[]; texts: ChartText[] } {
  return {
    lines: ticks.map((t) => ({ x1: left, x2: right, y1: y(t), y2: y(t), series: 'axis' as const })),
    texts: ticks.map((t) => ({
      x: left - 6,
      y: y(t) + 4,
      text: format(t),
      anchor: 'end' as const,
      series: 'axis' as const,
    })),
  };
}

/** The estimated drawn width of `text` as a chart label (see `labelCharWidth`). */
export function labelWidth(text: string): number {
  return [...text].length * chart.fontSize * chart.labelCharWidth;
}

/**
 * Category labels under the bands: every nth, so that the widest label and a gap fit between two, and none that
 * would run past the drawing's edges.
 */
function categoryLabels(
  labels: string[],
  centre: (i: number) => number,
  step: number,
  y: number,
  width: number,
): ChartText[] {
  const widest = Math.max(0, ...labels.map(labelWidth));
  const every = Math.max(1, Math.ceil((widest + chart.labelGap) / Math.max(step, 1)));
  return labels.flatMap((text, i) => {
    const x = centre(i);
    const half = labelWidth(text) / 2;
    const fits = x - half >= 0 && x + half <= width;
    return i % every === 0 && fits
      ? [{ x, y, text, anchor: 'middle' as const, series: 'axis' as const }]
      : [];
  });
}

/**
 * Labels for weeks (their Mondays, YYYY-MM-DD): the month and day ("10-21") when every week lies in
 * `currentYear`, else the whole date ("2018-11-05"), so that "01-14 … 04-08" over 2018–2019 cannot be misread.
 * Without `currentYear` the year is always shown.
 */
export function weekLabels(weeks: readonly string[], currentYear?: number): string[] {
  const thisYear = currentYear !== undefined && weeks.every((week) => week.startsWith(`${currentYear}-`));
  return weeks.map((week) => (thisYear ? week.slice(5) : week));
}

/**
 * Weekly shares of derived, partial and independent articles as 100 % stacked bars. `currentYear` (the viewer's,
 * e.g. `new Date().getUTCFullYear()`) lets the week labels drop the year when every week lies in it.
 */
export function weeklySharesChart(
  weeks: readonly WeekCounts[],
  outlet: string,
  currentYear?: number,
): ChartModel {
  const f = frame();
  const bands = bandScale(weeks.length, [f.left, f.right], chart.bandPadding, chart.maxBarWidth);
  const y = linearScale(1, [f.bottom, f.top], chart.ticks);
  const rects: ChartRect[] = [];
  weeks.forEach((week, i) => {
    const total = week.derived + week.partial + week.independent;
    if (total === 0) return;
    let base = 0;
    for (const verdict of VERDICTS) {
      const share = week[verdict] / total;
      if (share === 0) continue;
      rects.push({
        x: bands.start(i),
        y: y(base + share),
        width: bands.width,
        height: y(base) - y(base + share),
        series: verdict,
        label: `Week of ${week.week}: ${week[verdict]} of ${total} ${verdict} (${percent(share)})`,
      });
      base += share;
    }
  });
  const axis = valueAxis(y.ticks, y, f.left, f.right, percent);
  const totals = weeks.reduce(
    (sum, w) => ({
      derived: sum.derived + w.derived,
      partial: sum.partial + w.partial,
      all: sum.all + w.derived + w.partial + w.independent,
    }),
    { derived: 0, partial: 0, all: 0 },
  );
  const dated = weeks.filter((w) => w.derived + w.partial + w.independent > 0);
  return {
    width: f.width,
    height: f.height,
    title: `${outlet}: verdicts per week`,
    description:
      dated.length === 0
        ? `${outlet} has no dated articles, so there is no weekly chart.`
        : `${
            weeks.length === 1
              ? `One stacked bar for the week of ${weeks[0]!.week}, split into the shares`
              : `Stacked bars, one per week from ${weeks[0]!.week} to ${weeks.at(-1)!.week}, each split into the shares`
          } of derived, partial and independent articles. Over all ${articles(totals.all)} with a date: ` +
          `${percent(totals.derived / totals.all)} derived, ${percent(totals.partial / totals.all)} partial.`,
    legend: VERDICTS,
    rects,
    circles: [],
    lines: axis.lines,
    texts: [
      ...axis.texts,
      ...categoryLabels(
        weekLabels(
          weeks.map((w) => w.week),
          currentYear,
        ),
        (i) => bands.start(i) + bands.width / 2,
        bands.step,
        f.bottom + 16,
        f.width,
      ),
    ],
  };
}

/** A histogram of counts, one bar per bucket, labelled under the bars; drawn narrower, to sit two side by side. */
export function histogramChart(bars: readonly CountBar[], title: string, unit: string): ChartModel {
  const f = frame(chart.compactWidth);
  const bands = bandScale(bars.length, [f.left, f.right], chart.bandPadding, chart.maxBarWidth);
  const max = Math.max(0, ...bars.map((b) => b.count));
  const y = linearScale(Math.max(1, max), [f.bottom, f.top], Math.min(chart.ticks, Math.max(1, max)));
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const axis = valueAxis(y.ticks, y, f.left, f.right, (v) => String(v));
  const largest = bars.reduce<CountBar | null>((best, b) => (!best || b.count > best.count ? b : best), null);
  return {
    width: f.width,
    height: f.height,
    title,
    description:
      total === 0
        ? `${title}: no articles to count.`
        : `${title}: ${articles(total)} in ${bars.length} buckets of ${unit}; the largest bucket is ` +
          `${largest!.label} with ${articles(largest!.count)}.`,
    legend: ['count'],
    rects: bars.flatMap((bar, i) =>
      bar.count === 0
        ? []
        : [
            {
              x: bands.start(i),
              y: y(bar.count),
              width: bands.width,
              height: y(0) - y(bar.count),
              series: 'count' as const,
              label: `${bar.label}: ${articles(bar.count)}`,
            },
          ],
    ),
    circles: [],
    lines: axis.lines,
    texts: [
      ...axis.texts,
      ...categoryLabels(
        bars.map((b) => b.label),
        (i) => bands.start(i) + bands.width / 2,
        bands.step,
        f.bottom + 16,
        f.width,
      ),
    ],
  };
}

/** Histogram bars of share buckets, labelled "0–10 %". */
export function shareBars(buckets: readonly Bucket[]): CountBar[] {
  return buckets.map((b) => ({
    label: `${Math.round(b.from * 100)}–${Math.round((b.to ?? 1) * 100)} %`,
    count: b.count,
  }));
}

/** Histogram bars of lag buckets, labelled "2–4 h" (the open last one "≥ 72 h"). */
export function lagBars(buckets: readonly Bucket[]): CountBar[] {
  return buckets.map((b) => ({
    label: b.to === null ? `≥ ${b.from} h` : `${b.from}–${b.to} h`,
    count: b.count,
  }));
}
