/**
 * `wiretrace import --wires <folder|file.jsonl> [--articles <folder|file.jsonl>]`: imports an agency archive and
 * outlet articles into the database the app uses (SQLite in the data directory, or DATABASE_URL), then runs the
 * trace job (versions grouped into stories, articles traced to their sources).
 * Items stream in (scripts/lib/read-items) and are written in batches of short transactions; progress goes to
 * stderr (a bar on a terminal, a line every few seconds otherwise) and to the jobs table the app shows. Each bad
 * line or file is reported with its file and line number and skipped; the rest is imported. A repeated id updates
 * the stored item (the last one read wins, and is named). Exit codes: 0 success, 1 when anything was rejected or
 * the database cannot be opened, 2 usage error.
 */
import { fingerprint, type ArticleItem, type WireItem } from '../../lib/corpus';
import { openDatabase, type Database, type DatabaseTarget } from '../../server/db/open-database';
import { DatabaseUnavailableError } from '../../server/db/types';
import { startJob } from '../../server/corpus/jobs';
import { runTraceJob, type TraceStage } from '../../server/corpus/trace-job';
import { upsertArticles, upsertWires, type UpsertCounts } from '../../server/corpus/write-items';
import { asksForHelp, splitArguments } from './command-line';
import { createProgress, type ProgressStream } from './progress';
import { duplicateMessage, readItems, SourceError, type ReadProblem } from './read-items';

export const IMPORT_HELP = `Usage: wiretrace import --wires <folder|file.jsonl> [--articles <folder|file.jsonl>] [--no-trace]

Imports wire items (an agency archive) and outlet articles into the database the app uses, then traces every
new or changed article to its wire source and groups wire versions into stories.

  --wires SOURCE      wire items: a .jsonl file ({"id", "text", "title"?, "published"?, "agency"?, "story"?}
                      per line) or a folder (every .txt below it; its id is its path relative to the folder)
  --articles SOURCE   articles: a .jsonl file ({"id", "text", "outlet"?, "url"?, "published"?, "title"?}) or a folder
  --no-trace          import only; the trace job runs with the next import
  -h, --help          this help

The database: PostgreSQL when DATABASE_URL=postgres://… is set, else data/wiretrace.sqlite (WIRETRACE_DATA_DIR).
Importing the same ids again updates them; nothing is duplicated. Bad lines are reported and skipped.
Exit codes: 0 success, 1 something was rejected (the rest is imported) or the database cannot be opened, 2 usage.
`;

const IMPORT = {
  /** Items per transaction: large enough to amortize a commit (an fsync in SQLite), small enough to show progress. */
  batch: 10_000,
};

/** Where the command writes: stdout for the summary, stderr for problems and progress. */
export interface ImportIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  /** The database to use; by default the environment's (DATABASE_URL or the data directory). */
  target?: DatabaseTarget;
}

interface Options {
  wires?: string;
  articles?: string;
  trace: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const split = splitArguments(argv, {
    wires: { type: 'string' },
    articles: { type: 'string' },
    'no-trace': { type: 'boolean' },
  });
  if ('problem' in split)
    return split.problem === 'missing-value'
      ? `${split.flag} needs a folder or a .jsonl file`
      : `unexpected argument "${split.argument}"`;
  const options: Options = { trace: true };
  for (const arg of split.arguments) {
    if (arg.kind === 'positional') return `unexpected argument "${arg.value}"`;
    if (arg.name === 'no-trace') options.trace = false;
    else options[arg.name === 'wires' ? 'wires' : 'articles'] = arg.value;
  }
  if (!options.wires && !options.articles) return 'give --wires (and, if you have them, --articles)';
  return options;
}

const formatCount = (n: number) => n.toLocaleString('en');

/** Imports one source of `kind`; returns its counts and rejected items. */
async function importSource(
  db: Database,
  kind: 'wire' | 'article',
  source: string,
  io: ImportIo,
): Promise<UpsertCounts & { rejected: number; duplicates: number; seconds: number }> {
  const label = kind === 'wire' ? 'wires' : 'articles';
  const job = await startJob(db, 'import', `Importing ${label} from ${source}`);
  const progress = createProgress(`importing ${label}`, io.stderr);
  const counts = { imported: 0, updated: 0, unchanged: 0, rejected: 0, duplicates: 0, seconds: 0 };
  const seen = new Map<string, { file: string; line?: number }>();
  const started = performance.now();
  let batch: (WireItem | ArticleItem)[] = [];
  let read = 0;
  // One batch is written while the next is read and fingerprinted: with PostgreSQL the server works in parallel.
  let writing: Promise<void> = Promise.resolve();
  let readShare = 0;
  let failure: unknown;
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const prints =
      kind === 'wire' ? new Map(items.map((item) => [item.id, fingerprint(item.text)])) : undefined;
    await writing;
    if (failure) throw failure;
    const now = new Date().toISOString();
    writing = db
      .transaction((tx) =>
        kind === 'wire'
          ? upsertWires(tx, items as WireItem[], now, prints)
          : upsertArticles(tx, items as ArticleItem[], now),
      )
      .then(async (done) => {
        counts.imported += done.imported;
        counts.updated += done.updated;
        counts.unchanged += done.unchanged;
        const stored = counts.imported + counts.updated + counts.unchanged;
        // The total of a streamed source is unknown; the share of it read so far tells the app how far it is.
        await job.progress(
          stored,
          null,
          `Importing ${label} from ${source}: ${formatCount(stored)} stored, ${Math.round(readShare * 100)} % read`,
        );
      })
      .catch((error) => {
        failure = error;
      });
  };
  const drain = async () => {
    await flush();
    await writing;
    if (failure) throw failure;
  };
  const onProblem = (problem: ReadProblem) => {
    counts.rejected += 1;
    io.stderr.write(
      `${problem.line !== undefined ? `${problem.file} ${problem.message}` : problem.message}\n`,
    );
  };
  try {
    for await (const item of readItems(source, kind, {
      onProblem,
      onProgress: (done, total) => {
        progress.update(done, total);
        if (total > 0) readShare = done / total;
      },
    })) {
      read += 1;
      const where = { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) };
      const first = seen.get(item.item.id);
      if (first) {
        counts.duplicates += 1;
        io.stderr.write(`${duplicateMessage({ id: item.item.id, first, last: where })}\n`);
      } else seen.set(item.item.id, where);
      batch.push(item.item);
      if (batch.length >= IMPORT.batch) await flush();
    }
    await drain();
  } catch (error) {
    await writing;
    progress.finish();
    await job.fail(`Import of ${source} failed: ${(error as Error).message}`);
    throw error;
  }
  counts.seconds = (performance.now() - started) / 1000;
  const rate = read / Math.max(counts.seconds, 1e-3);
  const summary =
    `${formatCount(counts.imported)} imported, ${formatCount(counts.updated)} updated, ` +
    `${formatCount(counts.unchanged)} unchanged, ${formatCount(counts.rejected)} rejected` +
    (counts.duplicates > 0 ? ` (${formatCount(counts.duplicates)} repeated ids: the last wins)` : '') +
    ` in ${counts.seconds.toFixed(1)} s (${formatCount(Math.round(rate))} items/s)`;
  progress.finish();
  io.stdout.write(`${label} from ${source}: ${summary}\n`);
  await job.finish(`${label} from ${source}: ${summary}`, read);
  // Unused ids can be many: let the map go before the next source.
  seen.clear();
  return counts;
}

const STAGE_LABEL: Record<TraceStage, string> = {
  versions: 'grouping wire versions',
  stories: 'storing stories',
  trace: 'tracing articles',
};

/** Runs `wiretrace import …` (argv without the command name); returns the exit code. */
export async function runImportCorpus(argv: readonly string[], io: ImportIo): Promise<number> {
  if (asksForHelp(argv)) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.stderr.write(`wiretrace import: ${options}\n\n${IMPORT_HELP}`);
    return 2;
  }
  let db: Database;
  try {
    db = await openDatabase(io.target);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    io.stderr.write(`wiretrace import: ${error.message}\n`);
    return 1;
  }
  let rejected = 0;
  try {
    io.stdout.write(`Importing into ${db.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${db.location}\n`);
    for (const [kind, source] of [
      ['wire', options.wires],
      ['article', options.articles],
    ] as const) {
      if (source) rejected += (await importSource(db, kind, source, io)).rejected;
    }
    if (options.trace) {
      let stage: TraceStage | undefined;
      let progress = createProgress(STAGE_LABEL.versions, io.stderr);
      const started = performance.now();
      const summary = await runTraceJob(db, {
        onProgress: (next, done, total) => {
          if (next !== stage) {
            progress.finish();
            progress = createProgress(STAGE_LABEL[next], io.stderr);
            stage = next;
          }
          progress.update(done, total);
        },
      });
      progress.finish();
      io.stdout.write(
        `trace job: ${formatCount(summary.traced)} articles traced (${formatCount(summary.derived)} derived, ` +
          `${formatCount(summary.partial)} partial, ${formatCount(summary.independent)} independent), ` +
          `${formatCount(summary.stories)} ${summary.stories === 1 ? 'story' : 'stories'}${summary.regrouped ? ' (versions regrouped)' : ''} ` +
          `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  } catch (error) {
    if (error instanceof SourceError) {
      io.stderr.write(`wiretrace import: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
  if (rejected > 0)
    io.stderr.write(
      `wiretrace import: ${formatCount(rejected)} ${rejected === 1 ? 'item' : 'items'} rejected (see above); the rest was imported.\n`,
    );
  return rejected > 0 ? 1 : 0;
}
