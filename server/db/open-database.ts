/**
 * Which database the app and the CLI use: PostgreSQL when DATABASE_URL is a postgres:// URL, else the embedded
 * SQLite file `wiretrace.sqlite` in the data directory (WIRETRACE_DATA_DIR, default ./data). One process-wide
 * instance, opened and migrated on first use.
 */
import path from 'node:path';
import { openPostgres } from './postgres-driver';
import { openSqlite } from './sqlite-driver';
import { DatabaseUnavailableError, type Database } from './types';

/** The data directory: WIRETRACE_DATA_DIR or ./data under the working directory. */
export function dataDir(): string {
  return process.env.WIRETRACE_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'data');
}

/** Where to open: a postgres:// URL, or a SQLite file path. */
export type DatabaseTarget = { url: string } | { file: string };

/** The target the environment names: DATABASE_URL when set, else `<data dir>/wiretrace.sqlite`. */
export function defaultTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { url };
  return { file: path.join(dataDir(), 'wiretrace.sqlite') };
}

/** Opens and migrates the database at `target`. */
export async function openDatabase(target: DatabaseTarget = defaultTarget()): Promise<Database> {
  if ('file' in target) return openSqlite(target.file);
  if (!/^postgres(ql)?:\/\//i.test(target.url))
    throw new DatabaseUnavailableError(
      `DATABASE_URL must be a postgres:// URL (got "${target.url.split(':')[0]}:…"); unset it to use SQLite.`,
    );
  return openPostgres(target.url);
}

let shared: Promise<Database> | undefined;

/** The process-wide database, opened on first use (a failed open is retried on the next call). */
export function database(): Promise<Database> {
  shared ??= openDatabase().catch((error) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

export { DatabaseUnavailableError, type Database, type Queryable, type SqlValue } from './types';
