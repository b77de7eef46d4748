/**
 * Saved comparisons' alignments, stored once computed, so that reading a comparison again — after a restart, or
 * after its entry left the in-memory cache — costs a read instead of an alignment (seconds at the documented
 * limits). Saved comparisons never change, so what was computed stays true.
 *
 * Method: the alignment worker serializes what it computed (v8 serialization) and hands the bytes over; they are
 * stored under the screen's key with the build that computed them (.next/BUILD_ID). A later read hands the bytes
 * back to a worker, which deserializes them and sends the result in pieces (align-transfer.ts): neither computing
 * nor reading holds up the thread serving requests. A new build may shape the view model differently, so stored
 * rows of other builds are ignored, and removed the first time the store is used.
 * Known weaknesses: a comparison with several wire versions stores one row per screen viewed; without a build
 * (next dev) or without the worker bundle nothing is stored; servers of different builds sharing one PostgreSQL
 * database remove each other's rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { database } from './db/open-database';
import { alignForStoring, alignOffThread, hasWorkers } from './align-pool';
import type { Aligned } from './align-transfer';
import type { ComparisonTexts } from '@/lib/view/story-view';

function currentBuild(): string | null {
  try {
    return readFileSync(
      path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'BUILD_ID'),
      'utf8',
    ).trim();
  } catch {
    return null;
  }
}

const build = currentBuild();
let purged: Promise<unknown> | undefined;

async function stored(key: string): Promise<Buffer | null> {
  const db = await database();
  purged ??= db
    .run('DELETE FROM comparison_alignments WHERE build <> ?', [build!])
    .catch((error) => console.error(`Could not remove alignments of earlier builds: ${error}`));
  await purged;
  const row = await db.get<{ payload: Buffer }>(
    'SELECT payload FROM comparison_alignments WHERE key = ? AND build = ?',
    [key, build!],
  );
  return row?.payload ?? null;
}

async function save(key: string, comparisonId: string, payload: Buffer): Promise<void> {
  const db = await database();
  await db.transaction(async (tx) => {
    // Only while the comparison exists: one deleted meanwhile must not leave its texts behind.
    if (!(await tx.get('SELECT 1 AS found FROM comparisons WHERE id = ?', [comparisonId]))) return;
    await tx.run(
      `INSERT INTO comparison_alignments (key, comparison_id, build, payload, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET build = excluded.build, payload = excluded.payload, created_at = excluded.created_at`,
      [key, comparisonId, build!, payload, new Date().toISOString()],
    );
  });
}

/**
 * The aligned comparison for screen `key` of saved comparison `comparisonId`: read back when stored, else
 * computed and stored. A failed read or write only costs the time of computing it again.
 */
export async function alignSaved(
  key: string,
  comparisonId: string,
  texts: ComparisonTexts,
): Promise<Aligned> {
  if (!build || !hasWorkers()) return alignOffThread(texts);
  const bytes = await stored(key).catch(() => null);
  if (bytes) {
    try {
      return (await alignForStoring(texts, bytes)).aligned;
    } catch {
      // A row that cannot be read back is computed again below, and replaced.
    }
  }
  const { aligned, serialized } = await alignForStoring(texts);
  if (serialized)
    void save(
      key,
      comparisonId,
      Buffer.from(serialized.buffer, serialized.byteOffset, serialized.byteLength),
    ).catch((error) => console.error(`Could not store the alignment of ${key}: ${error}`));
  return aligned;
}
