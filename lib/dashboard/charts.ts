/**
 * The outlet page's charts as {@link ChartModel}s: weekly verdict shares as stacked bars (each week's bar is
 * 100 % of its articles), and histograms of counts. Method: a band scale across the categories, a linear scale
 * up the values, gridlines at round ticks; category labels are thinned so they never overlap.
 * Known weakness: with hundreds of weeks each bar is a few pixels wide; the table beside the chart has the
 * figures exactly.
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

/** Category labels under the bands, every nth so that labels stay `minLabelSpacing` apart. */
function categoryLabels(
  labels: string[],
  centre: (i: number) => number,
  step: number,
  y: number,
): ChartText[] {
  const every = Math.max(1, Math.ceil(chart.minLabelSpacing / Math.max(step, 1)));
  return labels.flatMap((text, i) =>
    i % every === 0 ? [{ x: centre(i), y, text, anchor: 'middle' as const, series: 'axis' as const }] : [],
  );
}

/** Weekly shares of derived, partial and independent articles as 100 % stacked bars. */
export function weeklySharesChart(weeks: readonly WeekCounts[], outlet: string): ChartModel {
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
        : `Stacked bars, one per week from ${weeks[0]!.week} to ${weeks.at(-1)!.week}, each split into the shares ` +
          `of derived, partial and independent articles. Over all ${articles(totals.all)} with a date: ` +
          `${percent(totals.derived / totals.all)} derived, ${percent(totals.partial / totals.all)} partial.`,
    legend: VERDICTS,
    rects,
    circles: [],
    lines: axis.lines,
    texts: [
      ...axis.texts,
      ...categoryLabels(
        weeks.map((w) => w.week.slice(5)),
        (i) => bands.start(i) + bands.width / 2,
        bands.step,
        f.bottom + 16,
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
