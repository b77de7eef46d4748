/**
 * The embedded driver: SQLite through better-sqlite3, in WAL mode with synchronous=FULL, so an acknowledged write
 * (a saved comparison whose link was handed out) is on disk and survives a crash of the process or the machine.
 * better-sqlite3 is synchronous and has one connection, so transactions are serialized with a promise chain and
 * queries on the database wait while a transaction is open (otherwise they would run inside it).
 * Known weakness: a long import transaction blocks the app's reads in the same process; the CLI imports in
 * batches of short transactions, and other processes keep reading through WAL.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ddl, MIGRATIONS } from './migrations';
import { storageFaultOf, withoutBlocking } from './storage-faults';
import { DatabaseUnavailableError, type Database, type Queryable, type SqlValue } from './types';

type Connection = BetterSqlite3.Database;

// (hash, item) pairs per INSERT statement: 1,000 parameters, far below SQLite's limit of 32,766.
const PAIRS_PER_INSERT = 500;
// Page cache in KiB (negative = KiB for PRAGMA cache_size): the fingerprint index of 100,000 wires holds about
// 16 million rows inserted in hash order, which thrash SQLite's default 2 MB cache; 128 MB keeps its upper levels.
const CACHE_KIB = 131_072;
// WAL pages before an automatic checkpoint (default 1,000 = 4 MB). An import batch rewrites the same index pages
// many times; checkpointing every 40 MB writes each of them to the database file once instead of per commit.
const WAL_CHECKPOINT_PAGES = 10_000;

function queryable(db: Connection, file: string): Queryable {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const insertPairs = (count: number) =>
    prepare(
      `INSERT INTO fingerprints (hash, item) VALUES ${'(?, ?), '.repeat(count - 1)}(?, ?) ON CONFLICT DO NOTHING`,
    );
  return {
    async all<Row>(sql: string, params: readonly SqlValue[] = []) {
      return withoutBlocking(file, () => prepare(sql).all(...params) as Row[]);
    },
    async get<Row>(sql: string, params: readonly SqlValue[] = []) {
      return withoutBlocking(file, () => prepare(sql).get(...params) as Row | undefined);
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return withoutBlocking(file, () => ({ changes: prepare(sql).run(...params).changes }));
    },
    async insertFingerprints(hashes: Int32Array, items: Int32Array) {
      // Many pairs per statement: one call into SQLite per PAIRS_PER_INSERT rows instead of one per row.
      const full = insertPairs(PAIRS_PER_INSERT);
      const values: number[] = new Array(PAIRS_PER_INSERT * 2);
      let i = 0;
      for (; i + PAIRS_PER_INSERT <= hashes.length; i += PAIRS_PER_INSERT) {
        for (let k = 0; k < PAIRS_PER_INSERT; k += 1) {
          values[2 * k] = hashes[i + k]!;
          values[2 * k + 1] = items[i + k]!;
        }
        full.run(values);
      }
      if (i < hashes.length) {
        const rest: number[] = [];
        for (; i < hashes.length; i += 1) rest.push(hashes[i]!, items[i]!);
        insertPairs(rest.length / 2).run(rest);
      }
    },
  };
}

function migrate(db: Connection): void {
  const words = ddl('sqlite');
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v += 1)
      for (const sql of MIGRATIONS[v]!(words)) db.exec(sql);
    if (version < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}

// Connections still open when the process exits are closed then: closing checkpoints the write-ahead log into the
// database file and removes it, so a stopped server leaves one self-contained file (what people copy as a backup).
const openConnections = new Set<Connection>();
let closesOnExit = false;
function closeOnExit(db: Connection): void {
  openConnections.add(db);
  if (closesOnExit) return;
  closesOnExit = true;
  process.once('exit', () => {
    for (const connection of openConnections) if (connection.open) connection.close();
  });
}

/** Opens (creating its folder, the file and the schema as needed) the SQLite database at `file`. */
export function openSqlite(file: string): Database {
  let db: Connection;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Never wait inside SQLite: that would block the event loop. Locks are waited for in storage-faults.ts.
    db.pragma('busy_timeout = 0');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    migrate(db);
    closeOnExit(db);
  } catch (error) {
    const fault = storageFaultOf(error, file);
    throw new DatabaseUnavailableError(
      fault && !/busy/.test(fault.message)
        ? fault.message
        : `Cannot open the SQLite database ${file} (set WIRETRACE_DATA_DIR to a writable folder): ${(error as Error).message}`,
    );
  }
  const direct = queryable(db, file);
  // Resolves when no transaction is open; queries on the database itself wait for it.
  let idle: Promise<unknown> = Promise.resolve();

  return {
    dialect: 'sqlite',
    location: file,
    async all<Row>(sql: string, params?: readonly SqlValue[]) {
      await idle;
      return direct.all<Row>(sql, params);
    },
    async get<Row>(sql: string, params?: readonly SqlValue[]) {
      await idle;
      return direct.get<Row>(sql, params);
    },
    async run(sql: string, params?: readonly SqlValue[]) {
      await idle;
      return direct.run(sql, params);
    },
    async insertFingerprints(hashes: Int32Array, items: Int32Array) {
      await idle;
      return direct.insertFingerprints(hashes, items);
    },
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const result = idle.then(async () => {
        await withoutBlocking(file, () => db.exec('BEGIN IMMEDIATE'));
        try {
          const value = await work(direct);
          await withoutBlocking(file, () => db.exec('COMMIT'));
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      idle = result.catch(() => undefined);
      return result;
    },
    async close() {
      await idle;
      openConnections.delete(db);
      db.close();
    },
  };
}
