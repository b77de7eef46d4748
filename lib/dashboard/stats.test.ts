import { describe, expect, it } from 'vitest';
import {
  histogram,
  lagHistogram,
  lagHours,
  median,
  roundedMedian,
  shareHistogram,
  weekOf,
  weeksBetween,
} from './stats';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([0.9, 0.1, 0.5])).toBe(0.5);
    expect(median([0.8, 0.2, 0.4, 0.6])).toBeCloseTo(0.5, 12);
    expect(median([])).toBeNull();
  });

  it('rounds away floating-point noise one place finer than the values', () => {
    expect(roundedMedian([0.1, 0.2], 4)).toBe(0.15);
    expect(roundedMedian([0.70995, 0.70995], 4)).toBe(0.70995);
  });
});

describe('histograms', () => {
  it('counts reuse shares into ten buckets, 1.0 in the last', () => {
    const buckets = shareHistogram([0, 0.05, 0.1, 0.55, 0.99, 1]);
    expect(buckets).toHaveLength(10);
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(buckets[9]).toEqual({ from: 0.9, to: 1, count: 2 });
  });

  it('puts lags of three days and more into the open last bucket and leaves negative lags out', () => {
    const buckets = lagHistogram([-1, 0.25, 1.5, 30, 72, 500]);
    expect(buckets.at(-1)).toEqual({ from: 72, to: null, count: 2 });
    expect(buckets[0]).toEqual({ from: 0, to: 1, count: 1 });
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it('keeps values on an edge in the upper bucket', () => {
    expect(histogram([2], [0, 2, 4], false).map((b) => b.count)).toEqual([0, 1]);
  });
});

describe('weeks and lags', () => {
  it('gives the Monday of the UTC week', () => {
    expect(weekOf('2024-10-28T12:00:00Z')).toBe('2024-10-28'); // a Monday
    expect(weekOf('2024-11-03T23:59:00Z')).toBe('2024-10-28'); // the Sunday after
    expect(weekOf('2024-11-04T00:00:00Z')).toBe('2024-11-04');
    expect(weekOf(null)).toBeNull();
  });

  it('lists every week between two Mondays, gaps included', () => {
    expect(weeksBetween('2024-10-28', '2024-11-11')).toEqual(['2024-10-28', '2024-11-04', '2024-11-11']);
  });

  it('measures the lag from wire to article in hours when both are dated', () => {
    expect(lagHours('2024-10-28T18:00:00Z', '2024-10-28T12:00:00Z')).toBe(6);
    expect(lagHours('2024-10-28T12:20:00Z', '2024-10-28T12:00:00Z')).toBe(0.33);
    expect(lagHours(null, '2024-10-28T12:00:00Z')).toBeNull();
  });
});
