/**
 * The database layer's one interface, shared by its two drivers: SQLite (better-sqlite3, embedded, the default)
 * and PostgreSQL (`pg`, when DATABASE_URL is set). Callers write one portable SQL subset with `?` placeholders;
 * the PostgreSQL driver numbers them. The interface is async because pg is; the SQLite driver answers at once.
 * Known weakness: the portable subset is a convention, not a checked grammar — a query that works on one dialect
 * only is caught by running the store tests against both.
 */

/** A value bound to a `?` placeholder. */
/** A bound value; bytes are stored as BLOB (SQLite) or BYTEA (PostgreSQL) and come back as Buffers. */
export type SqlValue = string | number | null | Buffer;

/** Which engine is behind a {@link Database}. */
export type Dialect = 'sqlite' | 'postgres';

/** What runs queries: the database itself, or the transaction handed to {@link Database.transaction}. */
export interface Queryable {
  /** Every row of `sql`. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The first row of `sql`, or undefined. */
  get<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** Runs a statement; `changes` counts the rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /**
   * Inserts (hash, item) pairs into `fingerprints` the fastest way the dialect allows (a prepared statement in a
   * loop for SQLite, one `unnest` per chunk for PostgreSQL). Pairs already present are left alone.
   */
  insertFingerprints(hashes: Int32Array, items: Int32Array): Promise<void>;
}

/** An open database, migrated to the current schema. */
export interface Database extends Queryable {
  readonly dialect: Dialect;
  /** Where it is, for messages: the SQLite file, or `host:port/database` (never the password). */
  readonly location: string;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Transactions are
   * serialized; queries on the database itself wait while one runs (SQLite has one connection).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database that cannot be reached or opened, with a message for people (no stack trace needed). */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}
