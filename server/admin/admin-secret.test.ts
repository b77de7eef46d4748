import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database';
import {
  dropTestSchemas,
  freshPostgresTarget,
  freshSqliteTarget,
  TEST_POSTGRES_URL,
} from '../db/test-databases';
import { AdminTokenError, loadAdminSecret } from './admin-secret';

afterAll(dropTestSchemas);

const noDatabase = () => Promise.reject(new Error('a SQLite target needs no database connection'));

/** A data folder of its own, as the server gets from WIRETRACE_DATA_DIR. */
function dataFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-admin-'));
  return {
    dir,
    target: { file: path.join(dir, 'wiretrace.sqlite') },
    tokenFile: path.join(dir, 'admin-token'),
  };
}

describe('the admin token from WIRETRACE_ADMIN_TOKEN', () => {
  it('is used as it is (surrounding whitespace aside) and nothing is written', async () => {
    const { target, tokenFile } = dataFolder();
    const secret = await loadAdminSecret(
      { WIRETRACE_ADMIN_TOKEN: ' Redaktion!Archiv#2024\n' },
      target,
      noDatabase,
    );
    expect(secret).toEqual({
      token: 'Redaktion!Archiv#2024',
      source: 'environment',
      where: '',
      created: false,
    });
    expect(() => statSync(tokenFile)).toThrow(/ENOENT/);
  });
  it('stops the start with the reason when it is too weak to be a token', async () => {
    const { target } = dataFolder();
    await expect(loadAdminSecret({ WIRETRACE_ADMIN_TOKEN: 'admin' }, target, noDatabase)).rejects.toThrow(
      new AdminTokenError(
        'WIRETRACE_ADMIN_TOKEN is 5 characters long; an admin token needs at least 16. Set a longer one, or unset it to have one made.',
      ),
    );
  });
  it('counts as unset when empty, as an empty line in an env file leaves it', async () => {
    const { target } = dataFolder();
    expect((await loadAdminSecret({ WIRETRACE_ADMIN_TOKEN: '  ' }, target, noDatabase)).source).toBe('file');
  });
});

describe('the generated admin token on SQLite', () => {
  it('is made once, kept in the data folder readable by its owner only, and the same after a restart', async () => {
    const { target, tokenFile } = dataFolder();
    const first = await loadAdminSecret({}, target, noDatabase);
    expect(first).toMatchObject({ source: 'file', where: tokenFile, created: true });
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.warning).toBeUndefined();
    expect(readFileSync(tokenFile, 'utf8')).toBe(`${first.token}\n`);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const again = await loadAdminSecret({}, target, noDatabase);
    expect(again).toEqual({ ...first, created: false });
  });
  it('makes the data folder when there is none yet', async () => {
    const target = freshSqliteTarget() as { file: string };
    const secret = await loadAdminSecret({}, target, noDatabase);
    expect(secret.where).toBe(path.join(path.dirname(target.file), 'admin-token'));
    expect(statSync(secret.where).mode & 0o777).toBe(0o600);
  });
  it('accepts a token written into the file by hand', async () => {
    const { target, tokenFile } = dataFolder();
    writeFileSync(tokenFile, 'Redaktion!Archiv#2024\n', { mode: 0o600 });
    expect(await loadAdminSecret({}, target, noDatabase)).toMatchObject({
      token: 'Redaktion!Archiv#2024',
      created: false,
    });
  });
  it('warns when other users can read the file', async () => {
    const { target, tokenFile } = dataFolder();
    await loadAdminSecret({}, target, noDatabase);
    chmodSync(tokenFile, 0o644);
    expect((await loadAdminSecret({}, target, noDatabase)).warning).toBe(
      `Warning: the admin token file ${tokenFile} can be read by other users of this machine (mode 644); run chmod 600 on it.`,
    );
  });
  it('stops the start, naming the file and the fix, when the file is damaged', async () => {
    const { target, tokenFile } = dataFolder();
    writeFileSync(tokenFile, '', { mode: 0o600 });
    await expect(loadAdminSecret({}, target, noDatabase)).rejects.toThrow(
      `The admin token in ${tokenFile} is 0 characters long; an admin token needs at least 16. Delete the file to have a new token made, or write a longer one into it.`,
    );
  });
  it('stops the start, naming the file, when the data folder cannot hold it', async () => {
    const { dir } = dataFolder();
    writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    const file = path.join(dir, 'not-a-folder', 'wiretrace.sqlite');
    await expect(loadAdminSecret({}, { file }, noDatabase)).rejects.toThrow(
      new RegExp(
        `^Cannot keep the admin token in ${path.join(dir, 'not-a-folder', 'admin-token')} \\(ENOTDIR.*\\)\\. Make the data folder writable, or set WIRETRACE_ADMIN_TOKEN\\.$`,
      ),
    );
  });
});

describe('the migration of the shared secrets', () => {
  it('creates server_secrets on SQLite too, where it stays empty', async () => {
    const db = await openDatabase(freshSqliteTarget());
    expect(await db.all('SELECT * FROM server_secrets')).toEqual([]);
    await db.close();
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('the generated admin token on PostgreSQL', () => {
  it('is kept in the database, so every server on it accepts the same one', async () => {
    const target = await freshPostgresTarget();
    const [serverA, serverB] = [await openDatabase(target), await openDatabase(target)];
    const [a, b] = await Promise.all([
      loadAdminSecret({}, target, async () => serverA),
      loadAdminSecret({}, target, async () => serverB),
    ]);
    expect(a.token).toBe(b.token);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a).toMatchObject({ source: 'database', where: serverA.location });
    const restarted = await loadAdminSecret({}, target, async () => serverA);
    expect(restarted).toEqual({ ...a, created: false });
    await Promise.all([serverA.close(), serverB.close()]);
  });
});
