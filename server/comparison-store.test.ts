import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { isComparisonId, newComparisonId, openComparisonStore } from './comparison-store';
import { dropTestSchemas, freshSqliteTarget, TEST_DIALECTS } from './db/test-databases';
import { SCHEMA_VERSION } from './db/migrations';
import { openDatabase } from './db/open-database';

const draft = { title: 'T', wireText: 'Wire «Zitat» 🙂', outlets: [{ name: '<b>A</b>', text: 'Text' }] };

afterAll(dropTestSchemas);

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(dialect.skip)(`the comparison store on ${dialect.name}`, () => {
    it('creates the database, saves and reads back a comparison', async () => {
      const store = await openComparisonStore(await dialect.fresh());
      const { deleteToken, ...saved } = await store.create(draft);
      expect(isComparisonId(saved.id)).toBe(true);
      expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(await store.get(saved.id)).toEqual(saved);
      expect(await store.get(newComparisonId())).toBeNull();
      await store.close();
    });
    it('keeps the metadata: agency, the wire date, outlet URLs and dates', async () => {
      const store = await openComparisonStore(await dialect.fresh());
      const withMeta = {
        ...draft,
        agency: 'dpa',
        wirePublished: '2024-10-28T14:05:00+01:00',
        outlets: [{ name: 'A', text: 'Text', url: 'https://a.example/x', published: '2024-10-29' }],
      };
      const { id } = await store.create(withMeta);
      expect(await store.get(id)).toMatchObject(withMeta);
      await store.close();
    });
    it('deletes only with the right secret, and for good', async () => {
      const store = await openComparisonStore(await dialect.fresh());
      const { id, deleteToken } = await store.create(draft);
      expect(await store.delete(id, 'not-the-secret')).toBe('forbidden');
      expect(await store.get(id)).not.toBeNull();
      expect(await store.delete(id, deleteToken)).toBe('deleted');
      expect(await store.get(id)).toBeNull();
      expect(await store.delete(id, deleteToken)).toBe('missing');
      await store.close();
    });
    it('removes the stored alignments of a deleted comparison, and stores bytes as they were', async () => {
      const target = await dialect.fresh();
      const store = await openComparisonStore(target);
      const { id, deleteToken } = await store.create(draft);
      const db = await openDatabase(target);
      const payload = Buffer.from([0, 1, 2, 255, 254, 0, 10]);
      for (const key of [id, `${id}/o1`])
        await db.run(
          'INSERT INTO comparison_alignments (key, comparison_id, build, payload, created_at) VALUES (?, ?, ?, ?, ?)',
          [key, id, 'build-1', payload, '2026-11-24T00:00:00Z'],
        );
      const row = await db.get<{ payload: Buffer }>(
        'SELECT payload FROM comparison_alignments WHERE key = ?',
        [id],
      );
      expect(Buffer.compare(row!.payload, payload)).toBe(0);
      expect(await store.delete(id, deleteToken)).toBe('deleted');
      expect(await db.all('SELECT key FROM comparison_alignments')).toEqual([]);
      await db.close();
      await store.close();
    });
    it('keeps comparisons across reopening', async () => {
      const target = await dialect.fresh();
      const first = await openComparisonStore(target);
      const saved = await first.create(draft);
      await first.close();
      const second = await openComparisonStore(target);
      expect((await second.get(saved.id))?.outlets).toEqual(draft.outlets);
      await second.close();
    });
  });
}

describe('the SQLite file', () => {
  it('is in WAL mode with synchronous=FULL semantics, migrated to the current version', async () => {
    const target = freshSqliteTarget();
    const store = await openComparisonStore(target);
    await store.create(draft);
    await store.close();
    const db = new Database((target as { file: string }).file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
  it('opens a database of the first release (user_version 1) and keeps its comparisons', async () => {
    const target = freshSqliteTarget() as { file: string };
    mkdirSync(path.dirname(target.file), { recursive: true });
    // The file exactly as the first release created it: only `comparisons`, at version 1.
    const old = new Database(target.file);
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE comparisons (
       id TEXT PRIMARY KEY, created_at TEXT NOT NULL, title TEXT NOT NULL, wire_text TEXT NOT NULL,
       outlets_json TEXT NOT NULL
     ) STRICT`);
    old.pragma('user_version = 1');
    const id = newComparisonId();
    old
      .prepare('INSERT INTO comparisons VALUES (?, ?, ?, ?, ?)')
      .run(id, '2024-10-28T09:00:00.000Z', 'Kursk', 'Wire', JSON.stringify([{ name: 'A', text: 'Text' }]));
    old.close();
    const store = await openComparisonStore(target);
    expect(await store.get(id)).toMatchObject({ id, title: 'Kursk', outlets: [{ name: 'A', text: 'Text' }] });
    await store.close();
    const db = new Database(target.file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'fingerprints'").get()).toEqual({
      n: 1,
    });
    db.close();
  });
  it('makes ids of 128 random bits that do not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, newComparisonId));
    expect(ids.size).toBe(1000);
    expect(Buffer.from([...ids][0]!, 'base64url')).toHaveLength(16);
  });
});
