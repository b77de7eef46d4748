/**
 * The outlet dashboard's figures: the outlets table (from the aggregates that `refreshOutletStats` keeps: one row
 * per outlet unfiltered; under a day range or agency filter, a slice of each outlet's series row) and one outlet's
 * weeks and histograms. Its articles are read in outlet-articles.ts. Nothing here scans the whole archive.
 * Known weakness: a filtered table parses every outlet's series (about 5 MB of JSON for 250,000 articles); the
 * benchmark prints what that costs.
 */
import type { WeekCounts } from '@/lib/dashboard/charts';
import type { OutletQuery } from '@/lib/dashboard/outlet-query';
import {
  lagHistogram,
  roundedMedian,
  shareHistogram,
  weekOf,
  weeksBetween,
  type Bucket,
} from '@/lib/dashboard/stats';
import { DASHBOARD_CONFIG } from '@/lib/dashboard/config';
import type { OutletFigures } from '@/lib/dashboard/types';
import { stableSlug } from '@/lib/view/outlet-id';
import type { Database } from '../db/open-database';
import { dayNumber, ensureOutletTables, VERDICT_CODES } from './outlet-stats';

const { shareDecimals, lagDecimals } = DASHBOARD_CONFIG.rounding;

interface StatRow {
  slug: string;
  outlet: string;
  articles: number;
  derived: number;
  partial: number;
  independent: number;
  median_reuse_share: number | null;
  median_wire_coverage: number | null;
  median_lag_hours: number | null;
  refreshed_at: string;
}

interface SeriesRow {
  outlet: string;
  agency: string;
  articles: number;
  days: string;
  verdicts: string;
  reuse: string;
  coverage: string;
  lag: string;
}

/** A series row parsed: parallel arrays, dated entries by day first, undated last. */
interface Series {
  days: (number | null)[];
  verdicts: number[];
  reuse: number[];
  coverage: number[];
  lag: (number | null)[];
}

function parseSeries(row: SeriesRow): Series {
  return {
    days: JSON.parse(row.days) as (number | null)[],
    verdicts: JSON.parse(row.verdicts) as number[],
    reuse: JSON.parse(row.reuse) as number[],
    coverage: JSON.parse(row.coverage) as number[],
    lag: JSON.parse(row.lag) as (number | null)[],
  };
}

/** The first index in [0, end) whose day is ≥ `day` (binary search over the dated prefix). */
function lowerBound(days: readonly (number | null)[], end: number, day: number): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toFigures(row: StatRow): OutletFigures {
  return {
    outlet: row.outlet,
    slug: row.slug,
    articles: row.articles,
    derived: row.derived,
    partial: row.partial,
    independent: row.independent,
    medianReuseShare: row.median_reuse_share,
    medianWireCoverage: row.median_wire_coverage,
    medianLagHours: row.median_lag_hours,
  };
}

/** The outlets table unsorted, with the agencies one can filter by and when the aggregates were last rebuilt. */
export interface OutletList {
  /** Whether any article was imported at all (an empty archive gets the page that says how to import). */
  hasArticles: boolean;
  outlets: OutletFigures[];
  agencies: string[];
  refreshedAt: string | null;
}

/** Every outlet's figures under the query's date range and agency (sorting and the name filter are lib's). */
export async function listOutlets(
  db: Database,
  query: Omit<OutletQuery, 'sort' | 'dir'>,
): Promise<OutletList> {
  await ensureOutletTables(db, db.dialect);
  const agencies = (
    await db.all<{ agency: string }>(
      "SELECT DISTINCT agency FROM outlet_series WHERE agency <> '' ORDER BY agency",
    )
  ).map((r) => r.agency);
  // One indexed row, not counts(): counting a 250,000-article archive would cost the page most of its time.
  const hasArticles = (await db.get('SELECT id FROM articles LIMIT 1')) !== undefined;
  const refreshedAt =
    (await db.get<{ at: string | null }>('SELECT MAX(refreshed_at) AS at FROM outlet_stats'))?.at ?? null;
  if (!query.from && !query.to && !query.agency) {
    const rows = await db.all<StatRow>('SELECT * FROM outlet_stats');
    return { hasArticles, outlets: rows.map(toFigures), agencies, refreshedAt };
  }
  const rows = query.agency
    ? await db.all<SeriesRow>('SELECT * FROM outlet_series WHERE agency = ?', [query.agency])
    : await db.all<SeriesRow>('SELECT * FROM outlet_series');
  return { hasArticles, outlets: mergeSeries(rows, query.from, query.to), agencies, refreshedAt };
}

/**
 * Outlet figures from series rows, over the articles between two days (inclusive; undated articles count only
 * when neither end is given): counts summed, medians over the merged values.
 */
function mergeSeries(rows: readonly SeriesRow[], from?: string, to?: string): OutletFigures[] {
  const fromDay = from ? dayNumber(from) : null;
  const toDay = to ? dayNumber(to) : null;
  const merged = new Map<string, { counts: number[]; reuse: number[]; coverage: number[]; lag: number[] }>();
  for (const row of rows) {
    const series = parseSeries(row);
    const datedEnd = series.days.indexOf(null) === -1 ? series.days.length : series.days.indexOf(null);
    const lo = fromDay === null ? 0 : lowerBound(series.days, datedEnd, fromDay);
    const hi =
      toDay !== null
        ? lowerBound(series.days, datedEnd, toDay + 1)
        : fromDay !== null
          ? datedEnd
          : series.days.length;
    if (hi <= lo) continue;
    let entry = merged.get(row.outlet);
    if (!entry) merged.set(row.outlet, (entry = { counts: [0, 0, 0], reuse: [], coverage: [], lag: [] }));
    for (let i = lo; i < hi; i += 1) {
      entry.counts[series.verdicts[i]!]! += 1;
      entry.reuse.push(series.reuse[i]!);
      entry.coverage.push(series.coverage[i]!);
      const lag = series.lag[i];
      if (lag !== null && lag !== undefined) entry.lag.push(lag);
    }
  }
  return [...merged].map(([outlet, e]) => ({
    outlet,
    slug: stableSlug(outlet),
    articles: e.counts[0]! + e.counts[1]! + e.counts[2]!,
    derived: e.counts[0]!,
    partial: e.counts[1]!,
    independent: e.counts[2]!,
    medianReuseShare: roundedMedian(e.reuse, shareDecimals),
    medianWireCoverage: roundedMedian(e.coverage, shareDecimals),
    medianLagHours: roundedMedian(e.lag, lagDecimals),
  }));
}

/** One outlet's page: its figures, verdicts per week, and the reuse-share, wire-coverage and lag histograms. */
export interface OutletDetail {
  figures: OutletFigures;
  weeks: WeekCounts[];
  /** Articles without a date (not in the weekly chart). */
  undated: number;
  reuse: Bucket[];
  coverage: Bucket[];
  lag: Bucket[];
  /** Agencies its articles were traced to. */
  agencies: string[];
}

/** The outlet with this slug, or null. */
export async function getOutlet(db: Database, slug: string): Promise<OutletDetail | null> {
  await ensureOutletTables(db, db.dialect);
  const stat = await db.get<StatRow>('SELECT * FROM outlet_stats WHERE slug = ?', [slug]);
  if (!stat) return null;
  const rows = await db.all<SeriesRow>('SELECT * FROM outlet_series WHERE outlet = ?', [stat.outlet]);
  const byWeek = new Map<string, WeekCounts>();
  const values = { reuse: [] as number[], coverage: [] as number[], lag: [] as number[] };
  let undated = 0;
  for (const series of rows.map(parseSeries)) {
    values.reuse.push(...series.reuse);
    values.coverage.push(...series.coverage);
    for (const lag of series.lag) if (lag !== null) values.lag.push(lag);
    series.days.forEach((day, i) => {
      if (day === null) {
        undated += 1;
        return;
      }
      const week = weekOf(new Date(day * 86_400_000).toISOString())!;
      const counts = byWeek.get(week) ?? { week, derived: 0, partial: 0, independent: 0 };
      counts[VERDICT_CODES[series.verdicts[i]!]!] += 1;
      byWeek.set(week, counts);
    });
  }
  const dated = [...byWeek.keys()].sort();
  const weeks =
    dated.length === 0
      ? []
      : weeksBetween(dated[0]!, dated.at(-1)!).map(
          (week) => byWeek.get(week) ?? { week, derived: 0, partial: 0, independent: 0 },
        );
  return {
    figures: toFigures(stat),
    weeks,
    undated,
    reuse: shareHistogram(values.reuse),
    coverage: shareHistogram(values.coverage),
    lag: lagHistogram(values.lag),
    agencies: rows
      .map((r) => r.agency)
      .filter(Boolean)
      .sort(),
  };
}
