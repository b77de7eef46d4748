/**
 * The corpus write side for imports: wire items and articles upserted by their imported id, in batches. Importing
 * the same id again updates the row (never a second row); a changed wire gets its fingerprints replaced, a changed
 * article is left for the trace job to trace again (its `traced_hash` no longer equals its `content_hash`).
 * Unchanged items (same content hash) are counted and left alone. Within one batch the last item of an id wins.
 * Method: one SELECT for the batch's existing ids, one multi-row INSERT … RETURNING for the new ones, an UPDATE
 * per changed one, and the batch's fingerprints inserted through the dialect's bulk path, sorted by hash so the
 * index grows in order.
 */
import { createHash } from 'node:crypto';
import { fingerprint, type ArticleItem, type WireItem } from '@/lib/corpus';
import type { Queryable, SqlValue } from '../db/open-database';
import { placeholders, publishedAt } from './rows';

/** What one batch did. */
export interface UpsertCounts {
  /** New ids. */
  imported: number;
  /** Known ids whose content changed. */
  updated: number;
  /** Known ids imported again unchanged. */
  unchanged: number;
}

// Rows per multi-row INSERT: 12 columns × 400 rows stays below SQLite's and PostgreSQL's parameter limits.
const ROWS_PER_INSERT = 400;

function contentHash(values: readonly (string | undefined)[]): string {
  return createHash('sha1').update(JSON.stringify(values)).digest('base64url');
}

/** The last item of each id, in first-seen order. */
function lastOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) byId.set(item.id, item);
  return [...byId.values()];
}

async function existing(
  tx: Queryable,
  table: 'wires' | 'articles',
  ids: readonly string[],
): Promise<Map<string, { id: number; content_hash: string; text: string }>> {
  const found = new Map<string, { id: number; content_hash: string; text: string }>();
  for (let start = 0; start < ids.length; start += ROWS_PER_INSERT) {
    const chunk = ids.slice(start, start + ROWS_PER_INSERT);
    const rows = await tx.all<{ id: number; ext_id: string; content_hash: string; text: string }>(
      `SELECT id, ext_id, content_hash, text FROM ${table} WHERE ext_id IN (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) found.set(row.ext_id, row);
  }
  return found;
}

async function insertRows(
  tx: Queryable,
  table: 'wires' | 'articles',
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const values = chunk.map(() => `(${placeholders(columns.length)})`).join(', ');
    const inserted = await tx.all<{ id: number; ext_id: string }>(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} RETURNING id, ext_id`,
      chunk.flat(),
    );
    for (const row of inserted) ids.set(row.ext_id, row.id);
  }
  return ids;
}

/** Fingerprints of items, as (hash, item) pairs sorted by hash. */
function fingerprintPairs(
  items: readonly { rowId: number; text: string; id: string }[],
  known?: ReadonlyMap<string, Int32Array>,
): [Int32Array, Int32Array] {
  const prints = items.map((item) => known?.get(item.id) ?? fingerprint(item.text));
  const total = prints.reduce((sum, p) => sum + p.length, 0);
  const order = new Float64Array(total);
  let at = 0;
  // Hash and item packed in one float64 (hash + 2^31 in the high part, the item below), so one typed sort orders both.
  prints.forEach((p, i) => {
    for (const hash of p) order[at++] = (hash + 2 ** 31) * 2 ** 21 + i;
  });
  order.sort();
  const hashes = new Int32Array(total);
  const rows = new Int32Array(total);
  for (let k = 0; k < total; k += 1) {
    const i = order[k]! % 2 ** 21;
    hashes[k] = Math.floor(order[k]! / 2 ** 21) - 2 ** 31;
    rows[k] = items[i]!.rowId;
  }
  return [hashes, rows];
}

const WIRE_COLUMNS = [
  'ext_id',
  'text',
  'title',
  'published',
  'published_at',
  'agency',
  'agency_story',
  'content_hash',
  'imported_at',
  'updated_at',
];

/**
 * Upserts a batch of wire items (at most 2^21) with their fingerprints; see the module comment. `prints` may hold
 * the items' fingerprints by id, computed before the transaction (so that it stays short).
 */
export async function upsertWires(
  tx: Queryable,
  batch: readonly WireItem[],
  now: string,
  prints?: ReadonlyMap<string, Int32Array>,
): Promise<UpsertCounts> {
  const items = lastOfEachId(batch);
  const known = await existing(
    tx,
    'wires',
    items.map((w) => w.id),
  );
  const counts: UpsertCounts = { imported: 0, updated: 0, unchanged: 0 };
  const fresh: SqlValue[][] = [];
  const toPrint: { rowId: number; text: string; id: string }[] = [];
  const changedRows: { rowId: number; oldText: string }[] = [];
  for (const wire of items) {
    const hash = contentHash([wire.text, wire.title, wire.published, wire.agency, wire.story]);
    const row = known.get(wire.id);
    const fields = [
      wire.text,
      wire.title ?? null,
      wire.published ?? null,
      publishedAt(wire.published),
      wire.agency ?? null,
      wire.story ?? null,
      hash,
    ];
    if (!row) {
      counts.imported += 1;
      fresh.push([wire.id, ...fields, now, now]);
      toPrint.push({ rowId: -1, text: wire.text, id: wire.id });
    } else if (row.content_hash === hash) counts.unchanged += 1;
    else {
      counts.updated += 1;
      await tx.run(
        `UPDATE wires SET text = ?, title = ?, published = ?, published_at = ?, agency = ?, agency_story = ?,
           content_hash = ?, updated_at = ? WHERE id = ?`,
        [...fields, now, row.id],
      );
      changedRows.push({ rowId: row.id, oldText: row.text });
      toPrint.push({ rowId: row.id, text: wire.text, id: wire.id });
    }
  }
  for (const { rowId, oldText } of changedRows) {
    // The old text's fingerprints are its rows in the index (no index on `item` is kept: it would double the
    // index's size and import time for the rare re-import of a changed wire).
    for (const hash of fingerprint(oldText))
      await tx.run('DELETE FROM fingerprints WHERE hash = ? AND item = ?', [hash, rowId]);
  }
  const newIds = await insertRows(tx, 'wires', WIRE_COLUMNS, fresh);
  for (const item of toPrint) if (item.rowId < 0) item.rowId = newIds.get(item.id)!;
  const [hashes, rows] = fingerprintPairs(toPrint, prints);
  await tx.insertFingerprints(hashes, rows);
  return counts;
}

const ARTICLE_COLUMNS = [
  'ext_id',
  'text',
  'title',
  'outlet',
  'url',
  'published',
  'published_at',
  'content_hash',
  'imported_at',
  'updated_at',
];

/** Upserts a batch of articles; changed and new ones wait for the trace job. */
export async function upsertArticles(
  tx: Queryable,
  batch: readonly ArticleItem[],
  now: string,
): Promise<UpsertCounts> {
  const items = lastOfEachId(batch);
  const known = await existing(
    tx,
    'articles',
    items.map((a) => a.id),
  );
  const counts: UpsertCounts = { imported: 0, updated: 0, unchanged: 0 };
  const fresh: SqlValue[][] = [];
  for (const article of items) {
    const hash = contentHash([article.text, article.title, article.outlet, article.url, article.published]);
    const row = known.get(article.id);
    const fields = [
      article.text,
      article.title ?? null,
      article.outlet ?? null,
      article.url ?? null,
      article.published ?? null,
      publishedAt(article.published),
      hash,
    ];
    if (!row) {
      counts.imported += 1;
      fresh.push([article.id, ...fields, now, now]);
    } else if (row.content_hash === hash) counts.unchanged += 1;
    else {
      counts.updated += 1;
      await tx.run(
        `UPDATE articles SET text = ?, title = ?, outlet = ?, url = ?, published = ?, published_at = ?,
           content_hash = ?, updated_at = ? WHERE id = ?`,
        [...fields, now, row.id],
      );
    }
  }
  await insertRows(tx, 'articles', ARTICLE_COLUMNS, fresh);
  return counts;
}
