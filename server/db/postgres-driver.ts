/**
 * The server driver: PostgreSQL through `pg`, used when DATABASE_URL is a postgres:// URL. Queries arrive in the
 * portable subset with `?` placeholders and are numbered `$1, $2, …` here; 64-bit counts and numerics come back as
 * JavaScript numbers (COUNT(*) is bigint in PostgreSQL). Migrations run under an advisory lock, so the app and
 * the CLI starting together migrate once.
 * Known weakness: `?` inside a string literal would be numbered too; the portable subset binds every value.
 */
import pg from 'pg';
import { ddl, MIGRATIONS } from './migrations';
import { DatabaseUnavailableError, type Database, type Queryable, type SqlValue } from './types';

// int8 (COUNT, SUM) and numeric to numbers: corpus counts stay far below 2^53.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
// Pairs per INSERT … unnest: large enough to amortize a round trip, small enough for one message.
const FINGERPRINT_CHUNK = 50_000;
// An arbitrary constant naming Wiretrace's migration lock among the server's advisory locks.
const MIGRATION_LOCK = 7_340_021;

/** `?` placeholders numbered for PostgreSQL (`$1`, `$2`, …), outside quoted literals and identifiers. */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '?') out += `$${(n += 1)}`;
    else out += char;
  }
  return out;
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  const query = <Row>(sql: string, params: readonly SqlValue[]) =>
    client.query<Row & pg.QueryResultRow>(numberPlaceholders(sql), params as SqlValue[]);
  return {
    async all<Row>(sql: string, params: readonly SqlValue[] = []) {
      return (await query<Row>(sql, params)).rows;
    },
    async get<Row>(sql: string, params: readonly SqlValue[] = []) {
      return (await query<Row>(sql, params)).rows[0];
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
    async insertFingerprints(hashes: Int32Array, items: Int32Array) {
      for (let start = 0; start < hashes.length; start += FINGERPRINT_CHUNK) {
        const end = Math.min(hashes.length, start + FINGERPRINT_CHUNK);
        await client.query(
          'INSERT INTO fingerprints (hash, item) SELECT * FROM unnest($1::int4[], $2::int4[]) ON CONFLICT DO NOTHING',
          [Array.from(hashes.subarray(start, end)), Array.from(items.subarray(start, end))],
        );
      }
    },
  };
}

/** `host:port/database` of a postgres:// URL, for messages (the password never appears). */
export function describePostgresUrl(url: string): { host: string; port: string; where: string } {
  try {
    const parsed = new URL(url);
    const host = decodeURIComponent(parsed.hostname) || 'localhost';
    const port = parsed.port || '5432';
    return { host, port, where: `${host}:${port}${parsed.pathname}` };
  } catch {
    return { host: '(unparsable)', port: '', where: 'an unparsable DATABASE_URL' };
  }
}

function unreachable(url: string, error: Error & { code?: string }): DatabaseUnavailableError {
  const { host, port } = describePostgresUrl(url);
  const why =
    error.code === 'ECONNREFUSED'
      ? 'the connection was refused (is PostgreSQL running and listening there?)'
      : error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN'
        ? 'the host name does not resolve'
        : error.code === '28P01' || error.code === '28000'
          ? 'the user name or password was refused'
          : error.code === '3D000'
            ? 'the database does not exist (create it first, see the README)'
            : error.message || error.code || 'unknown error';
  return new DatabaseUnavailableError(
    `Cannot reach the PostgreSQL database at host ${host}, port ${port} (from DATABASE_URL): ${why}.`,
  );
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0];
    const version = row?.version ?? 0;
    const words = ddl('postgres');
    for (let v = version; v < MIGRATIONS.length; v += 1)
      for (const sql of MIGRATIONS[v]!(words)) await client.query(sql);
    if (!row) await client.query('INSERT INTO schema_version (version) VALUES ($1)', [MIGRATIONS.length]);
    else if (version < MIGRATIONS.length)
      await client.query('UPDATE schema_version SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Connects to the PostgreSQL database at `url` and migrates it; unreachable → DatabaseUnavailableError. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000, max: 4, types });
  // An idle client losing its server must not crash the process; the next query reports the failure.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const code = (error as { code?: string }).code;
    // Errors of SQL itself (a failed migration) keep their message; connection failures name host and port.
    if (code && /^[0-9A-Z]{5}$/.test(code) && !['28P01', '28000', '3D000'].includes(code)) throw error;
    throw unreachable(url, error as Error);
  }
  let idle: Promise<unknown> = Promise.resolve();
  const direct = queryable(pool);
  return {
    dialect: 'postgres',
    location: describePostgresUrl(url).where,
    ...direct,
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      // Serialized like SQLite's, so both drivers behave alike (and imports do not race on the same ids).
      const result = idle.then(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const value = await work(queryable(client));
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      });
      idle = result.catch(() => undefined);
      return result;
    },
    async close() {
      await idle;
      await pool.end();
    },
  };
}
