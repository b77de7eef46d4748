// Section 6: small requests while a heavy comparison is viewed. A comparison at the documented limits (20 outlets
// × 200,000 characters) is saved, then viewed: first alone (its alignment runs), then by five clients at once,
// while four other clients keep asking for small pages. Target: small requests keep a p99 of 200 ms or less.
import { readFileSync } from 'node:fs';
import { syntheticComparison } from '../lib/synthetic-comparison';
import { BASE, kill, startServer } from './server-process';
import { percentile } from '../lib/percentile';
import { waitUntilUp } from '../lib/wait-until-up';
import { timedGet as timedGetFrom, whileSmallRequests } from './small-requests';

const OUTLETS = 20;
const MAX_CHARS = 200_000;
const SMALL_CLIENTS = 4;

function residentMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

async function save(body: unknown): Promise<string> {
  const response = await fetch(`${BASE}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`saving failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

const timedGet = (url: string) => timedGetFrom(BASE, url);

export async function heavyViewTest(): Promise<void> {
  const server = startServer();
  await waitUntilUp(BASE);
  const texts = syntheticComparison(OUTLETS, MAX_CHARS);
  const t0 = performance.now();
  const heavyId = await save(texts);
  const saveMs = performance.now() - t0;
  const smallId = await save({
    title: 'Small comparison',
    wire: texts.wire.slice(0, 1500),
    outlets: [texts.outlets[0]!.text.slice(0, 1500)],
  });
  const smallUrls = ['/', `/c/${smallId}`, `/api/comparisons/${smallId}`];
  await timedGet(`/c/${smallId}`); // the small page's own first view is not what is measured
  const memoryBefore = residentMegabytes(server.pid!);

  const views = (paths: string[], readers: number) =>
    Promise.all(
      Array.from({ length: readers }, async () => {
        const answers = [];
        for (const url of paths) answers.push(await timedGet(url));
        return answers;
      }),
    ).then((all) => all.flat());
  const parts = [1, 2, 3, 4].map((n) => `/c/${heavyId}?rows=${n}`);
  const phases: Array<[string, () => Promise<Array<{ ms: number; status: number; bytes: number }>>]> = [
    ['no heavy view (baseline)', () => new Promise((resolve) => setTimeout(() => resolve([]), 5000))],
    ['first view of the heavy comparison', () => views([`/c/${heavyId}`], 1)],
    ['5 readers × 4 parts side by side', () => views(parts, 5)],
    [
      '5 readers × 4 parts, wire view',
      () =>
        views(
          parts.map((p) => p.replace('?', '/wire?')),
          5,
        ),
    ],
    ['5 readers of its overview', () => views([`/c/${heavyId}/overview`], 5)],
    ['5 readers of one outlet view', () => views([`/c/${heavyId}/outlets/outlet-1`], 5)],
  ];
  console.log(
    `6. Small requests while a heavy comparison (${OUTLETS} outlets × ${MAX_CHARS.toLocaleString('en')} characters, saved in ${(saveMs / 1000).toFixed(1)} s) is viewed; ${SMALL_CLIENTS} small clients`,
  );
  console.log(
    '   phase                                 heavy answers                      small p50   p99   max  errors',
  );
  for (const [name, heavy] of phases) {
    const { result, times, errors } = await whileSmallRequests(BASE, smallUrls, heavy, {
      clients: SMALL_CLIENTS,
    });
    const ok = result.filter((r) => r.status === 200).length;
    const answers =
      result.length === 0
        ? '—'
        : `${ok}/${result.length} ok, slowest ${(Math.max(...result.map((r) => r.ms)) / 1000).toFixed(1)} s, ${(Math.max(...result.map((r) => r.bytes)) / 1e6).toFixed(1)} MB`;
    console.log(
      `   ${name.padEnd(37)} ${answers.padEnd(34)} ${percentile(times, 50).toFixed(0).padStart(5)} ${percentile(times, 99).toFixed(0).padStart(5)} ${Math.max(
        ...times,
      )
        .toFixed(0)
        .padStart(5)}  ${errors} of ${times.length}`,
    );
  }
  console.log(
    `   server memory: ${memoryBefore.toFixed(0)} MB resident before the heavy comparison was viewed, ${residentMegabytes(server.pid!).toFixed(0)} MB after`,
  );
  await kill(server, 'SIGTERM');
  // Saved comparisons' alignments are stored: after a restart the first view reads instead of aligning.
  const restarted = startServer();
  await waitUntilUp(BASE);
  const again = await timedGet(`/c/${heavyId}`);
  console.log(
    `   first view after a restart (stored alignment read back): ${again.status} in ${(again.ms / 1000).toFixed(1)} s`,
  );
  await kill(restarted, 'SIGTERM');
}
