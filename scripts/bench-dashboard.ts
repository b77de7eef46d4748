/**
 * `npm run bench:dashboard`: speed figures of the outlet dashboard, printed, never asserted. Fills a throwaway
 * database straight through SQL (no engine: the figures are of the aggregates and queries, not of tracing) with
 * 250,000 traced articles from 200 outlets over a year (one outlet with 20,000) and 120,000 wire items in 40,000
 * stories, then times refreshOutletStats, the outlets table (unfiltered, a date range, an agency), one outlet's
 * page (20,000 articles) and an article page. SQLite always; PostgreSQL too when DATABASE_URL is set (a schema
 * of its own, dropped afterwards). BENCH_DASHBOARD_KEEP=<folder> keeps the SQLite archive, to time the pages.
 * Targets (issue 11): outlets page and /api/outlets ≤ 500 ms; an outlet page with 20,000 articles ≤ 1 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { outletTableRows } from '../lib/dashboard/outlet-query';
import { openDatabase, type Database, type DatabaseTarget } from '../server/db/open-database';
import { listOutletArticles } from '../server/corpus/outlet-articles';
import { getOutlet, listOutlets } from '../server/corpus/outlet-read';
import { refreshOutletStats } from '../server/corpus/outlet-stats';

const SIZE = {
  wires: 120_000,
  stories: 40_000,
  articles: 250_000,
  outlets: 200,
  bigOutlet: 20_000,
  days: 365,
};
const ROWS_PER_INSERT = 500;
const NOW = new Date().toISOString();
const START = Date.parse('2024-01-01T00:00:00Z');

// A small deterministic generator (mulberry32), so every run fills the same corpus.
let seed = 11;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

async function insertMany(db: Database, sql: string, width: number, rows: (string | number | null)[][]) {
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT);
      const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
      await tx.run(`${sql} VALUES ${chunk.map(() => one).join(', ')}`, chunk.flat());
    }
  });
}

async function fill(db: Database): Promise<void> {
  seed = 11;
  const stories = Array.from({ length: SIZE.stories }, (_, i) => {
    const at = new Date(START + random() * SIZE.days * 86_400_000).toISOString();
    return [i + 1, `s${i + 1}`, `Story ${i + 1}`, `story ${i + 1}`, i % 4 === 0 ? 'afp' : 'dpa', at, 3, NOW];
  });
  await insertMany(
    db,
    'INSERT INTO stories (id, story_key, title, search_title, agency, first_published, versions, updated_at)',
    8,
    stories,
  );
  const wireAt: number[] = [];
  const wires = Array.from({ length: SIZE.wires }, (_, i) => {
    const story = stories[i % SIZE.stories]!;
    const at = Date.parse(story[5] as string) + Math.floor(i / SIZE.stories) * 3 * 3_600_000;
    wireAt.push(at);
    const iso = new Date(at).toISOString();
    return [i + 1, `w${i + 1}`, 'Text', iso, iso, story[4]!, story[0]!, 'h', NOW, NOW];
  });
  await insertMany(
    db,
    'INSERT INTO wires (id, ext_id, text, published, published_at, agency, story, content_hash, imported_at, updated_at)',
    10,
    wires,
  );
  const articles = Array.from({ length: SIZE.articles }, (_, i) => {
    const outlet =
      i < SIZE.bigOutlet ? 'Outlet 000' : `Outlet ${String(1 + (i % (SIZE.outlets - 1))).padStart(3, '0')}`;
    const roll = random();
    const verdict = roll < 0.45 ? 'derived' : roll < 0.65 ? 'partial' : 'independent';
    const wire = verdict === 'independent' ? null : 1 + Math.floor(random() * SIZE.wires);
    const at = wire
      ? wireAt[wire - 1]! + random() * random() * 48 * 3_600_000
      : START + random() * SIZE.days * 86_400_000;
    const iso = new Date(at).toISOString();
    const reuse =
      verdict === 'derived' ? 0.6 + 0.4 * random() : verdict === 'partial' ? 0.1 + 0.5 * random() : 0;
    return [
      `a${i + 1}`,
      'Text',
      outlet,
      iso,
      iso,
      'c',
      NOW,
      NOW,
      'c',
      verdict,
      wire ? ((wire - 1) % SIZE.stories) + 1 : null,
      wire,
      reuse,
      reuse * 0.8,
      reuse,
    ];
  });
  await insertMany(
    db,
    `INSERT INTO articles (ext_id, text, outlet, published, published_at, content_hash, imported_at, updated_at,
       traced_hash, verdict, story, wire, reuse_share, wire_coverage, score)`,
    15,
    articles,
  );
}

async function timed<T>(work: () => Promise<T>, runs = 5): Promise<{ ms: number; value: T }> {
  let value = await work(); // warm-up: statement caches, JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    value = await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, value };
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

async function bench(name: string, target: DatabaseTarget): Promise<void> {
  const db = await openDatabase(target);
  try {
    let started = performance.now();
    await fill(db);
    console.log(
      `${name}: filled ${SIZE.articles} articles, ${SIZE.wires} wires in ${ms(performance.now() - started)}`,
    );
    started = performance.now();
    const counted = await refreshOutletStats(db);
    console.log(
      `${name}: refreshOutletStats (${counted.outlets} outlets, ${counted.articles} articles) ${ms(performance.now() - started)}`,
    );
    const page = (query: Parameters<typeof listOutlets>[1]) => async () =>
      outletTableRows((await listOutlets(db, query)).outlets, {
        ...query,
        sort: 'medianReuseShare',
        dir: 'desc',
      });
    for (const [label, query] of [
      ['outlets, unfiltered', {}],
      ['outlets, whole year as a range', { from: '2024-01-01', to: '2024-12-31' }],
      ['outlets, one month', { from: '2024-06-01', to: '2024-06-30' }],
      ['outlets, agency dpa', { agency: 'dpa' }],
    ] as const) {
      const { ms: took, value } = await timed(page(query));
      console.log(`${name}: ${label.padEnd(32)} ${ms(took)}  (${value.length} outlets; target ≤ 500 ms)`);
    }
    const slug = (await listOutlets(db, {})).outlets.find((o) => o.outlet === 'Outlet 000')!.slug;
    const outlet = await timed(async () => {
      const detail = await getOutlet(db, slug);
      return { detail, page: await listOutletArticles(db, detail!.figures, 1) };
    });
    console.log(
      `${name}: outlet page (${outlet.value.detail!.figures.articles} articles) ${ms(outlet.ms)}  (target ≤ 1 s)`,
    );
    const last = await timed(() =>
      listOutletArticles(db, outlet.value.detail!.figures, outlet.value.page.pages),
    );
    console.log(`${name}: its last article page (${last.value.page} of ${last.value.pages}) ${ms(last.ms)}`);
  } finally {
    await db.close();
  }
}

async function main() {
  // BENCH_DASHBOARD_KEEP=<folder> keeps the SQLite archive there as wiretrace.sqlite, to time the pages over HTTP
  // (WIRETRACE_DATA_DIR=<folder> npm run serve).
  const keep = process.env.BENCH_DASHBOARD_KEEP;
  const folder = keep ?? mkdtempSync(path.join(tmpdir(), 'wiretrace-bench-dashboard-'));
  try {
    await bench('SQLite', { file: path.join(folder, keep ? 'wiretrace.sqlite' : 'bench.sqlite') });
  } finally {
    if (!keep) rmSync(folder, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('PostgreSQL: skipped (set DATABASE_URL=postgres://… to run it in a throwaway schema)');
    return;
  }
  const schema = `wt_bench_dashboard_${process.pid}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  try {
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    await bench('PostgreSQL', { url: scoped.toString() });
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
