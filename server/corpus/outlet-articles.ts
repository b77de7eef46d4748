/**
 * The outlet dashboard's article reads: one outlet's traced articles, paged, and every traced article matching a
 * filter for the CSV export, streamed in keyset batches by row id so no batch scans what came before.
 * Known weakness: an article's version number is counted per row by a correlated subquery over its story's wires
 * (stories have a handful of versions, so it stays cheap).
 */
import { DASHBOARD_CONFIG } from '@/lib/dashboard/config';
import { lagHours } from '@/lib/dashboard/stats';
import type { OutletFigures } from '@/lib/dashboard/types';
import type { Verdict } from '@/lib/engine';
import type { Database, SqlValue } from '../db/open-database';
import { ensureOutletTables } from './outlet-stats';

/** One article of an outlet, with what it was traced to. */
export interface OutletArticle {
  /** The article's id as imported. */
  id: string;
  outlet: string;
  title: string | null;
  published: string | null;
  verdict: Verdict;
  /** The closest wire version's id as imported, or null when nothing was found. */
  wire: string | null;
  /** The story of the closest version, and that version's 1-based place among the story's versions (oldest first). */
  storyId: number | null;
  version: number | null;
  reuseShare: number;
  wireCoverage: number;
  lagHours: number | null;
}

/**
 * The 1-based place of wire `w` among its story's versions, ordered as getStory orders them: dated versions
 * first by date, then undated, ties by row id.
 */
const VERSION_NUMBER = `(SELECT COUNT(*) FROM wires v WHERE v.story = w.story AND (
     (v.published_at IS NOT NULL AND w.published_at IS NULL)
  OR v.published_at < w.published_at
  OR (v.published_at = w.published_at AND v.id < w.id)
  OR (v.published_at IS NULL AND w.published_at IS NULL AND v.id < w.id))) + 1`;

const ARTICLE_COLUMNS = `a.id AS row_id, a.ext_id, a.outlet, a.title, a.published, a.published_at, a.verdict,
  a.reuse_share, a.wire_coverage, w.ext_id AS wire_ext, w.published_at AS wire_at, w.story,
  CASE WHEN w.story IS NULL THEN NULL ELSE ${VERSION_NUMBER} END AS version`;

interface ArticleRow {
  row_id: number;
  ext_id: string;
  outlet: string;
  title: string | null;
  published: string | null;
  published_at: string | null;
  verdict: Verdict;
  reuse_share: number;
  wire_coverage: number;
  wire_ext: string | null;
  wire_at: string | null;
  story: number | null;
  version: number | null;
}

function toOutletArticle(row: ArticleRow): OutletArticle {
  return {
    id: row.ext_id,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    verdict: row.verdict,
    wire: row.wire_ext,
    storyId: row.story,
    version: row.version,
    reuseShare: row.reuse_share,
    wireCoverage: row.wire_coverage,
    lagHours: lagHours(row.published_at, row.wire_at),
  };
}

/** A page of an outlet's articles, newest first. */
export interface OutletArticlePage {
  articles: OutletArticle[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

/** The outlet's traced articles, newest first (undated last), one page. */
export async function listOutletArticles(
  db: Database,
  outlet: OutletFigures,
  page: number,
): Promise<OutletArticlePage> {
  const pageSize = DASHBOARD_CONFIG.paging.articlesPerPage;
  const pages = Math.max(1, Math.ceil(outlet.articles / pageSize));
  const current = Math.min(pages, Math.max(1, Math.floor(page) || 1));
  const rows = await db.all<ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN wires w ON w.id = a.wire
      WHERE a.outlet = ? AND a.traced_hash = a.content_hash AND a.verdict IS NOT NULL
      ORDER BY (a.published_at IS NULL), a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
    [outlet.outlet, pageSize, (current - 1) * pageSize],
  );
  return { articles: rows.map(toOutletArticle), total: outlet.articles, page: current, pages, pageSize };
}

/** Whether an outlet of this exact name has aggregates. */
export async function outletExists(db: Database, outlet: string): Promise<boolean> {
  await ensureOutletTables(db, db.dialect);
  return (await db.get('SELECT 1 AS x FROM outlet_stats WHERE outlet = ?', [outlet])) !== undefined;
}

/** Filters of the article export: an outlet name and an inclusive day range, all optional. */
export interface ArticleFilter {
  outlet?: string;
  from?: string;
  to?: string;
}

const EXPORT_BATCH = 5_000;

/** Every traced article with an outlet matching `filter`, in batches by row id (for a streamed export). */
export async function* exportArticles(db: Database, filter: ArticleFilter): AsyncGenerator<OutletArticle[]> {
  const where = ['a.traced_hash = a.content_hash', 'a.verdict IS NOT NULL', 'a.outlet IS NOT NULL'];
  const params: SqlValue[] = [];
  if (filter.outlet) {
    where.push('a.outlet = ?');
    params.push(filter.outlet);
  }
  if (filter.from) {
    where.push('a.published_at >= ?');
    params.push(`${filter.from}T00:00:00.000Z`);
  }
  // The day after `to`, as a string bound: ISO timestamps of that day start with it and sort after every `to` time.
  if (filter.to) {
    where.push('a.published_at < ?');
    params.push(nextDay(filter.to));
  }
  let after = 0;
  for (;;) {
    const rows = await db.all<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN wires w ON w.id = a.wire
        WHERE ${where.join(' AND ')} AND a.id > ? ORDER BY a.id LIMIT ?`,
      [...params, after, EXPORT_BATCH],
    );
    if (rows.length === 0) return;
    yield rows.map(toOutletArticle);
    after = rows.at(-1)!.row_id;
    if (rows.length < EXPORT_BATCH) return;
  }
}

function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
