/**
 * Small statistics for the outlet dashboard: medians, bucket counts (histograms), ISO weeks and lags. Pure and
 * exact: medians are taken over the values themselves (averaging the middle two for an even count), never
 * estimated from buckets.
 * Known weakness: a week is the UTC week (Monday 00:00 UTC); an outlet in another time zone sees its Sunday-night
 * articles in the next week.
 */
import { DASHBOARD_CONFIG } from './config';

/** The median of `values` (any order), or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One histogram bucket: values v with `from` ≤ v < `to` (the last bucket also takes `to`, or is open). */
export interface Bucket {
  from: number;
  /** Null for an open last bucket. */
  to: number | null;
  count: number;
}

/** Counts `values` into buckets between consecutive `edges`; the last bucket is open when `openEnd`. */
export function histogram(values: readonly number[], edges: readonly number[], openEnd: boolean): Bucket[] {
  const buckets: Bucket[] = edges.slice(0, openEnd ? edges.length : -1).map((from, i) => ({
    from,
    to: i + 1 < edges.length ? edges[i + 1]! : null,
    count: 0,
  }));
  for (const value of values) {
    if (value < edges[0]!) continue;
    let i = buckets.length - 1;
    while (i > 0 && value < buckets[i]!.from) i -= 1;
    buckets[i]!.count += 1;
  }
  return buckets;
}

/** The reuse-share (or wire-coverage) histogram: equal buckets over 0..1. */
export function shareHistogram(values: readonly number[]): Bucket[] {
  const n = DASHBOARD_CONFIG.histogram.shareBuckets;
  return histogram(
    values,
    Array.from({ length: n + 1 }, (_, i) => i / n),
    false,
  );
}

/** The lag histogram over the configured edges (negative lags — clock skew — are left out). */
export function lagHistogram(values: readonly number[]): Bucket[] {
  return histogram(values, DASHBOARD_CONFIG.histogram.lagEdgesHours, true);
}

/** The Monday (UTC) of the week `iso` falls in, as YYYY-MM-DD; null when `iso` is not a date. */
export function weekOf(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const day = new Date(time);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/**
 * The median rounded one place finer than the values it is taken over (the mean of two middle values needs one
 * more decimal), so that sums like 0.1 + 0.2 do not print as 0.15000000000000002.
 */
export function roundedMedian(values: readonly number[], decimals: number): number | null {
  const middle = median(values);
  return middle === null ? null : roundTo(middle, decimals + 1);
}

/** Every week (Mondays, YYYY-MM-DD) from `first` to `last` inclusive, so gaps show as empty weeks. */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  while (day.getTime() <= end && weeks.length < 10_000) {
    weeks.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 7);
  }
  return weeks;
}

/** Hours from the wire item's publication to the article's, or null unless both are dated. */
export function lagHours(articleAt: string | null, wireAt: string | null): number | null {
  if (!articleAt || !wireAt) return null;
  const article = Date.parse(articleAt);
  const wire = Date.parse(wireAt);
  if (Number.isNaN(article) || Number.isNaN(wire)) return null;
  return roundTo((article - wire) / 3_600_000, DASHBOARD_CONFIG.rounding.lagDecimals);
}

/** `value` rounded to `decimals` places. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
