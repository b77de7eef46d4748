/**
 * `npm run reliability` (not part of npm test): starts the production server on localhost and prints figures.
 *   1. Crash safety: a few hundred creates while the server is killed with SIGKILL mid-way; after a restart every
 *      acknowledged id must still open, and the database must pass PRAGMA integrity_check.
 *   2. Load: concurrent clients on the story page and the create API for a fixed time: requests per second,
 *      p50/p99 latency and errors (target: zero errors at 50 concurrent clients).
 *   3. Bad input: a table of bad requests to the API and each answer's status.
 *   4. Limits that clients cannot escape: creates and heavy reads with rotating X-Forwarded-For values (and a forged
 *      socket-address header), served directly and behind one trusted proxy; accepted counts must stay at the limit.
 *   5. Slow clients: headers or a body sent a few bytes at a time; the server must close them within its timeouts.
 * The server is scripts/serve.mjs, as `npm start` runs it. Traffic goes to 127.0.0.1 only; every loop is bounded
 * in count and time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
// @ts-expect-error -- a plain .mjs module without types, shared with npm start and npm test
import { ensureBuilt, ensureInstalled } from './lib/setup.mjs';
import { waitUntilUp } from './lib/wait-until-up';

const PORT = Number(process.env.RELIABILITY_PORT ?? 3217);
const BASE = `http://127.0.0.1:${PORT}`;
const CREATES = 300;
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CLIENTS = 50;
const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-reliability-'));
const wire = readFileSync('content/nato-nordkorea-kursk-2024-10/wire.txt', 'utf8');
const outlet = readFileSync('content/nato-nordkorea-kursk-2024-10/outlet-001.txt', 'utf8');

// The load and crash tests measure the server, not the limits: they raise both. Section 4 restores them.
const UNLIMITED = { WIRETRACE_CREATE_LIMIT: '1000000', WIRETRACE_READ_LIMIT: '1000000' };

function startServer(env: Record<string, string> = UNLIMITED): ChildProcess {
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(PORT), '--hostname', '127.0.0.1'],
    {
      env: {
        ...process.env,
        WIRETRACE_DATA_DIR: dataDir,
        NODE_ENV: 'production',
        ...env,
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
  await waitUntilUp(BASE);
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
  await waitUntilUp(BASE);
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
  await waitUntilUp(BASE);
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
  await waitUntilUp(BASE);
  const json = { 'content-type': 'application/json' };
  const cases: Array<[string, RequestInit]> = [
    ['malformed JSON', { method: 'POST', headers: json, body: '{"wire": ' }],
    [
      'not JSON (form data)',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'wire=x' },
    ],
    [
      'JSON-patch media type',
      { method: 'POST', headers: { 'content-type': 'application/json-patch+json' }, body: '{}' },
    ],
    ['JSON array', { method: 'POST', headers: json, body: '[]' }],
    ['lone surrogate', { method: 'POST', headers: json, body: '{"wire": "a\\ud800b", "outlets": ["y"]}' }],
    [
      'control chars in name',
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ title: 'T\u001b[2J', wire: 'x', outlets: [{ name: 'A\u0007', text: 'y' }] }),
      },
    ],
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

/** A random documentation-range address, as a client rotating X-Forwarded-For would send. */
function randomAddress(): string {
  return `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
}

/** Sends `count` requests within a minute, each with a fresh forged address; returns how many were accepted. */
async function rotatingAttempts(
  count: number,
  send: (forwarded: string) => Promise<Response>,
  accepted: number,
): Promise<{ accepted: number; refused: number; seconds: number }> {
  const started = performance.now();
  let ok = 0;
  let refused = 0;
  for (let i = 0; i < count; i += 8) {
    const batch = Array.from({ length: Math.min(8, count - i) }, async () => {
      const response = await send(randomAddress());
      await response.arrayBuffer();
      if (response.status === accepted) ok += 1;
      else if (response.status === 429) refused += 1;
    });
    await Promise.all(batch);
  }
  return { accepted: ok, refused, seconds: (performance.now() - started) / 1000 };
}

async function limitTest(): Promise<void> {
  const tiny = JSON.stringify({ wire: 'Berlin (dpa) - Ein Satz.', outlets: ['Ein Satz.'] });
  const attempts = 500;
  // One comparison to read, saved before the limits apply so every mode starts with a full allowance.
  const setup = startServer();
  await waitUntilUp(BASE);
  const id = await createOne(0);
  await kill(setup, 'SIGTERM');
  if (!id) throw new Error('could not save the comparison the read limit is measured on');
  console.log(`4. Limits with rotating X-Forwarded-For (${attempts} attempts each, within a minute)`);
  console.log('   mode             what             limit  accepted  refused (429)  seconds');
  for (const [mode, env, chain] of [
    ['direct (socket)', {}, (forged: string) => forged],
    ['1 trusted proxy', { WIRETRACE_TRUST_PROXY: '1' }, (forged: string) => `${forged}, 203.0.113.9`],
  ] as const) {
    const server = startServer(env);
    await waitUntilUp(BASE);
    const headers = (forged: string) => ({
      'content-type': 'application/json',
      'x-forwarded-for': chain(forged),
      // A forged copy of the header scripts/serve.mjs sets: it must be overwritten.
      'x-wiretrace-socket-address': forged,
    });
    const creates = await rotatingAttempts(
      attempts,
      (forged) => fetch(`${BASE}/api/comparisons`, { method: 'POST', headers: headers(forged), body: tiny }),
      201,
    );
    const reads = await rotatingAttempts(
      attempts,
      (forged) => fetch(`${BASE}/api/comparisons/${id}`, { headers: headers(forged) }),
      200,
    );
    await kill(server, 'SIGTERM');
    for (const [what, limit, result] of [
      ['creates', 20, creates],
      ['comparison reads', 120, reads],
    ] as const)
      console.log(
        `   ${mode.padEnd(16)} ${what.padEnd(16)} ${String(limit).padStart(5)}  ${String(result.accepted).padStart(8)}  ${String(result.refused).padStart(13)}  ${result.seconds.toFixed(1).padStart(7)}`,
      );
  }
}

/** Opens a connection that trickles headers or a body; resolves with the seconds until the server closed it. */
function trickle(kind: 'headers' | 'body', giveUpSeconds: number): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, '127.0.0.1');
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, giveUpSeconds * 1000);
    socket.on('connect', () => {
      socket.write(
        kind === 'headers'
          ? 'GET / HTTP/1.1\r\nHost: localhost\r\n'
          : 'POST /api/comparisons HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{',
      );
      timer = setInterval(() => socket.write(kind === 'headers' ? 'X-Slow: 1\r\n' : ' '), 1000);
    });
    socket.on('data', () => {}); // the 408 answer
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve((performance.now() - started) / 1000);
    });
  });
}

async function slowClientTest(): Promise<void> {
  const server = startServer();
  await waitUntilUp(BASE);
  const [headers, body] = await Promise.all([trickle('headers', 90), trickle('body', 90)]);
  await kill(server, 'SIGTERM');
  const show = (seconds: number | null) =>
    seconds === null ? 'still open after 90 s' : `closed after ${seconds.toFixed(1)} s`;
  console.log('5. Slow clients (one byte a second)');
  console.log(`   headers trickled   ${show(headers)} (headers timeout 10 s)`);
  console.log(`   body trickled      ${show(body)} (request timeout 30 s)`);
}

async function main() {
  if (!ensureInstalled() || !ensureBuilt()) throw new Error('install or build failed');
  if (await isListening())
    throw new Error(`port ${PORT} is in use: stop what runs there or set RELIABILITY_PORT`);
  console.log(`Wiretrace reliability, server on ${BASE}, data in ${dataDir}\n`);
  await crashTest();
  await loadTest();
  await badInputs();
  await limitTest();
  await slowClientTest();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
