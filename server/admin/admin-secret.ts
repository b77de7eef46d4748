/**
 * Where the admin token comes from, first that applies:
 *   1. WIRETRACE_ADMIN_TOKEN, when set (checked by tokenProblem: 16–512 visible ASCII characters);
 *   2. on PostgreSQL (DATABASE_URL), the row `admin-token` of `server_secrets`: every server on one database must
 *      accept the same token, and whoever can read that row holds DATABASE_URL and can change the corpus anyway;
 *   3. on SQLite, the file `admin-token` beside the database in the data folder, mode 0600 (the server's user
 *      only), so that it is not in the database file people copy around as a backup.
 * (2) and (3) are made on first use from 256 random bits, race-free: the row with INSERT … ON CONFLICT DO NOTHING,
 * the file written aside, synced and hard-linked into place, so servers starting together agree and no
 * half-written file is ever read. The server makes it at start (sign-in-announcement.ts) to print the link.
 * Known weaknesses: a process reads the token once; a token changed while servers run (a new variable, a deleted
 * file or row) takes effect as each restarts. File modes mean nothing on Windows and are not checked there.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  database,
  defaultTarget,
  type Database,
  type DatabaseTarget,
  type Queryable,
} from '../db/open-database';
import { newAdminToken, tokenProblem } from './admin-session';

/** The admin token and where it is kept. */
export interface AdminSecret {
  token: string;
  source: 'environment' | 'file' | 'database';
  /** The token file, or the database's `host:port/name`; empty for the environment. */
  where: string;
  /** Whether this call made the token (the first start). */
  created: boolean;
  /** Something the operator should fix, for the log (a token file others can read). */
  warning?: string;
}

/** An admin token that cannot be used or kept, with a message naming what and the fix. */
export class AdminTokenError extends Error {
  override readonly name = 'AdminTokenError';
}

/** The generated admin token every server on this database shares: `fresh` is stored unless one already is. */
async function sharedAdminToken(db: Queryable, fresh: string): Promise<string> {
  await db.run(
    'INSERT INTO server_secrets (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING',
    ['admin-token', fresh, new Date().toISOString()],
  );
  const row = await db.get<{ secret: string }>('SELECT secret FROM server_secrets WHERE name = ?', [
    'admin-token',
  ]);
  return row!.secret;
}

function readTokenFile(file: string): string {
  const token = readFileSync(file, 'utf8').trim();
  const problem = tokenProblem(token);
  if (problem)
    throw new AdminTokenError(
      `The admin token in ${file} ${problem}. Delete the file to have a new token made, or write a longer one into it.`,
    );
  return token;
}

/** Reads the token file, making it first when there is none. */
function tokenFile(file: string): { token: string; created: boolean } {
  const cannot = (error: unknown) =>
    new AdminTokenError(
      `Cannot keep the admin token in ${file} (${(error as Error).message}). Make the data folder writable, or set WIRETRACE_ADMIN_TOKEN.`,
    );
  try {
    return { token: readTokenFile(file), created: false };
  } catch (error) {
    if (error instanceof AdminTokenError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannot(error);
  }
  const aside = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const token = newAdminToken();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(aside, 'wx', 0o600);
    try {
      writeSync(fd, `${token}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(aside, file);
    return { token, created: true };
  } catch (error) {
    // Another server made it first: theirs is the token.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return { token: readTokenFile(file), created: false };
    throw cannot(error);
  } finally {
    rmSync(aside, { force: true });
  }
}

function looseModeWarning(file: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  return `Warning: the admin token file ${file} can be read by other users of this machine (mode ${mode.toString(8)}); run chmod 600 on it.`;
}

/**
 * The admin token for the environment and database given (by default the server's own), made when needed.
 * `connect` opens the PostgreSQL database when the target is one.
 */
export async function loadAdminSecret(
  env: Record<string, string | undefined> = process.env,
  target: DatabaseTarget = defaultTarget(env),
  connect: () => Promise<Database> = database,
): Promise<AdminSecret> {
  const configured = env.WIRETRACE_ADMIN_TOKEN?.trim();
  if (configured) {
    const problem = tokenProblem(configured);
    if (problem)
      throw new AdminTokenError(
        `WIRETRACE_ADMIN_TOKEN ${problem}. Set a longer one, or unset it to have one made.`,
      );
    return { token: configured, source: 'environment', where: '', created: false };
  }
  if ('url' in target) {
    const db = await connect();
    const fresh = newAdminToken();
    const token = await sharedAdminToken(db, fresh);
    const problem = tokenProblem(token);
    if (problem)
      throw new AdminTokenError(
        `The admin token in the database ${db.location} (table server_secrets) ${problem}. Delete its row to have a new one made.`,
      );
    return { token, source: 'database', where: db.location, created: token === fresh };
  }
  const file = path.join(path.dirname(target.file), 'admin-token');
  const { token, created } = tokenFile(file);
  const warning = looseModeWarning(file);
  return { token, source: 'file', where: file, created, ...(warning ? { warning } : {}) };
}

let shared: Promise<AdminSecret> | undefined;

/** The server's admin token, loaded (or made) on first use and kept; a failed load is retried on the next call. */
export function adminSecret(): Promise<AdminSecret> {
  shared ??= loadAdminSecret().catch((error) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
