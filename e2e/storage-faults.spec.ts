import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { waitUntilUp } from '../scripts/lib/wait-until-up';

// Storage faults need a database of their own: a lock held on the shared e2e database would fail other tests'
// saves. Each test starts the production server (scripts/serve.mjs) on its own port and data folder.
const PORT = Number(process.env.E2E_FAULTS_PORT ?? 3191);
const BASE = `http://127.0.0.1:${PORT}`;
const body = JSON.stringify({
  wire: 'Berlin (dpa) - Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.',
  outlets: ['Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, wie die Agentur meldet.'],
});

function serve(dataDir: string): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(PORT), '--hostname', '127.0.0.1'],
    {
      env: { ...process.env, NODE_ENV: 'production', WIRETRACE_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

const save = () =>
  fetch(`${BASE}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

test.describe.configure({ mode: 'serial' });

test('a database locked by another process: 503 with a JSON error and Retry-After, pages still served', async () => {
  test.setTimeout(60_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-e2e-faults-'));
  const server = serve(dataDir);
  try {
    await waitUntilUp(BASE);
    const lock = new Database(path.join(dataDir, 'wiretrace.sqlite'));
    lock.exec('BEGIN IMMEDIATE');
    const refused = save();
    // While the save waits for the lock, the server answers others.
    const started = Date.now();
    expect((await fetch(`${BASE}/`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1500);
    const answer = await refused;
    lock.exec('ROLLBACK');
    lock.close();
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await answer.json()) as { error: string }).error).toMatch(/is busy: another process is writing/);
    expect((await save()).status).toBe(201);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

test('a damaged database at start: the server exits non-zero, naming the file and the fix', async () => {
  test.setTimeout(60_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-e2e-faults-'));
  const file = path.join(dataDir, 'wiretrace.sqlite');
  writeFileSync(file, 'This is not a database. '.repeat(200));
  const server = serve(dataDir);
  const code = await Promise.race([
    server.exited,
    new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 30_000)),
  ]);
  if (code === 'running') server.child.kill('SIGTERM');
  expect(code).toBe(1);
  expect(server.output()).toContain(`Wiretrace cannot start: The database ${file} is damaged`);
  expect(server.output()).toMatch(/Restore it from a backup/);
});
