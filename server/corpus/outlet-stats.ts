/**
 * The outlet dashboard's aggregates, kept at import time so that no page computes over the archive: per outlet
 * (all time: counts and exact medians), and per outlet × agency one "series" row holding each article's day,
 * verdict, reuse share, wire coverage and lag as parallel JSON arrays ordered by day. Any day range or agency then
 * gets exact counts and medians from a binary search and a slice of a few hundred rows (one per outlet), and the
 * outlet page its weeks and histograms from its own rows. `refreshOutletStats(db)` rebuilds both from `articles` (outlet, published_at, verdict,
 * reuse_share, wire_coverage, wire) and `wires` (published_at, agency); call it after the trace job.
 * Its tables and one index are created here with CREATE … IF NOT EXISTS (not in server/db/migrations.ts, which
 * the corpus work still changes): they hold nothing that cannot be rebuilt from the corpus tables.
 * Method: outlets are counted first, then read in batches of about `rowsPerRead` articles (an IN list of whole
 * outlets), grouped in JS, written in one transaction that replaces the old aggregates.
 * Known weaknesses: articles without an outlet name, and articles not traced since their last import, are left
 * out; an article's agency is its closest wire version's, so independent articles without a candidate belong to
 * no agency and drop out under an agency filter. Values are stored rounded (shares to 4 decimals, lags to 0.01 h).
 */
import { DASHBOARD_CONFIG } from '@/lib/dashboard/config';
import { lagHours, roundedMedian, roundTo } from '@/lib/dashboard/stats';

const { shareDecimals, lagDecimals } = DASHBOARD_CONFIG.rounding;
import { stableSlug } from '@/lib/view/outlet-id';
import type { Verdict } from '@/lib/engine';
import type { Database, Queryable, SqlValue } from '../db/open-database';
import { ddl } from '../db/migrations';
import { placeholders } from './rows';

const REFRESH = {
  /** Articles read per query: bounded memory per batch (a few MB) with few round trips to PostgreSQL. */
  rowsPerRead: 20_000,
  /** Rows per INSERT: well under SQLite's 32,766 bound parameters at 12 columns, and series rows are large. */
  rowsPerInsert: 100,
};

/** The aggregate tables and the index the outlet queries need; safe to run on every refresh. */
export async function ensureOutletTables(db: Queryable, dialect: Database['dialect']): Promise<void> {
  const { real, strict } = ddl(dialect);
  for (const sql of [
    `CREATE TABLE IF NOT EXISTS outlet_stats (
       slug TEXT PRIMARY KEY,
       outlet TEXT NOT NULL UNIQUE,
       articles INTEGER NOT NULL,
       derived INTEGER NOT NULL,
       partial INTEGER NOT NULL,
       independent INTEGER NOT NULL,
       median_reuse_share ${real},
       median_wire_coverage ${real},
       median_lag_hours ${real},
       first_day TEXT,
       last_day TEXT,
       refreshed_at TEXT NOT NULL
     )${strict}`,
    // agency '' holds the articles whose closest wire carries no agency (or that have none). The arrays are
    // parallel, one entry per article, dated articles by day first, undated (day null, lag null) last.
    `CREATE TABLE IF NOT EXISTS outlet_series (
       outlet TEXT NOT NULL,
       agency TEXT NOT NULL,
       articles INTEGER NOT NULL,
       days TEXT NOT NULL,
       verdicts TEXT NOT NULL,
       reuse TEXT NOT NULL,
       coverage TEXT NOT NULL,
       lag TEXT NOT NULL,
       PRIMARY KEY (outlet, agency)
     )${strict}`,
    // An outlet's articles, newest first (outlet pages, /api/articles, and this refresh's batches).
    'CREATE INDEX IF NOT EXISTS articles_outlet_published ON articles (outlet, published_at, id)',
  ])
    await db.run(sql);
}

interface TracedRow {
  outlet: string;
  published_at: string | null;
  verdict: Verdict;
  reuse_share: number;
  wire_coverage: number;
  wire_at: string | null;
  agency: string | null;
}

/** How verdicts are coded in a series' `verdicts` array. */
export const VERDICT_CODES: readonly Verdict[] = ['derived', 'partial', 'independent'];

/** One article in a series: day number (days since 1970-01-01 UTC, null undated), verdict code, values. */
type SeriesEntry = [day: number | null, verdict: number, reuse: number, coverage: number, lag: number | null];

/** The day number of a UTC ISO date-time: days since 1970-01-01. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86_400_000);
}

function entryOf(row: TracedRow): SeriesEntry {
  return [
    row.published_at ? dayNumber(row.published_at) : null,
    VERDICT_CODES.indexOf(row.verdict),
    roundTo(row.reuse_share, shareDecimals),
    roundTo(row.wire_coverage, shareDecimals),
    lagHours(row.published_at, row.wire_at),
  ];
}

/** SQL that selects the traced articles with an outlet, with their closest wire's date and agency. */
export const TRACED_ARTICLES = `
  SELECT a.outlet, a.published_at, a.verdict, a.reuse_share, a.wire_coverage,
         w.published_at AS wire_at, w.agency
    FROM articles a LEFT JOIN wires w ON w.id = a.wire
   WHERE a.traced_hash = a.content_hash AND a.verdict IS NOT NULL`;

/** Rebuilds the outlet aggregates from the corpus tables; returns the number of outlets and articles counted. */
export async function refreshOutletStats(db: Database): Promise<{ outlets: number; articles: number }> {
  await ensureOutletTables(db, db.dialect);
  const outlets = await db.all<{ outlet: string; n: number }>(
    'SELECT outlet, COUNT(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet',
  );
  const statRows: SqlValue[][] = [];
  const seriesRows: SqlValue[][] = [];
  const now = new Date().toISOString();
  let counted = 0;
  for (let start = 0; start < outlets.length;) {
    const batch: string[] = [];
    let size = 0;
    while (
      start < outlets.length &&
      (batch.length === 0 || size + outlets[start]!.n <= REFRESH.rowsPerRead)
    ) {
      size += outlets[start]!.n;
      batch.push(outlets[start]!.outlet);
      start += 1;
    }
    const rows = await db.all<TracedRow>(
      `${TRACED_ARTICLES} AND a.outlet IN (${placeholders(batch.length)})`,
      batch,
    );
    const byOutlet = new Map<string, Map<string, SeriesEntry[]>>();
    for (const row of rows) {
      let agencies = byOutlet.get(row.outlet);
      if (!agencies) byOutlet.set(row.outlet, (agencies = new Map()));
      const agency = row.agency ?? '';
      let entries = agencies.get(agency);
      if (!entries) agencies.set(agency, (entries = []));
      entries.push(entryOf(row));
    }
    for (const [outlet, agencies] of byOutlet) {
      const all = [...agencies.values()].flat();
      counted += all.length;
      const verdicts = [0, 0, 0];
      for (const entry of all) verdicts[entry[1]]! += 1;
      const days = all.flatMap((e) => (e[0] === null ? [] : [e[0]])).sort((a, b) => a - b);
      const dayText = (day: number | undefined) =>
        day === undefined ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
      statRows.push([
        stableSlug(outlet),
        outlet,
        all.length,
        verdicts[0]!,
        verdicts[1]!,
        verdicts[2]!,
        roundedMedian(
          all.map((e) => e[2]),
          shareDecimals,
        ),
        roundedMedian(
          all.map((e) => e[3]),
          shareDecimals,
        ),
        roundedMedian(
          all.flatMap((e) => (e[4] === null ? [] : [e[4]])),
          lagDecimals,
        ),
        dayText(days[0]),
        dayText(days.at(-1)),
        now,
      ]);
      for (const [agency, entries] of agencies) {
        entries.sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity));
        seriesRows.push([
          outlet,
          agency,
          entries.length,
          ...[0, 1, 2, 3, 4].map((i) => JSON.stringify(entries.map((e) => e[i]))),
        ]);
      }
    }
  }
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM outlet_stats');
    await tx.run('DELETE FROM outlet_series');
    await insertRows(tx, 'outlet_stats', statRows);
    await insertRows(tx, 'outlet_series', seriesRows);
  });
  return { outlets: statRows.length, articles: counted };
}

async function insertRows(tx: Queryable, table: string, rows: SqlValue[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += REFRESH.rowsPerInsert) {
    const chunk = rows.slice(start, start + REFRESH.rowsPerInsert);
    const row = `(${placeholders(chunk[0]!.length)})`;
    await tx.run(`INSERT INTO ${table} VALUES ${chunk.map(() => row).join(', ')}`, chunk.flat());
  }
}
