/**
 * The trace job, run after an import: group wire versions into stories, refresh the stock-phrase list, trace
 * articles to their sources, and store it all — with progress in the `jobs` table.
 * Method: when wires changed since the last trace job, every wire is loaded and lib/corpus builds its in-memory
 * archive (fingerprints, index, version groups); stories are upserted by key (regroup.ts), wires pointed at them, and every
 * article is traced again with that archive (a new wire may be the source of an old article). When only articles
 * changed, just those are traced, with candidates from SQL (the "find the source" path). Both verify with
 * lib/corpus's verifyCandidates, so results do not depend on the path.
 * Known weakness: regrouping reloads the whole archive (about 2 KB per item in memory, ~200 MB for 100,000).
 */
import type { ArticleItem, ArticleMatch } from '@/lib/corpus';
import { refreshOutletStats } from './outlet-stats';
import type { Database, Queryable } from '../db/open-database';
import { matchArticle } from './find-sources';
import { startJob } from './jobs';
import { chunked, placeholders, ROWS_PER_STATEMENT } from './rows';
import { regroup } from './regroup';

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
};

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
  await chunked(sourceRows, ROWS_PER_STATEMENT, async (chunk) => {
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
