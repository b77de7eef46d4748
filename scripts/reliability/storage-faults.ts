// Section 7: storage faults, each as the server meets them.
//   - A locked database: another process holds the write lock; a create must answer 503 with a JSON error and
//     Retry-After after a bounded wait, while small requests keep being served (writes never block the loop).
//   - A full disk: a small tmpfs (when this runs as root) filled with saves until the disk refuses; otherwise, or
//     with RELIABILITY_NO_MOUNT=1, simulated with a file-size limit (ulimit -f). Refusals must be 503s and no acknowledged save may be lost.
//   - A read-only data folder (a tmpfs remounted read-only, root only), a damaged database and a zero-byte one at
//     start-up: the server must exit non-zero naming the file and the fix, or, for the empty file, say so and run.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { waitUntilUp } from '../lib/wait-until-up';
import {
  BASE,
  createOne,
  exited,
  kill,
  seedOutlet,
  seedWire,
  startServer,
  startServerWithOutput,
  UNLIMITED,
} from './server-process';
import { percentile } from '../lib/percentile';

const canMount = process.getuid?.() === 0 && !process.env.RELIABILITY_NO_MOUNT;
const row = (what: string, result: string) => console.log(`   ${what.padEnd(30)} ${result}`);

/** Saves a comparison of the seed wire and `outlet`: the answer's status, Retry-After, error and the saved id. */
async function createAnswer(outlet = seedOutlet): Promise<{
  status: number;
  retryAfter: string | null;
  error: string;
  id?: string;
  ms: number;
}> {
  const t0 = performance.now();
  const response = await fetch(`${BASE}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ wire: seedWire, outlets: [outlet] }),
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string; id?: string };
  return {
    ...(body.id ? { id: body.id } : {}),
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    error: body.error ?? '(no JSON error)',
    ms: performance.now() - t0,
  };
}

const describe = (a: Awaited<ReturnType<typeof createAnswer>>) =>
  `${a.status}, Retry-After ${a.retryAfter ?? '—'}, after ${(a.ms / 1000).toFixed(1)} s: “${a.error.slice(0, 70)}”`;

async function lockedDatabase(dataDir: string): Promise<void> {
  const server = startServer({ ...UNLIMITED, WIRETRACE_DATA_DIR: dataDir });
  await waitUntilUp(BASE);
  const lock = new Database(path.join(dataDir, 'wiretrace.sqlite'));
  lock.exec('BEGIN IMMEDIATE');
  const small: number[] = [];
  let running = true;
  const smallClient = async () => {
    while (running) {
      const t0 = performance.now();
      await fetch(`${BASE}/`).then((r) => r.arrayBuffer());
      small.push(performance.now() - t0);
    }
  };
  const clients = [smallClient(), smallClient()];
  const refused = await createAnswer();
  running = false;
  await Promise.all(clients);
  lock.exec('ROLLBACK');
  lock.close();
  const after = await createAnswer();
  await kill(server, 'SIGTERM');
  row('locked: create', describe(refused));
  row(
    'locked: home page meanwhile',
    `p99 ${percentile(small, 99).toFixed(0)} ms over ${small.length} requests`,
  );
  row('locked: create once released', `${after.status}`);
}

/** Fills the data folder's disk with saves; prints how the server answered and whether every save survived. */
async function fullDisk(dataDir: string, how: string, fileSizeLimitKb?: number): Promise<void> {
  const server = startServer({ ...UNLIMITED, WIRETRACE_DATA_DIR: dataDir }, fileSizeLimitKb);
  await waitUntilUp(BASE);
  const acknowledged: string[] = [];
  let refusal: Awaited<ReturnType<typeof createAnswer>> | null = null;
  const bigOutlet = `${seedOutlet}\n\n`.repeat(8);
  for (let i = 0; i < 400 && !refusal; i += 1) {
    const answer = await createAnswer(bigOutlet);
    if (answer.status === 201 && answer.id) acknowledged.push(answer.id);
    else refusal = answer;
  }
  const home = (await fetch(`${BASE}/`)).status;
  const read = acknowledged[0] ? (await fetch(`${BASE}/api/comparisons/${acknowledged[0]}`)).status : 0;
  await kill(server, 'SIGTERM');
  // Every acknowledged save must be in the file: copy it somewhere roomy and look.
  const roomy = mkdtempSync(path.join(tmpdir(), 'wiretrace-after-full-'));
  for (const suffix of ['', '-wal'])
    try {
      copyFileSync(
        path.join(dataDir, `wiretrace.sqlite${suffix}`),
        path.join(roomy, `wiretrace.sqlite${suffix}`),
      );
    } catch {
      // no WAL file left: it was checkpointed
    }
  const db = new Database(path.join(roomy, 'wiretrace.sqlite'));
  const stored = new Set(
    (db.prepare('SELECT id FROM comparisons').all() as Array<{ id: string }>).map((r) => r.id),
  );
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  rmSync(roomy, { recursive: true, force: true });
  const lost = acknowledged.filter((id) => !stored.has(id)).length;
  row(`full disk (${how}): saves`, `${acknowledged.length} acknowledged before the disk refused`);
  row('full disk: create', refusal ? describe(refusal) : 'never refused (the disk did not fill)');
  row('full disk: reads meanwhile', `home page ${home}, a saved comparison ${read}`);
  row('full disk: after', `${lost} acknowledged saves lost; integrity_check: ${integrity}`);
}

/** Starts the server on `dataDir`; how it ended (or that it serves) and what it said. */
async function startUp(dataDir: string): Promise<string> {
  const server = startServerWithOutput({ ...UNLIMITED, WIRETRACE_DATA_DIR: dataDir });
  const outcome = await Promise.race([
    exited(server.child).then((code) => `exited with status ${code}`),
    waitUntilUp(BASE, 30_000).then(
      () => 'serves',
      () => 'neither served nor exited within 30 s',
    ),
  ]);
  if (outcome === 'serves') await kill(server.child, 'SIGTERM');
  const said = server
    .output()
    .split('\n')
    .find((line) => /cannot start|warning/i.test(line));
  return `${outcome}${said ? `: “${said.trim().slice(0, 150)}”` : ', saying nothing about the database'}`;
}

function withTmpfs<T>(sizeMb: number, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
  if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
  return work(dir).finally(() => {
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });
}

export async function storageFaultTest(): Promise<void> {
  console.log('7. Storage faults');
  const fresh = () => mkdtempSync(path.join(tmpdir(), 'wiretrace-faults-'));
  await lockedDatabase(fresh());

  if (canMount) await withTmpfs(3, (dir) => fullDisk(dir, 'a 3 MB tmpfs'));
  else await fullDisk(fresh(), 'simulated: ulimit -f 3 MB', 3 * 1024);

  // A damaged database: a real one cut in half.
  const damaged = fresh();
  const seeded = startServer({ ...UNLIMITED, WIRETRACE_DATA_DIR: damaged });
  await waitUntilUp(BASE);
  for (let i = 0; i < 40; i += 1) await createOne(`Damage ${i}`);
  await kill(seeded, 'SIGTERM');
  const file = path.join(damaged, 'wiretrace.sqlite');
  const walLeft = existsSync(`${file}-wal`);
  truncateSync(file, Math.floor(readFileSync(file).length / 2));
  row('stopped server leaves', walLeft ? 'a write-ahead log beside the file' : 'one self-contained file');
  row('truncated database at start', await startUp(damaged));

  const garbage = fresh();
  writeFileSync(path.join(garbage, 'wiretrace.sqlite'), 'This is not a database. '.repeat(200));
  row('not a database at start', await startUp(garbage));

  const empty = fresh();
  writeFileSync(path.join(empty, 'wiretrace.sqlite'), '');
  row('zero-byte database at start', await startUp(empty));

  if (canMount)
    await withTmpfs(8, async (dir) => {
      mkdirSync(path.join(dir, 'data'));
      const server = startServer({ ...UNLIMITED, WIRETRACE_DATA_DIR: path.join(dir, 'data') });
      await waitUntilUp(BASE);
      await kill(server, 'SIGTERM');
      const remounted = spawnSync('mount', ['-o', 'remount,ro', dir]);
      if (remounted.status !== 0) throw new Error(`remount read-only failed: ${remounted.stderr}`);
      row('read-only data folder at start', await startUp(path.join(dir, 'data')));
    });
  else row('read-only data folder at start', 'skipped: needs root to mount a read-only tmpfs');
}
