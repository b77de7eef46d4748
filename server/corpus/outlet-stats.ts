/**
 * The outlet dashboard's aggregates, kept at import time so that no page computes over the archive: per outlet
 * (all time: counts and exact medians) and per outlet × agency × day (counts and the rounded values themselves,
 * from which any date range or agency gets exact counts and medians by merging a few rows, and the outlet page its
 * weeks and histograms). `refreshOutletStats(db)` rebuilds both from `articles` (outlet, published_at, verdict,
 * reuse_share, wire_coverage, wire) and `wires` (published_at, agency); call it after the trace job.
 * Its tables and one index are created here with CREATE … IF NOT EXISTS (not in server/db/migrations.ts, which
 * the corpus work still changes): they hold nothing that cannot be rebuilt from the corpus tables.
 * Method: outlets are counted first, then read in batches of about `rowsPerRead` articles (an IN list of whole
 * outlets), grouped in JS, written in one transaction that replaces the old aggregates.
 * Known weaknesses: articles without an outlet name, and articles not traced since their last import, are left
 * out; an article's agency is its closest wire version's, so independent articles without a candidate belong to
 * no agency and drop out under an agency filter. Values are stored rounded (shares to 4 decimals, lags to 0.01 h).
 */
import { median, roundTo } from '@/lib/dashboard/stats';
import { DASHBOARD_CONFIG } from '@/lib/dashboard/config';
import { lagHours } from '@/lib/dashboard/stats';
import { stableSlug } from '@/lib/view/outlet-id';
import type { Verdict } from '@/lib/engine';
import type { Database, Queryable, SqlValue } from '../db/open-database';
import { ddl } from '../db/migrations';
import { placeholders } from './rows';

const REFRESH = {
  /** Articles read per query: bounded memory per batch (a few MB) with few round trips to PostgreSQL. */
  rowsPerRead: 20_000,
  /** Rows per INSERT: well under SQLite's 32,766 bound parameters at 11 columns. */
  rowsPerInsert: 500,
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
    // day '' holds the undated articles; agency '' those whose closest wire carries no agency (or that have none).
    `CREATE TABLE IF NOT EXISTS outlet_days (
       outlet TEXT NOT NULL,
       agency TEXT NOT NULL,
       day TEXT NOT NULL,
       articles INTEGER NOT NULL,
       derived INTEGER NOT NULL,
       partial INTEGER NOT NULL,
       independent INTEGER NOT NULL,
       reuse TEXT NOT NULL,
       coverage TEXT NOT NULL,
       lag TEXT NOT NULL,
       PRIMARY KEY (outlet, agency, day)
     )${strict}`,
    'CREATE INDEX IF NOT EXISTS outlet_days_day ON outlet_days (day)',
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

/** Values of one group of articles, as they accumulate. */
class Tally {
  articles = 0;
  derived = 0;
  partial = 0;
  independent = 0;
  reuse: number[] = [];
  coverage: number[] = [];
  lag: number[] = [];

  add(row: TracedRow): void {
    const { shareDecimals } = DASHBOARD_CONFIG.rounding;
    this.articles += 1;
    this[row.verdict] += 1;
    this.reuse.push(roundTo(row.reuse_share, shareDecimals));
    this.coverage.push(roundTo(row.wire_coverage, shareDecimals));
    const lag = lagHours(row.published_at, row.wire_at);
    if (lag !== null) this.lag.push(lag);
  }
}

/** SQL that selects the traced articles of the outlets in an IN list, with their closest wire's date and agency. */
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
  const dayRows: SqlValue[][] = [];
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
    const byOutlet = new Map<string, { all: Tally; days: Map<string, Tally> }>();
    for (const row of rows) {
      let entry = byOutlet.get(row.outlet);
      if (!entry) byOutlet.set(row.outlet, (entry = { all: new Tally(), days: new Map() }));
      entry.all.add(row);
      const key = `${row.agency ?? ''}\u0000${row.published_at?.slice(0, 10) ?? ''}`;
      let day = entry.days.get(key);
      if (!day) entry.days.set(key, (day = new Tally()));
      day.add(row);
    }
    for (const [outlet, { all, days }] of byOutlet) {
      counted += all.articles;
      const dated = [...days.keys()]
        .map((k) => k.split('\u0000')[1]!)
        .filter(Boolean)
        .sort();
      statRows.push([
        stableSlug(outlet),
        outlet,
        all.articles,
        all.derived,
        all.partial,
        all.independent,
        median(all.reuse),
        median(all.coverage),
        median(all.lag),
        dated[0] ?? null,
        dated.at(-1) ?? null,
        now,
      ]);
      for (const [key, t] of days) {
        const [agency, day] = key.split('\u0000') as [string, string];
        dayRows.push([
          outlet,
          agency,
          day,
          t.articles,
          t.derived,
          t.partial,
          t.independent,
          JSON.stringify(t.reuse),
          JSON.stringify(t.coverage),
          JSON.stringify(t.lag),
        ]);
      }
    }
  }
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM outlet_stats');
    await tx.run('DELETE FROM outlet_days');
    await insertRows(tx, 'outlet_stats', statRows);
    await insertRows(tx, 'outlet_days', dayRows);
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
