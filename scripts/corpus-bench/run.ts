/**
 * `npm run bench:corpus`: the corpus benchmark (issue 9). Prints figures; asserts nothing.
 * 1. One CLI run: 100,000 wire items and 2,000 articles (half derived, half independent) written as JSON Lines,
 *    then `node bin/wiretrace.mjs match --wires wires.jsonl articles.jsonl` as a child process: wall time, peak RSS
 *    (from /usr/bin/time when present), share of derived articles traced to their true story, share of
 *    independent articles left independent.
 * 2. Growth: 10,000 / 30,000 / 100,000 items indexed in this process (time, postings, heap), with the per-article
 *    lookup latency p50/p95 against the in-memory index (candidates only, and the full match with verification).
 * 3. Database (scripts/corpus-bench/database.ts): import rate into SQLite and PostgreSQL, trace job, lookups.
 * Options: --items N (largest size, default 100000), --articles N (default 2000), --db-items N (default --items),
 * --skip-cli, --skip-growth, --skip-db.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWireArchive, fingerprint, type MatchesJson } from '../../lib/corpus';
import { databaseSection } from './database';
import { generateArchive, loadVocabulary, type SyntheticArchive } from './generate';
import { percentile } from '../lib/percentile';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const flag = (name: string) => process.argv.includes(name);
const maxItems = option('--items', 100_000);
const articleCount = option('--articles', 2_000);
const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Scores a matches document against the archive's truth. */
export function score(archive: SyntheticArchive, matches: MatchesJson['articles']) {
  const byId = new Map(matches.map((match) => [match.id, match]));
  let derived = 0;
  let traced = 0;
  let independent = 0;
  let leftIndependent = 0;
  for (const { article, story } of archive.articles) {
    const match = byId.get(article.id);
    if (story !== undefined) {
      derived += 1;
      const best = match?.sources[0];
      if (best && archive.storyOfWire.get(best.wire) === story) traced += 1;
    } else {
      independent += 1;
      if (match?.verdict === 'independent') leftIndependent += 1;
    }
  }
  return { derived, traced, independent, leftIndependent };
}

function cliRun(archive: SyntheticArchive): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-bench-'));
  const wiresFile = path.join(dir, 'wires.jsonl');
  const articlesFile = path.join(dir, 'articles.jsonl');
  writeFileSync(wiresFile, archive.wires.map((wire) => JSON.stringify(wire)).join('\n'));
  writeFileSync(articlesFile, archive.articles.map(({ article }) => JSON.stringify(article)).join('\n'));
  const launcher = path.join(process.cwd(), 'bin', 'wiretrace.mjs');
  // Build the CLI first so that the timed run does not include it.
  spawnSync(process.execPath, [launcher, 'match', '--help'], { stdio: 'ignore' });
  const timeCommand = existsSync('/usr/bin/time');
  const argv = [launcher, 'match', '--wires', wiresFile, articlesFile];
  const started = performance.now();
  const result = timeCommand
    ? spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, ...argv], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - started;
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || !result.stdout.startsWith('{')) {
    console.log(`  the CLI run failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
    return;
  }
  const json = JSON.parse(result.stdout) as MatchesJson;
  const figures = score(archive, json.articles);
  console.log(
    `  ${archive.wires.length.toLocaleString('en')} wires + ${archive.articles.length.toLocaleString('en')} articles: ` +
      `${seconds(wall)} wall, peak RSS ${peak ? mb(Number(peak) * 1024) : 'unknown (no /usr/bin/time)'}`,
  );
  console.log(
    `  sources right: ${figures.traced}/${figures.derived} = ${((100 * figures.traced) / figures.derived).toFixed(2)} %; ` +
      `independents left independent: ${figures.leftIndependent}/${figures.independent} = ${((100 * figures.leftIndependent) / figures.independent).toFixed(2)} %`,
  );
  console.log(
    `  (wires.jsonl ${mb(readFileSync(wiresFile).length)}; CLI stderr: ${result.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('peak'))
      .join(' | ')})`,
  );
  rmSync(dir, { recursive: true, force: true });
}

function growth(vocabulary: string[]): void {
  for (const size of [10_000, 30_000, 100_000].filter((n) => n <= maxItems)) {
    const archive = generateArchive(
      { wireItems: size, derivedArticles: 250, independentArticles: 250, seed: size, unlabelledShare: 0.01 },
      vocabulary,
    );
    const started = performance.now();
    const wireArchive = buildWireArchive(archive.wires);
    const build = performance.now() - started;
    const lookups: number[] = [];
    const fullMatches: number[] = [];
    const matches = archive.articles.map(({ article }) => {
      let t = performance.now();
      wireArchive.index.candidates(fingerprint(article.text), 20, 2);
      lookups.push(performance.now() - t);
      t = performance.now();
      const match = wireArchive.match(article);
      fullMatches.push(performance.now() - t);
      return match;
    });
    lookups.sort((a, b) => a - b);
    fullMatches.sort((a, b) => a - b);
    const figures = score(archive, matches);
    console.log(
      `  ${size.toLocaleString('en').padStart(7)} items: index ${seconds(build)} (${Math.round((build * 1000) / size)} µs/item), ` +
        `postings ${wireArchive.index.items.length.toLocaleString('en')} (${mb(wireArchive.index.byteLength)}), process RSS ${mb(process.memoryUsage().rss)}; ` +
        `lookup p50 ${percentile(lookups, 50).toFixed(2)} ms p95 ${percentile(lookups, 95).toFixed(2)} ms; ` +
        `match with verification p50 ${percentile(fullMatches, 50).toFixed(1)} ms p95 ${percentile(fullMatches, 95).toFixed(1)} ms; ` +
        `right ${figures.traced}/${figures.derived}, independent ${figures.leftIndependent}/${figures.independent}`,
    );
    const grouping = groupingFigures(archive, wireArchive.stories);
    console.log(
      `          versions without a story id: ${grouping.joined}/${grouping.laterVersions} later versions grouped with ` +
        `their first version; ${grouping.mixed} grouped stories mix true stories`,
    );
  }
}

/** How well stories without an agency id were grouped: later versions joined to their first, and false merges. */
export function groupingFigures(archive: SyntheticArchive, stories: readonly string[]) {
  const firstOf = new Map<string, number>();
  const trueStoriesOf = new Map<string, Set<string>>();
  let laterVersions = 0;
  let joined = 0;
  archive.wires.forEach((wire, i) => {
    const truth = archive.storyOfWire.get(wire.id)!;
    trueStoriesOf.set(stories[i]!, (trueStoriesOf.get(stories[i]!) ?? new Set()).add(truth));
    if (wire.story !== undefined) return;
    const first = firstOf.get(truth);
    if (first === undefined) firstOf.set(truth, i);
    else {
      laterVersions += 1;
      if (stories[first] === stories[i]) joined += 1;
    }
  });
  const mixed = [...trueStoriesOf.values()].filter((set) => set.size > 1).length;
  return { laterVersions, joined, mixed };
}

/** The benchmark's sections, in order; the database side appends its own (import, lookup). */
export const sections: Array<{ title: string; run: (vocabulary: string[]) => void | Promise<void> }> = [
  {
    title: `One CLI run (wiretrace match): ${maxItems.toLocaleString('en')} wire items + ${articleCount.toLocaleString('en')} articles`,
    run: (vocabulary) => {
      if (flag('--skip-cli')) return console.log('  skipped (--skip-cli)');
      const started = performance.now();
      const archive = generateArchive(
        {
          wireItems: maxItems,
          derivedArticles: articleCount / 2,
          independentArticles: articleCount / 2,
          unlabelledShare: 0.01,
        },
        vocabulary,
      );
      console.log(`  (generated in ${seconds(performance.now() - started)})`);
      cliRun(archive);
    },
  },
  {
    title: 'Growth: in-memory index and per-article lookup (250 derived + 250 independent articles each)',
    run: (vocabulary) =>
      flag('--skip-growth') ? console.log('  skipped (--skip-growth)') : growth(vocabulary),
  },
  {
    title: `Database: import into SQLite and PostgreSQL (CLI), trace job, find-the-source lookups (${option('--db-items', maxItems).toLocaleString('en')} wire items)`,
    run: (vocabulary) =>
      flag('--skip-db')
        ? console.log('  skipped (--skip-db)')
        : databaseSection(vocabulary, option('--db-items', maxItems), articleCount),
  },
];

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const vocabulary = loadVocabulary();
  console.log(
    `Corpus benchmark (vocabulary: ${vocabulary.length.toLocaleString('en')} words; node ${process.version})`,
  );
  for (const section of sections) {
    console.log(`\n${section.title}`);
    await section.run(vocabulary);
  }
}
