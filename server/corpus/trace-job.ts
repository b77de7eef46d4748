/**
 * The trace job, run after an import: group wire versions into stories, refresh the stock-phrase list, trace
 * articles to their sources, and store it all — with progress in the `jobs` table.
 * Method: when wires changed since the last trace job, every wire is loaded and lib/corpus builds its in-memory
 * archive (fingerprints, index, version groups); stories are upserted by key, wires pointed at them, and every
 * article is traced again with that archive (a new wire may be the source of an old article). When only articles
 * changed, just those are traced, with candidates from SQL (the "find the source" path). Both verify with
 * lib/corpus's verifyCandidates, so results do not depend on the path.
 * Known weakness: regrouping reloads the whole archive (about 2 KB per item in memory, ~200 MB for 100,000).
 */
import {
  buildWireArchive,
  CORPUS_CONFIG,
  type ArticleItem,
  type ArticleMatch,
  type WireArchive,
  type WireItem,
} from '@/lib/corpus';
import { refreshOutletStats } from './outlet-stats';
import type { Database, Queryable, SqlValue } from '../db/open-database';
import { matchArticle } from './find-sources';
import { startJob } from './jobs';
import { placeholders, type WireRow } from './rows';

/** Stages the trace job reports progress for. */
export type TraceStage = 'versions' | 'stories' | 'trace';

/** Called as the trace job advances. */
export type TraceProgress = (stage: TraceStage, done: number, total: number) => void;

/** What the trace job did. */
export interface TraceSummary {
  /** True when wires had changed and versions were grouped again. */
  regrouped: boolean;
  /** Stories in the corpus after the job. */
  stories: number;
  traced: number;
  derived: number;
  partial: number;
  independent: number;
}

const TRACE = {
  /** Articles loaded, traced and written per transaction: short transactions keep the app's reads flowing. */
  batch: 200,
  /** Rows per multi-row statement (3 parameters each), under both dialects' parameter limits. */
  rowsPerStatement: 300,
  /** Characters of a first line used as a title when a story's first version has none. */
  titleFromText: 160,
};

function titleOf(row: WireRow): string {
  if (row.title?.trim()) return row.title.trim();
  const line = row.text.trim().split('\n', 1)[0]!.trim();
  return line.length > TRACE.titleFromText ? `${line.slice(0, TRACE.titleFromText - 1)}…` : line;
}

function earlier(a: WireRow, b: WireRow): boolean {
  if (a.published_at !== null && b.published_at !== null && a.published_at !== b.published_at)
    return a.published_at < b.published_at;
  if ((a.published_at === null) !== (b.published_at === null)) return a.published_at !== null;
  return a.id < b.id;
}

async function chunked<T>(
  items: readonly T[],
  size: number,
  each: (chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) await each(items.slice(start, start + size));
}

/** Groups every wire into stories and stores them; returns the in-memory archive for tracing. */
async function regroup(db: Database, onProgress?: TraceProgress): Promise<WireArchive> {
  const rows = await db.all<WireRow>(
    'SELECT id, ext_id, text, title, published, published_at, agency, agency_story, story FROM wires ORDER BY id',
  );
  const items: WireItem[] = rows.map((row) => ({
    id: row.ext_id,
    text: row.text,
    ...(row.published !== null ? { published: row.published } : {}),
    ...(row.agency_story !== null ? { story: row.agency_story } : {}),
  }));
  const archive = buildWireArchive(items, (stage, done, total) =>
    onProgress?.('versions', stage === 'fingerprint' ? Math.floor(done / 2) : total, total),
  );
  // Each story: its first version (title), first agency, earliest date, number of versions.
  const stories = new Map<
    string,
    { first: WireRow; agency: string | null; published: string | null; versions: number }
  >();
  rows.forEach((row, i) => {
    const key = archive.stories[i]!;
    const story = stories.get(key);
    if (!story)
      stories.set(key, { first: row, agency: row.agency, published: row.published_at, versions: 1 });
    else {
      story.versions += 1;
      if (earlier(row, story.first)) story.first = row;
      story.agency ??= row.agency;
      if (row.published_at !== null && (story.published === null || row.published_at < story.published))
        story.published = row.published_at;
    }
  });
  const now = new Date().toISOString();
  const storyIds = new Map<string, number>();
  const entries = [...stories];
  await db.transaction(async (tx) => {
    await chunked(entries, TRACE.rowsPerStatement, async (chunk) => {
      const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
      const inserted = await tx.all<{ id: number; story_key: string }>(
        `INSERT INTO stories (story_key, title, search_title, agency, first_published, versions, updated_at)
         VALUES ${values}
         ON CONFLICT (story_key) DO UPDATE SET title = excluded.title, search_title = excluded.search_title,
           agency = excluded.agency, first_published = excluded.first_published, versions = excluded.versions,
           updated_at = excluded.updated_at
         RETURNING id, story_key`,
        chunk.flatMap(([key, s]): SqlValue[] => {
          const title = titleOf(s.first);
          return [key, title, title.toLowerCase(), s.agency, s.published, s.versions, now];
        }),
      );
      for (const row of inserted) storyIds.set(row.story_key, row.id);
      onProgress?.('stories', storyIds.size, entries.length);
    });
    const moved = rows.flatMap((row, i) => {
      const story = storyIds.get(archive.stories[i]!)!;
      return row.story === story ? [] : [[row.id, story]];
    });
    await chunked(moved, TRACE.rowsPerStatement, async (chunk) => {
      await tx.run(
        `UPDATE wires SET story = v.column2
           FROM (VALUES ${chunk.map(() => '(CAST(? AS INTEGER), CAST(? AS INTEGER))').join(', ')}) AS v
          WHERE wires.id = v.column1`,
        chunk.flat(),
      );
    });
    // NOT EXISTS, not NOT IN: PostgreSQL cannot turn NOT IN into an anti-join, and past work_mem it rescans.
    await tx.run('DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM wires w WHERE w.story = stories.id)');
    await tx.run('DELETE FROM common_fingerprints');
    // Stock phrases as lib/corpus counts them: the versions of one agency story count once. Only hashes held by
    // more items than the limit can qualify, so the join with wires runs on those few.
    const limit = CORPUS_CONFIG.index.maxItemsPerFingerprint;
    await tx.run(
      `INSERT INTO common_fingerprints (hash, items)
       SELECT f.hash, COUNT(DISTINCT COALESCE(w.agency_story, 'item:' || CAST(f.item AS TEXT)))
         FROM fingerprints f JOIN wires w ON w.id = f.item
        WHERE f.hash IN (SELECT hash FROM fingerprints GROUP BY hash HAVING COUNT(*) > ?)
        GROUP BY f.hash
       HAVING COUNT(DISTINCT COALESCE(w.agency_story, 'item:' || CAST(f.item AS TEXT))) > ?`,
      [limit, limit],
    );
  });
  return archive;
}

interface ArticleRow {
  id: number;
  ext_id: string;
  text: string;
  outlet: string | null;
  published: string | null;
  content_hash: string;
}

/** Stores a batch of matches: sources, the article's verdict, story and closest version. */
async function storeMatches(
  tx: Queryable,
  traced: { row: ArticleRow; match: ArticleMatch }[],
): Promise<void> {
  const wireExtIds = [...new Set(traced.flatMap(({ match }) => match.sources.map((s) => s.wire)))];
  const wires = new Map<string, { id: number; story: number | null }>();
  await chunked(wireExtIds, 500, async (chunk) => {
    const rows = await tx.all<{ id: number; ext_id: string; story: number | null }>(
      `SELECT id, ext_id, story FROM wires WHERE ext_id IN (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) wires.set(row.ext_id, row);
  });
  const ids = traced.map(({ row }) => row.id);
  await tx.run(`DELETE FROM article_sources WHERE article IN (${placeholders(ids.length)})`, ids);
  const sourceRows = traced.flatMap(({ row, match }) =>
    match.sources.flatMap((s, rank) => {
      const wire = wires.get(s.wire);
      return wire ? [[row.id, rank, wire.id, s.verdict, s.reuseShare, s.wireCoverage, s.score]] : [];
    }),
  );
  await chunked(sourceRows, TRACE.rowsPerStatement, async (chunk) => {
    await tx.run(
      `INSERT INTO article_sources (article, rank, wire, verdict, reuse_share, wire_coverage, score)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flat(),
    );
  });
  for (const { row, match } of traced) {
    const best = match.sources[0];
    const wire = best ? wires.get(best.wire) : undefined;
    await tx.run(
      `UPDATE articles SET verdict = ?, story = ?, wire = ?, reuse_share = ?, wire_coverage = ?, score = ?,
         traced_hash = ? WHERE id = ?`,
      [
        match.verdict,
        wire?.story ?? null,
        wire?.id ?? null,
        best?.reuseShare ?? 0,
        best?.wireCoverage ?? 0,
        best?.score ?? 0,
        row.content_hash,
        row.id,
      ],
    );
  }
}

/** Runs the trace job on `db`; see the module comment. `all` traces every article again. */
export async function runTraceJob(
  db: Database,
  { onProgress, all = false }: { onProgress?: TraceProgress; all?: boolean } = {},
): Promise<TraceSummary> {
  const lastTrace = await db.get<{ at: string | null }>(
    "SELECT MAX(started_at) AS at FROM jobs WHERE kind = 'trace' AND status = 'done'",
  );
  const lastWire = await db.get<{ at: string | null }>('SELECT MAX(updated_at) AS at FROM wires');
  const job = await startJob(db, 'trace', 'Grouping wire versions and tracing articles');
  try {
    const wiresChanged = lastWire?.at != null && (lastTrace?.at == null || lastWire.at >= lastTrace.at);
    const archive = wiresChanged ? await regroup(db, onProgress) : undefined;
    const pending = await db.all<{ id: number }>(
      all || wiresChanged
        ? 'SELECT id FROM articles ORDER BY id'
        : 'SELECT id FROM articles WHERE traced_hash IS NULL OR traced_hash <> content_hash ORDER BY id',
    );
    const counts = { derived: 0, partial: 0, independent: 0 };
    let done = 0;
    await job.progress(0, pending.length, `Tracing ${pending.length} articles`, true);
    await chunked(pending, TRACE.batch, async (chunk) => {
      const ids = chunk.map((p) => p.id);
      const rows = await db.all<ArticleRow>(
        `SELECT id, ext_id, text, outlet, published, content_hash FROM articles WHERE id IN (${placeholders(ids.length)})`,
        ids,
      );
      const traced: { row: ArticleRow; match: ArticleMatch }[] = [];
      for (const row of rows) {
        const article: ArticleItem = {
          id: row.ext_id,
          text: row.text,
          ...(row.outlet !== null ? { outlet: row.outlet } : {}),
          ...(row.published !== null ? { published: row.published } : {}),
        };
        const match = archive ? archive.match(article) : (await matchArticle(db, article)).match;
        counts[match.verdict] += 1;
        traced.push({ row, match });
      }
      await db.transaction((tx) => storeMatches(tx, traced));
      done += rows.length;
      onProgress?.('trace', done, pending.length);
      await job.progress(done);
    });
    await db.run(
      `UPDATE stories SET
         articles = (SELECT COUNT(*) FROM articles a WHERE a.story = stories.id AND a.verdict IN ('derived', 'partial')),
         derived = (SELECT COUNT(*) FROM articles a WHERE a.story = stories.id AND a.verdict = 'derived'),
         partial = (SELECT COUNT(*) FROM articles a WHERE a.story = stories.id AND a.verdict = 'partial')`,
    );
    const stories = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stories'))?.n ?? 0;
    // The outlet dashboard's aggregates are kept at import time, never computed per request.
    await refreshOutletStats(db);
    await job.finish(
      `Traced ${done} articles: ${counts.derived} derived, ${counts.partial} partial, ${counts.independent} independent; ${stories} ${stories === 1 ? 'story' : 'stories'}`,
      done,
    );
    return { regrouped: wiresChanged, stories, traced: done, ...counts };
  } catch (error) {
    await job.fail(`Trace job failed: ${(error as Error).message}`).catch(() => undefined);
    throw error;
  }
}
