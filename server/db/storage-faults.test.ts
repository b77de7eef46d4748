import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqlite } from './sqlite-driver';
import { checkDatabase, emptyFileWarning } from './startup-check';
import { StorageFault, storageFaultOf } from './storage-faults';

const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'wiretrace-faults-')), 'wiretrace.sqlite');

describe('a database locked by another process', () => {
  it('waits without blocking the event loop, and writes once the lock is given back', async () => {
    const file = fresh();
    const db = openSqlite(file);
    const other = new BetterSqlite3(file);
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    setTimeout(() => other.exec('COMMIT'), 300);
    await db.run(
      "INSERT INTO jobs (kind, status, started_at, updated_at) VALUES ('import', 'done', 'x', 'x')",
    );
    clearInterval(timer);
    // The write waited about 300 ms, during which timers kept firing: the event loop was never blocked.
    expect(ticks).toBeGreaterThan(20);
    expect((await db.all('SELECT id FROM jobs')).length).toBe(1);
    other.close();
    await db.close();
  });
  it('gives up after the wait with a fault that says so and when to retry', async () => {
    const file = fresh();
    const db = openSqlite(file);
    const other = new BetterSqlite3(file);
    other.exec('BEGIN IMMEDIATE');
    const write = db.run(
      "INSERT INTO jobs (kind, status, started_at, updated_at) VALUES ('import', 'done', 'x', 'x')",
    );
    await expect(write).rejects.toThrow(StorageFault);
    await expect(write).rejects.toThrow(/is busy: another process is writing to it/);
    other.exec('ROLLBACK');
    other.close();
    await db.close();
  }, 10_000);
});

describe('storageFaultOf', () => {
  it('says a full disk, a read-only database and a damaged file plainly, and leaves query errors alone', () => {
    const fault = (code: string) =>
      storageFaultOf(Object.assign(new Error(code), { code }), '/data/w.sqlite');
    expect(fault('SQLITE_FULL')?.message).toBe(
      'The disk holding /data/w.sqlite is full: nothing was saved. Free some space and try again.',
    );
    expect(fault('SQLITE_READONLY_DIRECTORY')?.message).toMatch(/is read-only: nothing was saved/);
    expect(fault('SQLITE_CORRUPT')?.retryAfterSeconds).toBe(300);
    // A folder that cannot be written (a read-only mount) fails at open, as SQLITE_CANTOPEN.
    expect(fault('SQLITE_CANTOPEN')?.message).toMatch(
      /^The database \/data\/w.sqlite cannot be opened \(SQLITE_CANTOPEN\): its folder must exist and be writable/,
    );
    expect(fault('SQLITE_ERROR')).toBeNull();
  });
});

describe('a stopped process', () => {
  it('leaves one self-contained database file: the write-ahead log is checkpointed on exit', () => {
    const file = fresh();
    const script = `
      import { openSqlite } from './server/db/sqlite-driver.ts';
      const db = openSqlite(${JSON.stringify(file)});
      await db.run("INSERT INTO jobs (kind, status, started_at, updated_at) VALUES ('import', 'done', 'x', 'x')");
      process.exit(0);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM jobs').get()).toEqual({ n: 1 });
    copy.close();
  });
});

describe('the start-up check', () => {
  it('passes a healthy database', async () => {
    const db = openSqlite(fresh());
    expect(await checkDatabase(db)).toEqual([]);
    await db.close();
  });
  it('refuses a truncated database file with a message naming it', async () => {
    const file = fresh();
    const healthy = openSqlite(file);
    for (let i = 0; i < 200; i += 1)
      await healthy.run(
        'INSERT INTO comparisons (id, created_at, title, wire_text, outlets_json) VALUES (?, ?, ?, ?, ?)',
        [`id-${i}`, 'x', 't', 'Wire text. '.repeat(100), '[]'],
      );
    await healthy.close();
    truncateSync(file, statSync(file).size / 2);
    let problems: string[];
    try {
      const damaged = openSqlite(file);
      problems = await checkDatabase(damaged);
      await damaged.close();
    } catch (error) {
      problems = [(error as Error).message];
    }
    expect(problems.join(' ')).toContain(file);
    expect(problems.join(' ')).toMatch(/integrity check|damaged|malformed|Cannot open/);
  });
  it('warns about a database file that was empty', () => {
    expect(emptyFileWarning('/data/w.sqlite', 0)).toMatch(/was an empty file \(0 bytes\)/);
    expect(emptyFileWarning('/data/w.sqlite', null)).toBeNull();
    expect(emptyFileWarning('/data/w.sqlite', 4096)).toBeNull();
  });
});
