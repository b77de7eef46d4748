import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isComparisonId, newComparisonId } from './comparison-store';
import { openSqliteStore } from './sqlite-store';

const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'wiretrace-db-')), 'nested', 'test.sqlite');
const draft = { title: 'T', wireText: 'Wire «Zitat» 🙂', outlets: [{ name: '<b>A</b>', text: 'Text' }] };

describe('the SQLite store', () => {
  it('creates the database and its folder, saves and reads back a comparison', () => {
    const store = openSqliteStore(file());
    const saved = store.create(draft);
    expect(isComparisonId(saved.id)).toBe(true);
    expect(store.get(saved.id)).toEqual(saved);
    expect(store.get(newComparisonId())).toBeNull();
    store.close();
  });
  it('keeps comparisons across reopening, in WAL mode, migrated to the current version', () => {
    const at = file();
    const first = openSqliteStore(at);
    const saved = first.create(draft);
    first.close();
    const second = openSqliteStore(at);
    expect(second.get(saved.id)?.outlets).toEqual(draft.outlets);
    second.close();
    const db = new Database(at, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
  it('makes ids of 128 random bits that do not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, newComparisonId));
    expect(ids.size).toBe(1000);
    expect(Buffer.from([...ids][0]!, 'base64url')).toHaveLength(16);
  });
});
