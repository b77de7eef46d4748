/**
 * `npm run reliability` (not part of npm test): starts the production server on localhost and prints figures.
 *   1. Crash safety: a few hundred creates while the server is killed with SIGKILL mid-way; after a restart every
 *      acknowledged id must still open, and the database must pass PRAGMA integrity_check.
 *   2. Load: concurrent clients on the story page and the create API for a fixed time: requests per second,
 *      p50/p99 latency and errors (target: zero errors at 50 concurrent clients).
 *   3. Bad input: a table of bad requests to the API and each answer's status.
 * Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
// @ts-expect-error -- a plain .mjs module without types, shared with npm start and npm test
import { ensureBuilt, ensureInstalled } from './lib/setup.mjs';

const PORT = Number(process.env.RELIABILITY_PORT ?? 3217);
const BASE = `http://127.0.0.1:${PORT}`;
const CREATES = 300;
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CLIENTS = 50;
const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-reliability-'));
const wire = readFileSync('content/nato-nordkorea-kursk-2024-10/wire.txt', 'utf8');
const outlet = readFileSync('content/nato-nordkorea-kursk-2024-10/outlet-001.txt', 'utf8');

function startServer(): ChildProcess {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT), '--hostname', '127.0.0.1'],
    {
      env: {
        ...process.env,
        WIRETRACE_DATA_DIR: dataDir,
        WIRETRACE_CREATE_LIMIT: '1000000',
        NODE_ENV: 'production',
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  return child;
}

async function isListening(): Promise<boolean> {
  try {
    await fetch(`${BASE}/`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

async function waitUntilUp(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start within 30 s');
}

/** Signals the server's process group and waits until it has exited (and freed the port). */
async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, signal);
  } catch {
    return; // already gone
  }
  await exited;
  for (let i = 0; i < 50 && (await isListening()); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

async function createOne(i: number): Promise<string | null> {
  try {
    const response = await fetch(`${BASE}/api/comparisons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Crash test ${i}`, wire, outlets: [{ name: 'A', text: outlet }] }),
    });
    if (response.status !== 201) return null;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return null;
  }
}

async function crashTest(): Promise<void> {
  let server = startServer();
  await waitUntilUp();
  const acknowledged: string[] = [];
  let next = 0;
  let killedAt = -1;
  const worker = async () => {
    while (next < CREATES) {
      const i = next++;
      if (i === CREATES / 2 && killedAt < 0) {
        killedAt = acknowledged.length;
        await kill(server, 'SIGKILL');
      }
      const id = await createOne(i);
      if (id) acknowledged.push(id);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  server = startServer();
  await waitUntilUp();
  let missing = 0;
  for (const id of acknowledged)
    if ((await fetch(`${BASE}/api/comparisons/${id}`)).status !== 200) missing += 1;
  await kill(server, 'SIGTERM');
  const db = new Database(path.join(dataDir, 'wiretrace.sqlite'), { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true });
  const rows = (db.prepare('SELECT count(*) AS n FROM comparisons').get() as { n: number }).n;
  db.close();
  console.log('1. Crash safety (SIGKILL mid-way)');
  console.log(
    `   creates sent ${CREATES}, acknowledged ${acknowledged.length} (${killedAt} before the kill), refused while down ${CREATES - acknowledged.length}`,
  );
  console.log(
    `   after restart: ${acknowledged.length - missing} of ${acknowledged.length} acknowledged ids open, ${missing} lost; rows on disk ${rows}; integrity_check: ${integrity}`,
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function loadTest(): Promise<void> {
  const server = startServer();
  await waitUntilUp();
  const stats = { page: [] as number[], create: [] as number[], pageErrors: 0, createErrors: 0 };
  const end = Date.now() + LOAD_SECONDS * 1000;
  const client = async (n: number) => {
    for (let i = 0; Date.now() < end && i < 100_000; i += 1) {
      const isCreate = (i + n) % 5 === 0;
      const t0 = performance.now();
      try {
        const response = isCreate
          ? await fetch(`${BASE}/api/comparisons`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ wire, outlets: [outlet] }),
            })
          : await fetch(`${BASE}/stories/nato-nordkorea-kursk-2024-10`);
        await response.arrayBuffer();
        const ok = isCreate ? response.status === 201 : response.status === 200;
        if (!ok) stats[isCreate ? 'createErrors' : 'pageErrors'] += 1;
      } catch {
        stats[isCreate ? 'createErrors' : 'pageErrors'] += 1;
      }
      stats[isCreate ? 'create' : 'page'].push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  const seconds = (performance.now() - started) / 1000;
  await kill(server, 'SIGTERM');
  console.log(`2. Load: ${CLIENTS} concurrent clients for ${LOAD_SECONDS} s (4 page loads to 1 create)`);
  for (const [name, times, errors] of [
    ['story page', stats.page, stats.pageErrors],
    ['create API', stats.create, stats.createErrors],
  ] as const) {
    console.log(
      `   ${name.padEnd(10)} ${(times.length / seconds).toFixed(0).padStart(5)} req/s  p50 ${percentile(times, 50).toFixed(0)} ms  p99 ${percentile(times, 99).toFixed(0)} ms  errors ${errors} of ${times.length}`,
    );
  }
}

async function badInputs(): Promise<void> {
  const server = startServer();
  await waitUntilUp();
  const json = { 'content-type': 'application/json' };
  const cases: Array<[string, RequestInit]> = [
    ['malformed JSON', { method: 'POST', headers: json, body: '{"wire": ' }],
    [
      'not JSON (form data)',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'wire=x' },
    ],
    ['JSON array', { method: 'POST', headers: json, body: '[]' }],
    ['missing wire', { method: 'POST', headers: json, body: JSON.stringify({ outlets: ['x'] }) }],
    ['no outlets', { method: 'POST', headers: json, body: JSON.stringify({ wire: 'x', outlets: [] }) }],
    ['empty texts', { method: 'POST', headers: json, body: JSON.stringify({ wire: ' ', outlets: [''] }) }],
    [
      '21 outlets',
      { method: 'POST', headers: json, body: JSON.stringify({ wire: 'x', outlets: Array(21).fill('y') }) },
    ],
    [
      'text over 200,000 chars',
      { method: 'POST', headers: json, body: JSON.stringify({ wire: 'x'.repeat(200_001), outlets: ['y'] }) },
    ],
    [
      'binary (NUL) text',
      { method: 'POST', headers: json, body: JSON.stringify({ wire: 'a\u0000b', outlets: ['y'] }) },
    ],
    ['invalid UTF-8 body', { method: 'POST', headers: json, body: Buffer.from([0x7b, 0xff, 0x7d]) }],
    ['6 MB body', { method: 'POST', headers: json, body: 'x'.repeat(6 * 1024 * 1024) }],
    [
      'script in a name',
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ wire: 'x', outlets: [{ name: '<script>alert(1)</script>', text: 'y' }] }),
      },
    ],
  ];
  console.log('3. Bad input');
  for (const [name, init] of cases) {
    const response = await fetch(`${BASE}/api/comparisons`, init);
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    console.log(
      `   ${String(response.status).padEnd(4)} ${name.padEnd(24)} ${(body.error ?? '').slice(0, 90)}`,
    );
  }
  for (const url of [
    '/api/comparisons/AAAAAAAAAAAAAAAAAAAAAA',
    '/api/comparisons/..%2F..%2Fetc',
    '/c/unknown',
    '/api/stories/nope?format=xml',
  ]) {
    console.log(`   ${String((await fetch(BASE + url)).status).padEnd(4)} GET ${url}`);
  }
  await kill(server, 'SIGTERM');
}

async function main() {
  if (!ensureInstalled() || !ensureBuilt()) throw new Error('install or build failed');
  if (await isListening())
    throw new Error(`port ${PORT} is in use: stop what runs there or set RELIABILITY_PORT`);
  console.log(`Wiretrace reliability, server on ${BASE}, data in ${dataDir}\n`);
  await crashTest();
  await loadTest();
  await badInputs();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
