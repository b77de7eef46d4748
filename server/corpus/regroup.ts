/**
 * The trace job's first step when wires changed: group every wire into stories (lib/corpus's version groups),
 * store the stories with their title (the first version's, or derived from its cleaned text), first agency, earliest date and
 * number of versions, point each wire at its story, drop stories left empty, and recount the stock phrases.
 * Known weakness: the whole archive is loaded to regroup (about 2 KB per item in memory).
 */
import { buildWireArchive, CORPUS_CONFIG, type WireArchive, type WireItem } from '@/lib/corpus';
import { deriveTitle } from '@/lib/engine';
import type { Database, SqlValue } from '../db/open-database';
import { chunked, ROWS_PER_STATEMENT, type WireRow } from './rows';
import type { TraceProgress } from './trace-job';

// A story's title is its first version's, or derived from that version's cleaned text (no marker, dateline, site line).
function titleOf(row: WireRow): string {
  return row.title?.trim() || deriveTitle(row.text);
}

function earlier(a: WireRow, b: WireRow): boolean {
  if (a.published_at !== null && b.published_at !== null && a.published_at !== b.published_at)
    return a.published_at < b.published_at;
  if ((a.published_at === null) !== (b.published_at === null)) return a.published_at !== null;
  return a.id < b.id;
}

/** Groups every wire into stories and stores them; returns the in-memory archive for tracing. */
export async function regroup(db: Database, onProgress?: TraceProgress): Promise<WireArchive> {
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
    await chunked(entries, ROWS_PER_STATEMENT, async (chunk) => {
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
    await chunked(moved, ROWS_PER_STATEMENT, async (chunk) => {
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
