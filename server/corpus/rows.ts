/**
 * Row shapes of the corpus tables and their conversion to the read API's types, shared by the reader and the
 * lookup. Dates: `published` is kept as imported, `published_at` as UTC ISO 8601 for filtering and ordering.
 */
import type { MatchSource } from '@/lib/corpus/types';
import type { Verdict } from '@/lib/engine';
import type { JobInfo, JobKind, JobStatus, StorySummary, WireVersion } from './types';

export interface StoryRow {
  id: number;
  story_key: string;
  title: string;
  agency: string | null;
  first_published: string | null;
  versions: number;
  articles: number;
  derived: number;
  partial: number;
}

export interface WireRow {
  id: number;
  ext_id: string;
  text: string;
  title: string | null;
  published: string | null;
  published_at: string | null;
  agency: string | null;
  agency_story: string | null;
  story: number | null;
}

export interface SourceRow {
  article: number;
  wire_ext: string;
  story_key: string | null;
  verdict: Verdict;
  reuse_share: number;
  wire_coverage: number;
  score: number;
}

export interface JobRow {
  id: number;
  kind: JobKind;
  status: JobStatus;
  done: number;
  total: number | null;
  message: string | null;
  started_at: string;
  finished_at: string | null;
  updated_at: string;
}

/** UTC ISO 8601 of an imported `published` value, or null when absent or not a date. */
export function publishedAt(published: string | undefined | null): string | null {
  if (!published) return null;
  const time = Date.parse(published.replace(' ', 'T').replace(',', '.'));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function toStorySummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    key: row.story_key,
    title: row.title,
    agency: row.agency,
    firstPublished: row.first_published,
    versions: row.versions,
    articles: row.articles,
    derived: row.derived,
    partial: row.partial,
  };
}

export function toWireVersion(row: WireRow): WireVersion {
  return {
    id: row.ext_id,
    title: row.title,
    text: row.text,
    published: row.published,
    agency: row.agency,
    agencyStory: row.agency_story,
    storyId: row.story,
  };
}

export function toMatchSource(row: SourceRow): MatchSource {
  return {
    wire: row.wire_ext,
    ...(row.story_key !== null ? { story: row.story_key } : {}),
    verdict: row.verdict,
    reuseShare: row.reuse_share,
    wireCoverage: row.wire_coverage,
    score: row.score,
  };
}

export function toJobInfo(row: JobRow): JobInfo {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    done: row.done,
    total: row.total,
    message: row.message,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    updatedAt: row.updated_at,
  };
}

/** `?, ?, …` for `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Rows per multi-row statement (up to 7 parameters each), under both dialects' parameter limits. */
export const ROWS_PER_STATEMENT = 300;

/** Runs `each` on consecutive chunks of `items` of at most `size`, one after another. */
export async function chunked<T>(
  items: readonly T[],
  size: number,
  each: (chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) await each(items.slice(start, start + size));
}
