import { describe, expect, it } from 'vitest';
import type { ChartModel } from './chart-model';
import { histogramChart, labelWidth, lagBars, shareBars, weeklySharesChart, type WeekCounts } from './charts';
import { DASHBOARD_CONFIG } from './config';
import { lagHistogram, shareHistogram, weeksBetween } from './stats';
import { buildStorySpread } from './story-spread';

const { chart: config } = DASHBOARD_CONFIG;

/** The plotting area of a chart drawn `width` wide, from the configured margins. */
function plotOf(width: number) {
  const { margin, height } = config;
  return { top: margin.top, bottom: height - margin.bottom, left: margin.left, right: width - margin.right };
}

/** The category labels under the plot, left to right. */
const categoryLabels = (chart: ChartModel) =>
  chart.texts.filter((t) => t.anchor === 'middle' && t.y > plotOf(chart.width).bottom);

/** Labels do not overlap one another or run past the drawing's edges. */
function expectLegible(chart: ChartModel) {
  const labels = categoryLabels(chart);
  labels.forEach((label, i) => {
    expect(label.x - labelWidth(label.text) / 2).toBeGreaterThanOrEqual(0);
    expect(label.x + labelWidth(label.text) / 2).toBeLessThanOrEqual(chart.width);
    if (i === 0) return;
    const previous = labels[i - 1]!;
    const room = label.x - previous.x - (labelWidth(label.text) + labelWidth(previous.text)) / 2;
    expect(room).toBeGreaterThanOrEqual(config.labelGap);
  });
}

const weeks: WeekCounts[] = [
  { week: '2024-10-21', derived: 3, partial: 1, independent: 0 },
  { week: '2024-10-28', derived: 0, partial: 0, independent: 0 },
  { week: '2024-11-04', derived: 1, partial: 1, independent: 2 },
];

describe('weeklySharesChart', () => {
  const chart = weeklySharesChart(weeks, 'Spiegel', 2024);
  const plot = plotOf(config.width);
  const bar = (week: string) => chart.rects.filter((r) => r.label.startsWith(`Week of ${week}:`));

  it('draws each week with articles as one bar filling the plot, split bottom-up in proportion', () => {
    const height = plot.bottom - plot.top;
    for (const [week, shares] of [
      ['2024-10-21', { derived: 0.75, partial: 0.25 }],
      ['2024-11-04', { derived: 0.25, partial: 0.25, independent: 0.5 }],
    ] as const) {
      const segments = bar(week);
      expect(segments.map((s) => s.series)).toEqual(Object.keys(shares));
      segments.forEach((segment, i) => {
        expect(segment.height / height).toBeCloseTo(Object.values(shares)[i]!, 9);
        // Each segment sits on the one below it; the first on the baseline, the last reaching 100 %.
        const below = i === 0 ? plot.bottom : segments[i - 1]!.y;
        expect(segment.y + segment.height).toBeCloseTo(below, 9);
      });
      expect(segments.at(-1)!.y).toBeCloseTo(plot.top, 9);
    }
  });

  it('leaves an empty week empty but keeps its place, so gaps in time show', () => {
    expect(bar('2024-10-28')).toEqual([]);
    const first = bar('2024-10-21')[0]!;
    const third = bar('2024-11-04')[0]!;
    expect(third.x - first.x).toBeCloseTo((2 * (plot.right - plot.left)) / 3, 9);
    for (const rect of chart.rects) {
      expect(rect.x).toBeGreaterThanOrEqual(plot.left);
      expect(rect.x + rect.width).toBeLessThanOrEqual(plot.right);
    }
  });

  it('names every segment with its week, count and share', () => {
    expect(chart.rects.map((r) => r.label)).toEqual([
      'Week of 2024-10-21: 3 of 4 derived (75 %)',
      'Week of 2024-10-21: 1 of 4 partial (25 %)',
      'Week of 2024-11-04: 1 of 4 derived (25 %)',
      'Week of 2024-11-04: 1 of 4 partial (25 %)',
      'Week of 2024-11-04: 2 of 4 independent (50 %)',
    ]);
  });

  it('marks the value axis from 0 % at the baseline to 100 % at the top', () => {
    const ticks = chart.texts.filter((t) => t.anchor === 'end');
    expect(ticks.map((t) => t.text)).toEqual(['0 %', '20 %', '40 %', '60 %', '80 %', '100 %']);
    const gridline = (share: number) => chart.lines[ticks.findIndex((t) => t.text === `${share} %`)]!;
    expect(gridline(0).y1).toBe(plot.bottom);
    expect(gridline(100).y1).toBe(plot.top);
  });

  it('labels each week under its bar by month and day when all weeks lie in the current year', () => {
    const labels = categoryLabels(chart);
    expect(labels.map((l) => l.text)).toEqual(['10-21', '10-28', '11-04']);
    const first = bar('2024-10-21')[0]!;
    expect(labels[0]!.x).toBeCloseTo(first.x + first.width / 2, 9);
  });

  it('puts the year in the labels when the weeks are not this year, or when it is not known', () => {
    expect(categoryLabels(weeklySharesChart(weeks, 'Spiegel', 2025)).map((l) => l.text)).toEqual([
      '2024-10-21',
      '2024-10-28',
      '2024-11-04',
    ]);
    expect(categoryLabels(weeklySharesChart(weeks, 'Spiegel'))[0]!.text).toBe('2024-10-21');
  });

  it('dates every label over a range across two years, in order, none overlapping', () => {
    const span = weeksBetween('2018-11-05', '2019-04-15').map((week, i) => ({
      week,
      derived: i % 3,
      partial: 1,
      independent: i % 2,
    }));
    const across = weeklySharesChart(span, 'Weser-Kurier', 2019);
    const labels = categoryLabels(across).map((l) => l.text);
    expect(labels[0]).toBe('2018-11-05');
    expect(labels.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
    expect(labels.some((l) => l.startsWith('2018-'))).toBe(true);
    expect(labels.some((l) => l.startsWith('2019-'))).toBe(true);
    expect([...labels].sort()).toEqual(labels);
    // Thinned, but never so far that a reader loses the weeks: a label at least every month.
    expect(labels.length).toBeGreaterThanOrEqual(span.length / 4);
    expectLegible(across);
  });

  it('says in its text alternative what it shows and the shares over all dated articles', () => {
    expect(chart.description).toBe(
      'Stacked bars, one per week from 2024-10-21 to 2024-11-04, each split into the shares of derived, ' +
        'partial and independent articles. Over all 8 articles with a date: 50 % derived, 25 % partial.',
    );
    expect(
      weeklySharesChart([{ week: '2024-10-28', derived: 1, partial: 0, independent: 0 }], 'taz').description,
    ).toBe(
      'One stacked bar for the week of 2024-10-28, split into the shares of derived, partial and independent ' +
        'articles. Over all 1 article with a date: 100 % derived, 0 % partial.',
    );
    const none = weeklySharesChart([], 'Zeit');
    expect(none.rects).toEqual([]);
    expect(none.description).toBe('Zeit has no dated articles, so there is no weekly chart.');
  });
});

describe('histogramChart', () => {
  const chart = histogramChart(
    shareBars(shareHistogram([0.95, 0.92, 0.4, 0.05])),
    'Reuse share',
    'reuse share',
  );
  const plot = plotOf(config.compactWidth);

  it('draws one bar per non-empty bucket, as tall as its count on the value axis', () => {
    expect(chart.rects.map((r) => r.label)).toEqual([
      '0–10 %: 1 article',
      '40–50 %: 1 article',
      '90–100 %: 2 articles',
    ]);
    const [low, , high] = chart.rects;
    expect(high!.height).toBeCloseTo(2 * low!.height, 9);
    expect(high!.y).toBeCloseTo(plot.top, 9);
    expect(chart.texts.filter((t) => t.anchor === 'end').map((t) => t.text)).toEqual(['0', '1', '2']);
  });

  it('labels the buckets under their bars without overlap', () => {
    const labels = categoryLabels(chart);
    expect(labels[0]!.text).toBe('0–10 %');
    expect(labels[0]!.x).toBeCloseTo(chart.rects[0]!.x + chart.rects[0]!.width / 2, 9);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expectLegible(chart);
  });

  it('names the largest bucket in its text alternative', () => {
    expect(chart.description).toBe(
      'Reuse share: 4 articles in 10 buckets of reuse share; the largest bucket is 90–100 % with 2 articles.',
    );
    expect(histogramChart(lagBars(lagHistogram([])), 'Lag', 'hours').description).toBe(
      'Lag: no articles to count.',
    );
  });

  it('labels lag buckets by their hours, the last one open', () => {
    const bars = lagBars(lagHistogram([0.5, 3, 100]));
    expect(bars.map((b) => b.label)).toEqual([
      '0–1 h',
      '1–2 h',
      '2–4 h',
      '4–8 h',
      '8–16 h',
      '16–24 h',
      '24–48 h',
      '48–72 h',
      '≥ 72 h',
    ]);
    expect(bars.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 1]);
    expectLegible(histogramChart(bars, 'Lag', 'hours'));
  });
});

describe('buildStorySpread', () => {
  const versions = [
    { id: 'dpa-1', title: 'Nato: Truppen in Kursk', published: '2024-10-28T12:00:00Z' },
    { id: 'dpa-2', title: 'Nato: Truppen in Kursk (Zusammenfassung)', published: '2024-10-28T16:00:00Z' },
  ];
  const article = (
    id: string,
    outlet: string,
    published: string | null,
    verdict: 'derived' | 'partial',
    closestVersion: string,
  ) => ({
    id,
    outlet,
    title: null,
    published,
    verdict,
    closestVersion,
  });
  const articles = [
    article('b', 'taz', '2024-10-29T06:00:00Z', 'partial', 'dpa-2'),
    article('a', 'Spiegel', '2024-10-28T13:30:00Z', 'derived', 'dpa-1'),
    article('c', 'Zeit', null, 'derived', 'dpa-1'),
  ];
  const spread = buildStorySpread(versions, articles);
  const { chart } = spread;

  it('orders articles by time from the first version and says which version each came from', () => {
    expect(spread.firstPublished).toBe('2024-10-28T12:00:00Z');
    expect(spread.versions.map((v) => v.hoursAfterFirst)).toEqual([0, 4]);
    expect(spread.entries.map((e) => [e.outlet, e.hoursAfterFirst, e.version])).toEqual([
      ['Spiegel', 1.5, 1],
      ['taz', 18, 2],
      ['Zeit', null, 1],
    ]);
  });

  it('places each dated article as a dot on its own row, at its time between the version rules', () => {
    expect(chart.circles.map((c) => c.label)).toEqual([
      'Spiegel: derived, 1.5 h after the first version, from v1',
      'taz: partial, 18 h after the first version, from v2',
    ]);
    const [spiegel, taz] = chart.circles;
    expect(taz!.cy).toBeGreaterThan(spiegel!.cy);
    const rules = chart.lines.filter((l) => l.series === 'version').map((l) => l.x1);
    expect(chart.texts.filter((t) => t.series === 'version').map((t) => t.text)).toEqual(['v1', 'v2']);
    // Time runs linearly from v1 (0 h): v2 at 4 h, Spiegel at 1.5 h, taz at 18 h.
    expect((rules[1]! - rules[0]!) / (spiegel!.cx - rules[0]!)).toBeCloseTo(4 / 1.5, 9);
    expect((taz!.cx - rules[0]!) / (spiegel!.cx - rules[0]!)).toBeCloseTo(18 / 1.5, 9);
    const names = chart.texts.filter((t) => t.anchor === 'end').map((t) => t.text);
    expect(names).toEqual(['Spiegel', 'taz']);
  });

  it('marks the time axis in hours from 0 h', () => {
    const axis = chart.texts.filter((t) => t.series === 'axis' && t.anchor === 'middle').map((t) => t.text);
    expect(axis[0]).toBe('0 h');
    expect(axis.every((t) => /^\d+ h$/.test(t))).toBe(true);
  });

  it('says in its text alternative what is on the timeline and what is only in the table', () => {
    expect(chart.description).toBe(
      '2 articles on a timeline from the first wire version (0 h) to 20 h; the first appeared after 1.5 h, ' +
        'the last after 18 h. 50 % are derived. Wire versions v1 and v2 are marked. ' +
        '1 undated article is only in the table.',
    );
  });

  it('counts in words that agree with the numbers: one article, several undated, an undated version', () => {
    const three = [...versions.slice(0, 1), { id: 'dpa-x', title: null, published: null }, versions[1]!];
    const one = buildStorySpread(three, [
      articles[1]!,
      article('d', 'FAZ', null, 'derived', 'dpa-1'),
      article('e', 'RND', null, 'partial', 'dpa-1'),
    ]);
    expect(one.chart.description).toBe(
      '1 article on a timeline from the first wire version (0 h) to 4 h; it appeared after 1.5 h. ' +
        '100 % is derived. Wire versions v1 and v3 are marked; v2 has no date. ' +
        '2 undated articles are only in the table.',
    );
    expect(buildStorySpread(versions, [articles[2]!]).chart.description).toBe(
      'The traced article cannot be placed in time: its date or the wire versions’ dates are missing.',
    );
  });
});
