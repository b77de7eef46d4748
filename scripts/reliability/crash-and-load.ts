// Sections 1 and 2: crash safety (SIGKILL during a burst of creates; every acknowledged id must open after a
// restart, and the database must pass integrity_check) and load (concurrent clients on the story page and the
// create API: requests per second, p50/p99 latency, errors; target zero errors at 50 clients).
import path from 'node:path';
import Database from 'better-sqlite3';
import { waitUntilUp } from '../lib/wait-until-up';
import { BASE, createOne, dataDir, kill, seedOutlet, seedWire, startServer } from './server-process';
import { percentile } from '../lib/percentile';

const CREATES = 300;
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CLIENTS = 50;

export async function crashTest(): Promise<void> {
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
      const id = await createOne(`Crash test ${i}`);
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

export async function loadTest(): Promise<void> {
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
              body: JSON.stringify({ wire: seedWire, outlets: [seedOutlet] }),
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
