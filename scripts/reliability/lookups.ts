// Section 8: "Find the source" and full exports under bursts, while four clients keep requesting small pages
// (target: small-request p99 of 200 ms or less), and `open: true` past the create limit. The archive — 2,000
// synthetic wires, one wire of about 230,000 characters and 600 articles — is imported with `wiretrace import`
// into this section's own data folder. The server trusts one proxy hop, so each client is an X-Forwarded-For.
//   a. 80 lookups of 150,000 characters from one client, 8 at a time: the per-client limit a minute.
//   b. 80 from 8 clients, 8 at a time: the bound on lookups running at once.
//   c. 200 of 199,000 characters from 20 clients, 20 at a time: the audit's longer burst.
//   d. 200 full CSV exports from one client, 20 at a time; and from 20 clients.
//   e. `open: true` 30 times from one client with a found source: created with a delete secret up to the create
//      limit, then refused; a plain create after it is refused too (one count); a lone surrogate is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateArchive, loadVocabulary } from '../corpus-bench/generate';
import { percentile } from '../lib/percentile';
import { syntheticComparison } from '../lib/synthetic-comparison';
import { waitUntilUp } from '../lib/wait-until-up';
import { BASE, kill, startServer } from './server-process';
import { whileSmallRequests } from './small-requests';

const SMALL_CLIENT = { 'x-forwarded-for': '203.0.113.200' };
const client = (n: number) => `198.51.100.${n + 1}`;

/** The section's archive, imported as a user would; returns its data folder and the texts to look up. */
function importArchive() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-reliability-lookups-'));
  const archive = generateArchive(
    { wireItems: 2000, derivedArticles: 300, independentArticles: 300, seed: 8 },
    loadVocabulary(),
  );
  const long = syntheticComparison(1, 230_000, 31);
  const wires = [
    ...archive.wires,
    { id: 'long-wire', text: long.wire, title: 'Ein langer Text', published: '2024-10-28T10:00:00Z' },
  ];
  const jsonl = (items: object[]) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
  writeFileSync(path.join(dataDir, 'wires.jsonl'), jsonl(wires));
  writeFileSync(path.join(dataDir, 'articles.jsonl'), jsonl(archive.articles.map((a) => a.article)));
  const imported = spawnSync(
    process.execPath,
    ['bin/wiretrace.mjs', 'import', '--wires', 'wires.jsonl', '--articles', 'articles.jsonl'].map((arg) =>
      arg.endsWith('.jsonl') ? path.join(dataDir, arg) : arg,
    ),
    { env: { ...process.env, WIRETRACE_DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  if (imported.status !== 0) throw new Error(`wiretrace import failed: ${imported.stderr}`);
  const article = long.outlets[0]!.text;
  // A short article copied from one wire: its source is found, so `open` saves a comparison.
  const short = archive.wires[0]!.text.split('\n\n').slice(0, 3).join('\n\n');
  return { dataDir, article150: article.slice(0, 150_000), article199: article.slice(0, 199_000), short };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

async function post(url: string, body: unknown, from: string): Promise<Answer> {
  const response = await fetch(BASE + url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  };
}

async function exportAll(from: string): Promise<Answer> {
  const response = await fetch(`${BASE}/api/articles?format=csv`, { headers: { 'x-forwarded-for': from } });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: {} };
}

/** Sends `count` requests `concurrency` at a time (a wave waits for its slowest); counts the answers. */
async function burst(count: number, concurrency: number, send: (i: number) => Promise<Answer>) {
  const statuses = new Map<number, number>();
  let refusedWithoutRetry = 0;
  const started = performance.now();
  for (let i = 0; i < count; i += concurrency) {
    const wave = Array.from({ length: Math.min(concurrency, count - i) }, (_, j) => send(i + j));
    for (const answer of await Promise.all(wave)) {
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if ((answer.status === 429 || answer.status === 503) && !answer.retryAfter) refusedWithoutRetry += 1;
    }
  }
  return { statuses, refusedWithoutRetry, seconds: (performance.now() - started) / 1000 };
}

async function save(body: unknown): Promise<string> {
  const answer = await post('/api/comparisons', body, '203.0.113.201');
  if (answer.status !== 201)
    throw new Error(`saving failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

export async function lookupTest(): Promise<void> {
  const { dataDir, article150, article199, short } = importArchive();
  const env = { WIRETRACE_DATA_DIR: dataDir, WIRETRACE_TRUST_PROXY: '1', WIRETRACE_READ_LIMIT: '1000000' };
  let server = startServer({ ...env, WIRETRACE_CREATE_LIMIT: '1000000' });
  await waitUntilUp(BASE);
  const smallId = await save({ title: 'Small', wire: short, outlets: [short.slice(0, 400)] });
  const smallUrls = ['/', `/c/${smallId}`, `/api/comparisons/${smallId}`];
  // First views load each route's code and align the small comparison: what is measured is the steady state.
  await fetch(`${BASE}/c/${smallId}`, { headers: SMALL_CLIENT });
  await post('/api/sources', { text: article150 }, client(99));
  await exportAll(client(99));

  const idle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return { statuses: new Map<number, number>(), refusedWithoutRetry: 0, seconds: 5 };
  };
  const phases: Array<[string, () => ReturnType<typeof burst>]> = [
    ['   no burst (baseline, 5 s)', idle],
    [
      'a. 80 lookups × 150,000 chars, 1 client, 8 at a time',
      () => burst(80, 8, () => post('/api/sources', { text: article150 }, client(0))),
    ],
    [
      'b. 80 lookups × 150,000 chars, 8 clients, 8 at a time',
      () => burst(80, 8, (i) => post('/api/sources', { text: article150 }, client(10 + (i % 8)))),
    ],
    [
      'c. 200 lookups × 199,000 chars, 20 clients, 20 at a time',
      () => burst(200, 20, (i) => post('/api/sources', { text: article199 }, client(20 + (i % 20)))),
    ],
    ['d. 200 full CSV exports, 1 client, 20 at a time', () => burst(200, 20, () => exportAll(client(50)))],
    [
      '   200 full CSV exports, 20 clients, 20 at a time',
      () => burst(200, 20, (i) => exportAll(client(60 + (i % 20)))),
    ],
  ];
  console.log(
    '8. Find the source and full exports under bursts; 4 small clients on /, a small comparison and its JSON',
  );
  console.log(
    '   burst                                                     200   429   503 other  no Retry-After  seconds | small p50   p99   max errors',
  );
  for (const [name, run] of phases) {
    const { result, times, errors } = await whileSmallRequests(BASE, smallUrls, run, {
      headers: SMALL_CLIENT,
    });
    const count = (status: number) => String(result.statuses.get(status) ?? 0).padStart(5);
    const other = [...result.statuses]
      .filter(([s]) => ![200, 429, 503].includes(s))
      .reduce((n, [, c]) => n + c, 0);
    console.log(
      `   ${name.padEnd(56)} ${count(200)} ${count(429)} ${count(503)} ${String(other).padStart(5)} ${String(result.refusedWithoutRetry).padStart(15)} ${result.seconds.toFixed(1).padStart(8)} | ${percentile(times, 50).toFixed(0).padStart(9)} ${percentile(times, 99).toFixed(0).padStart(5)} ${Math.max(
        ...times,
      )
        .toFixed(0)
        .padStart(5)} ${String(errors).padStart(3)} of ${times.length}`,
    );
  }
  await kill(server, 'SIGTERM');

  // e. `open` with the documented create limit: the same count as POST /api/comparisons.
  server = startServer({ ...env, WIRETRACE_CREATE_LIMIT: '20', WIRETRACE_LOOKUP_LIMIT: '1000' });
  await waitUntilUp(BASE);
  const opener = client(90);
  const opened: Answer[] = [];
  for (let i = 0; i < 30; i += 1)
    opened.push(await post('/api/sources', { text: short, open: true }, opener));
  const created = opened.filter((a) => a.status === 200 && a.body.comparison);
  const secrets = created.filter(
    (a) => typeof (a.body.comparison as { deleteToken?: unknown }).deleteToken === 'string',
  );
  const refused = opened.filter((a) => a.status === 429 && a.retryAfter);
  const plain = await post('/api/comparisons', { wire: short, outlets: [short] }, opener);
  const surrogate = await post('/api/sources', `{"text": "Berlin \\ud800 (dpa)", "open": true}`, client(91));
  const first = created[0]?.body.comparison as { id: string; deleteToken: string } | undefined;
  const deleted = first
    ? (
        await fetch(`${BASE}/api/comparisons/${first.id}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${first.deleteToken}` },
        })
      ).status
    : 0;
  await kill(server, 'SIGTERM');
  const field = (surrogate.body.errors as Array<{ field: string }> | undefined)?.[0]?.field ?? '?';
  console.log(
    `   e. open: true 30 times from one client (create limit 20 a minute): ${created.length} created, ${secrets.length} with a delete secret, ${refused.length} refused (429 with Retry-After); then POST /api/comparisons from it: ${plain.status}; a lone surrogate: ${surrogate.status} (${field}); deleting the first with its secret: ${deleted}`,
  );
}
