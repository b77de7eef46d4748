/**
 * The corpus benchmark's database sections (issue 9): import rate into SQLite and PostgreSQL through the real CLI
 * (`node bin/wiretrace.mjs import`, a child process), the trace job over the imported archive, and "find the
 * source" lookups against it (p50/p95, with the share traced right). PostgreSQL runs when DATABASE_URL names one,
 * or when the machine's PostgreSQL can be started for a throwaway database (scripts/lib/test-postgres.mjs, as in
 * `npm test`); otherwise the section says why it was skipped. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findSources } from '../../server/corpus/find-sources';
import { openDatabase, type DatabaseTarget } from '../../server/db/open-database';
import { startTestPostgres } from '../lib/test-postgres.mjs';
import { generateArchive, type SyntheticArchive } from './generate';
import { percentile } from '../lib/percentile';

const BENCH = {
  /** Lookups timed per database: enough for a stable p95 (ten samples above it). */
  lookups: 200,
  /** Untimed lookups first, so that compilation and cold caches do not count. */
  warmUp: 20,
};

/** Runs the CLI's import with `env`; returns its stdout (the summary lines) or a failure note. */
function cliImport(args: string[], env: NodeJS.ProcessEnv): { ok: boolean; out: string; wall: number } {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(process.cwd(), 'bin', 'wiretrace.mjs'), 'import', ...args],
    {
      encoding: 'utf8',
      env,
      maxBuffer: 1 << 26,
    },
  );
  const wall = performance.now() - started;
  const ok = result.status === 0;
  return {
    ok,
    out: ok ? result.stdout.trim() : `failed (exit ${result.status}): ${result.stderr.slice(-1000)}`,
    wall,
  };
}

async function lookups(target: DatabaseTarget, archive: SyntheticArchive): Promise<string> {
  const db = await openDatabase(target);
  for (const { article } of archive.articles.slice(-BENCH.warmUp)) await findSources(db, article.text);
  const sample = archive.articles.slice(0, BENCH.lookups);
  const times: number[] = [];
  let derived = 0;
  let right = 0;
  let independent = 0;
  let leftIndependent = 0;
  for (const { article, story } of sample) {
    const started = performance.now();
    const found = await findSources(
      db,
      article.text,
      article.published ? { published: article.published } : {},
    );
    times.push(performance.now() - started);
    if (story !== undefined) {
      derived += 1;
      const best = found.sources[0];
      if (best && archive.storyOfWire.get(best.wire) === story) right += 1;
    } else {
      independent += 1;
      if (found.sources.length === 0) leftIndependent += 1;
    }
  }
  await db.close();
  times.sort((a, b) => a - b);
  return (
    `find the source: ${times.length} lookups, p50 ${percentile(times, 50).toFixed(1)} ms, ` +
    `p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; ` +
    `right ${right}/${derived}, independent left independent ${leftIndependent}/${independent}`
  );
}

async function benchDatabase(
  name: string,
  target: DatabaseTarget,
  env: NodeJS.ProcessEnv,
  files: { wires: string; articles: string },
  archive: SyntheticArchive,
): Promise<void> {
  const wires = cliImport(['--wires', files.wires, '--no-trace'], env);
  console.log(`  ${name}: ${wires.out.split('\n').at(-1)}`);
  if (!wires.ok) return;
  const traced = cliImport(['--articles', files.articles], env);
  console.log(
    `  ${name}: ${traced.out.split('\n').slice(1).join('; ')} (CLI run ${(traced.wall / 1000).toFixed(1)} s)`,
  );
  if (!traced.ok) return;
  console.log(`  ${name}: ${await lookups(target, archive)}`);
}

/** The database section: import rates (SQLite, PostgreSQL beside it), trace job, lookups. */
export async function databaseSection(vocabulary: string[], items: number, articles: number): Promise<void> {
  const archive = generateArchive(
    {
      wireItems: items,
      derivedArticles: articles / 2,
      independentArticles: articles / 2,
      unlabelledShare: 0.01,
    },
    vocabulary,
  );
  // Derived and independent articles alternate in the lookup sample.
  archive.articles.sort((a, b) => Number(a.story === undefined) - Number(b.story === undefined));
  const half = Math.ceil(archive.articles.length / 2);
  archive.articles = archive.articles.flatMap((a, i) =>
    i < half ? [a, archive.articles[half + i]].filter((x) => x !== undefined) : [],
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-bench-db-'));
  const files = { wires: path.join(dir, 'wires.jsonl'), articles: path.join(dir, 'articles.jsonl') };
  writeFileSync(files.wires, archive.wires.map((w) => JSON.stringify(w)).join('\n'));
  writeFileSync(files.articles, archive.articles.map(({ article }) => JSON.stringify(article)).join('\n'));
  // Build the CLI first so that no timed run includes it.
  spawnSync(process.execPath, [path.join(process.cwd(), 'bin', 'wiretrace.mjs'), 'import', '--help'], {
    stdio: 'ignore',
  });
  try {
    const dataDir = path.join(dir, 'data');
    const sqliteEnv = { ...process.env, WIRETRACE_DATA_DIR: dataDir, DATABASE_URL: '' };
    await benchDatabase(
      'SQLite',
      { file: path.join(dataDir, 'wiretrace.sqlite') },
      sqliteEnv,
      files,
      archive,
    );

    const given = process.env.DATABASE_URL?.trim();
    const postgres = given ? { url: given, cleanup: undefined, skipped: undefined } : startTestPostgres();
    if (!postgres.url) console.log(`  PostgreSQL: skipped: ${postgres.skipped}.`);
    else {
      try {
        await benchDatabase(
          'PostgreSQL',
          { url: postgres.url },
          { ...process.env, DATABASE_URL: postgres.url },
          files,
          archive,
        );
      } finally {
        postgres.cleanup?.();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
