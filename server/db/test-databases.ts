/**
 * For store tests: the databases to run them against. SQLite always (a fresh file in a temporary folder);
 * PostgreSQL when WIRETRACE_TEST_DATABASE_URL is set (scripts/test.mjs sets it when it can start a server),
 * each call in a schema of its own so that tests and files do not see each other's rows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from './open-database';

/** The PostgreSQL URL store tests may use, or undefined (then `describe.skipIf` skips them). */
export const TEST_POSTGRES_URL = process.env.WIRETRACE_TEST_DATABASE_URL;

/** A new SQLite file in a new temporary folder (the folder below it does not exist yet). */
export function freshSqliteTarget(): DatabaseTarget {
  return { file: path.join(mkdtempSync(path.join(tmpdir(), 'wiretrace-db-')), 'nested', 'test.sqlite') };
}

const schemas: string[] = [];

/** A new empty schema in the test PostgreSQL database, as a target whose search_path points at it. */
export async function freshPostgresTarget(): Promise<DatabaseTarget> {
  if (!TEST_POSTGRES_URL) throw new Error('WIRETRACE_TEST_DATABASE_URL is not set');
  const schema = `wt_test_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  schemas.push(schema);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString() };
}

/** Drops the schemas {@link freshPostgresTarget} made (call in afterAll). */
export async function dropTestSchemas(): Promise<void> {
  if (!TEST_POSTGRES_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
}

/** The dialects to run store tests against, each with a way to get a fresh empty database. */
export const TEST_DIALECTS = [
  { name: 'SQLite', skip: false, fresh: async () => freshSqliteTarget() },
  { name: 'PostgreSQL', skip: !TEST_POSTGRES_URL, fresh: freshPostgresTarget },
] as const;
