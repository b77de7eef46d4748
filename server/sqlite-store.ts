/**
 * The embedded store: SQLite through better-sqlite3, in WAL mode with synchronous=FULL, so a comparison whose link
 * was handed out is on disk — an acknowledged write survives a crash of the server process (and of the machine).
 * The database file lives in the data directory (WIRETRACE_DATA_DIR, default ./data), created and migrated on start.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ComparisonDraft } from '@/lib/comparisons/comparison-input';
import { newComparisonId, type ComparisonStore, type SavedComparison } from './comparison-store';

// Each entry moves the schema one version up; PRAGMA user_version records how far a database has come.
const MIGRATIONS = [
  `CREATE TABLE comparisons (
     id TEXT PRIMARY KEY,
     created_at TEXT NOT NULL,
     title TEXT NOT NULL,
     wire_text TEXT NOT NULL,
     outlets_json TEXT NOT NULL
   ) STRICT`,
];

interface Row {
  id: string;
  created_at: string;
  title: string;
  wire_text: string;
  outlets_json: string;
}

/** The data directory: WIRETRACE_DATA_DIR or ./data under the working directory. */
export function dataDir(): string {
  return process.env.WIRETRACE_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'data');
}

/** Opens (creating and migrating as needed) the SQLite store at `file`. */
export function openSqliteStore(file: string = path.join(dataDir(), 'wiretrace.sqlite')): ComparisonStore {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v += 1) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();

  const insert = db.prepare(
    'INSERT INTO comparisons (id, created_at, title, wire_text, outlets_json) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], Row>('SELECT * FROM comparisons WHERE id = ?');

  return {
    create(draft: ComparisonDraft): SavedComparison {
      const saved: SavedComparison = { ...draft, id: newComparisonId(), createdAt: new Date().toISOString() };
      insert.run(saved.id, saved.createdAt, saved.title, saved.wireText, JSON.stringify(saved.outlets));
      return saved;
    },
    get(id: string): SavedComparison | null {
      const row = select.get(id);
      if (!row) return null;
      return {
        id: row.id,
        createdAt: row.created_at,
        title: row.title,
        wireText: row.wire_text,
        outlets: JSON.parse(row.outlets_json),
      };
    },
    close() {
      db.close();
    },
  };
}

let shared: ComparisonStore | undefined;

/** The process-wide store the app uses, opened on first use. */
export function comparisonStore(): ComparisonStore {
  shared ??= openSqliteStore();
  return shared;
}
