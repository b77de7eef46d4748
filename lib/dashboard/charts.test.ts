import { describe, expect, it } from 'vitest';
import { histogramChart, lagBars, shareBars, weeklySharesChart } from './charts';
import { lagHistogram, shareHistogram } from './stats';
import { buildStorySpread } from './story-spread';

const weeks = [
  { week: '2024-10-21', derived: 3, partial: 1, independent: 0 },
  { week: '2024-10-28', derived: 0, partial: 0, independent: 0 },
  { week: '2024-11-04', derived: 1, partial: 1, independent: 2 },
];

describe('weeklySharesChart', () => {
  it('stacks each week to 100 % of its articles and leaves an empty week empty', () => {
    const chart = weeklySharesChart(weeks, 'Spiegel');
    const first = chart.rects.filter((r) => r.label.startsWith('Week of 2024-10-21'));
    expect(first.map((r) => r.series)).toEqual(['derived', 'partial']);
    const bottom = chart.height - 36;
    const top = 12;
    expect(first.reduce((h, r) => h + r.height, 0)).toBeCloseTo(bottom - top, 6);
    expect(chart.rects.some((r) => r.label.startsWith('Week of 2024-10-28'))).toBe(false);
    expect(chart.description).toContain('Over all 8 articles with a date: 50 % derived, 25 % partial');
  });

  it('draws the same SVG model as before', () => {
    expect(weeklySharesChart(weeks, 'Spiegel')).toMatchSnapshot();
  });
});

describe('histogramChart', () => {
  it('draws one bar per non-empty bucket and names the largest in its text alternative', () => {
    const chart = histogramChart(
      shareBars(shareHistogram([0.95, 0.92, 0.4, 0.05])),
      'Reuse share',
      'reuse share',
    );
    expect(chart.rects.map((r) => r.label)).toEqual([
      '0–10 %: 1 article',
      '40–50 %: 1 article',
      '90–100 %: 2 articles',
    ]);
    expect(chart.description).toContain('the largest bucket is 90–100 % with 2 articles');
  });

  it('labels the open last lag bucket', () => {
    expect(lagBars(lagHistogram([100])).at(-1)).toEqual({ label: '≥ 72 h', count: 1 });
  });
});

describe('buildStorySpread', () => {
  const versions = [
    { id: 'dpa-1', title: 'Nato: Truppen in Kursk', published: '2024-10-28T12:00:00Z' },
    { id: 'dpa-2', title: 'Nato: Truppen in Kursk (Zusammenfassung)', published: '2024-10-28T16:00:00Z' },
  ];
  const articles = [
    {
      id: 'b',
      outlet: 'taz',
      title: null,
      published: '2024-10-29T06:00:00Z',
      verdict: 'partial' as const,
      closestVersion: 'dpa-2',
    },
    {
      id: 'a',
      outlet: 'Spiegel',
      title: null,
      published: '2024-10-28T13:30:00Z',
      verdict: 'derived' as const,
      closestVersion: 'dpa-1',
    },
    {
      id: 'c',
      outlet: 'Zeit',
      title: null,
      published: null,
      verdict: 'derived' as const,
      closestVersion: 'dpa-1',
    },
  ];

  it('orders articles by time from the first version and says which version each came from', () => {
    const spread = buildStorySpread(versions, articles);
    expect(spread.firstPublished).toBe('2024-10-28T12:00:00Z');
    expect(spread.versions.map((v) => v.hoursAfterFirst)).toEqual([0, 4]);
    expect(spread.entries.map((e) => [e.outlet, e.hoursAfterFirst, e.version])).toEqual([
      ['Spiegel', 1.5, 1],
      ['taz', 18, 2],
      ['Zeit', null, 1],
    ]);
  });

  it('places dated articles as dots and mentions the undated ones in the text alternative', () => {
    const { chart } = buildStorySpread(versions, articles);
    expect(chart.circles.map((c) => c.series)).toEqual(['derived', 'partial']);
    expect(chart.texts.filter((t) => t.series === 'version').map((t) => t.text)).toEqual(['v1', 'v2']);
    expect(chart.description).toContain('1 undated articles are only in the table');
    expect(chart).toMatchSnapshot();
  });
});
