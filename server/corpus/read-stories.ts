/**
 * The corpus read side for the story pages: stories paged and filtered (title substring, date range, agency),
 * one story with its versions and traced articles, one wire item, jobs and counts. Every query is in the
 * portable SQL subset and answers from indexed columns, so a page never computes over the whole archive.
 * Known weakness: the title search is a substring scan over the stories table (LIKE '%…%' uses no index); fine
 * for a few hundred thousand stories, a full-text index beyond.
 */
import type { Queryable } from '../db/open-database';
import {
  placeholders,
  publishedAt,
  toJobInfo,
  toMatchSource,
  toStorySummary,
  toWireVersion,
  type JobRow,
  type SourceRow,
  type StoryRow,
  type WireRow,
} from './rows';
import type {
  CorpusCounts,
  CorpusStory,
  JobInfo,
  StoryPage,
  StoryQuery,
  TracedArticle,
  WireVersion,
} from './types';

const PAGING = {
  /** Stories per page unless asked otherwise: one screen of a list. */
  defaultPageSize: 20,
  /** The most a page may ask for, so one request stays small. */
  maxPageSize: 100,
};

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped (used with ESCAPE '\'). */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The exclusive upper bound of a `to` date: a date alone includes its whole day. */
function endOf(to: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    const next = new Date(`${to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return Number.isNaN(next.getTime()) ? null : next.toISOString();
  }
  const at = publishedAt(to);
  return at === null ? null : new Date(Date.parse(at) + 1).toISOString();
}

/** A page of stories, newest first (undated last). */
export async function listStories(db: Queryable, query: StoryQuery = {}): Promise<StoryPage> {
  const pageSize = Math.min(
    PAGING.maxPageSize,
    Math.max(1, Math.floor(query.pageSize ?? PAGING.defaultPageSize)),
  );
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (!query.includeUntraced) where.push('articles > 0');
  if (query.title?.trim()) {
    where.push("search_title LIKE ? ESCAPE '\\'");
    params.push(containsPattern(query.title.trim()));
  }
  const from = query.from ? publishedAt(query.from) : null;
  if (from) {
    where.push('first_published >= ?');
    params.push(from);
  }
  const to = query.to ? endOf(query.to) : null;
  if (to) {
    where.push('first_published < ?');
    params.push(to);
  }
  if (query.agency?.trim()) {
    where.push('agency = ?');
    params.push(query.agency.trim());
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM stories ${filter}`, params))?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pages, Math.max(1, Math.floor(query.page ?? 1)));
  const rows = await db.all<StoryRow>(
    `SELECT id, story_key, title, agency, first_published, versions, articles, derived, partial FROM stories ${filter}
     ORDER BY (first_published IS NULL), first_published DESC, id DESC LIMIT ? OFFSET ?`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { stories: rows.map(toStorySummary), total, page, pageSize, pages };
}

interface ArticleRow {
  id: number;
  ext_id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  verdict: 'derived' | 'partial';
  wire_ext: string;
  reuse_share: number;
  wire_coverage: number;
  score: number;
}

/** One story with its versions (oldest first) and its traced articles (best first), or null. */
export async function getStory(db: Queryable, id: number): Promise<CorpusStory | null> {
  if (!Number.isSafeInteger(id)) return null;
  const story = await db.get<StoryRow>('SELECT * FROM stories WHERE id = ?', [id]);
  if (!story) return null;
  const versions = await db.all<WireRow>(
    'SELECT * FROM wires WHERE story = ? ORDER BY (published_at IS NULL), published_at, id',
    [id],
  );
  const articles = await db.all<ArticleRow>(
    `SELECT a.id, a.ext_id, a.title, a.text, a.outlet, a.url, a.published, a.verdict, w.ext_id AS wire_ext,
            a.reuse_share, a.wire_coverage, a.score
       FROM articles a JOIN wires w ON w.id = a.wire
      WHERE a.story = ? AND a.verdict IN ('derived', 'partial')
      ORDER BY (a.verdict = 'partial'), a.reuse_share DESC, a.id`,
    [id],
  );
  const sources = new Map<number, SourceRow[]>();
  for (let start = 0; start < articles.length; start += 500) {
    const ids = articles.slice(start, start + 500).map((a) => a.id);
    const rows = await db.all<SourceRow>(
      `SELECT s.article, w.ext_id AS wire_ext, st.story_key, s.verdict, s.reuse_share, s.wire_coverage, s.score
         FROM article_sources s JOIN wires w ON w.id = s.wire LEFT JOIN stories st ON st.id = w.story
        WHERE s.article IN (${placeholders(ids.length)}) ORDER BY s.article, s.rank`,
      ids,
    );
    for (const row of rows) sources.set(row.article, [...(sources.get(row.article) ?? []), row]);
  }
  return {
    summary: toStorySummary(story),
    versions: versions.map(toWireVersion),
    articles: articles.map((a): TracedArticle => ({
      id: a.ext_id,
      title: a.title,
      text: a.text,
      outlet: a.outlet,
      url: a.url,
      published: a.published,
      verdict: a.verdict,
      closestVersion: a.wire_ext,
      reuseShare: a.reuse_share,
      wireCoverage: a.wire_coverage,
      score: a.score,
      sources: (sources.get(a.id) ?? []).map(toMatchSource),
    })),
  };
}

/** One wire item by its imported id, or null. */
export async function getWire(db: Queryable, id: string): Promise<WireVersion | null> {
  const row = await db.get<WireRow>('SELECT * FROM wires WHERE ext_id = ?', [id]);
  return row ? toWireVersion(row) : null;
}

/** The most recent jobs first. */
export async function listJobs(db: Queryable, limit = 20): Promise<JobInfo[]> {
  const rows = await db.all<JobRow>('SELECT * FROM jobs ORDER BY id DESC LIMIT ?', [
    Math.max(1, Math.min(500, Math.floor(limit))),
  ]);
  return rows.map(toJobInfo);
}

/** The corpus at a glance. */
/** When an import or trace job last finished (ISO 8601), or null: what a cached corpus page must be newer than. */
export async function lastChange(db: Queryable): Promise<string | null> {
  const row = await db.get<{ at: string | null }>(
    "SELECT MAX(finished_at) AS at FROM jobs WHERE status = 'done'",
  );
  return row?.at ?? null;
}

export async function corpusCounts(db: Queryable): Promise<CorpusCounts> {
  const one = async (sql: string) => (await db.get<{ n: number | null }>(sql))?.n ?? 0;
  const verdicts = await db.all<{ verdict: string; n: number }>(
    'SELECT verdict, COUNT(*) AS n FROM articles WHERE traced_hash = content_hash GROUP BY verdict',
  );
  const byVerdict = (verdict: string) => verdicts.find((v) => v.verdict === verdict)?.n ?? 0;
  const lastImport = await db.get<{ at: string | null }>(
    "SELECT MAX(finished_at) AS at FROM jobs WHERE kind = 'import' AND status = 'done'",
  );
  return {
    wires: await one('SELECT COUNT(*) AS n FROM wires'),
    articles: await one('SELECT COUNT(*) AS n FROM articles'),
    stories: await one('SELECT COUNT(*) AS n FROM stories WHERE articles > 0'),
    allStories: await one('SELECT COUNT(*) AS n FROM stories'),
    derived: byVerdict('derived'),
    partial: byVerdict('partial'),
    independent: byVerdict('independent'),
    untraced: await one(
      'SELECT COUNT(*) AS n FROM articles WHERE traced_hash IS NULL OR traced_hash <> content_hash',
    ),
    lastImport: lastImport?.at ?? null,
  };
}

/** The agencies of stories with traced articles, sorted. */
export async function listAgencies(db: Queryable): Promise<string[]> {
  const rows = await db.all<{ agency: string }>(
    'SELECT DISTINCT agency FROM stories WHERE agency IS NOT NULL AND articles > 0 ORDER BY agency',
  );
  return rows.map((row) => row.agency);
}
