/**
 * `wiretrace match --wires <folder|file.jsonl> [--format json|csv] [--csv excel-de] ARTICLE...`: traces each
 * article to the wire items it was built from and prints `wiretrace.matches/1` JSON (default) or CSV (either
 * dialect) on stdout.
 * Each ARTICLE is a text file (id = the path as given), a folder (every .txt below it; id = relative path) or a
 * .jsonl file (id = its `id` field). Without --wires the articles are matched against the app's database through
 * `MatchDependencies.openDatabaseMatcher`, which the database side provides (scripts/cli/wiretrace.ts wires it).
 * Bad lines and files are reported on stderr with file and line and skipped; a repeated article id keeps the last.
 * Exit codes: 0 all read and matched, 1 something was skipped or a source could not be read, 2 usage error.
 */
import {
  buildWireArchive,
  toMatchesCsv,
  toMatchesJson,
  type ArticleItem,
  type ArticleMatch,
  type WireItem,
} from '../../lib/corpus';
import { CSV_DIALECTS, isCsvDialect, type CsvDialect } from '../../lib/text/csv';
import { asksForHelp, splitArguments, type OptionSpecs } from './command-line';
import { createProgress, type ProgressStream } from './progress';
import {
  collectLatest,
  duplicateMessage,
  readItems,
  SourceError,
  type ReadOptions,
  type ReadProblem,
} from './read-items';

/** Help for `wiretrace match --help`. */
export const MATCH_HELP = `Usage: wiretrace match --wires <folder|file.jsonl> [--format json|csv] [--csv excel-de] ARTICLE [ARTICLE ...]

Traces every article to the agency (wire) items it was built from, across a whole archive: fingerprints find the
candidates, the alignment engine verifies them. An article's verdict is its best source's.

  --wires PATH        the wire archive: a folder (every .txt below it; id = relative path) or a .jsonl file
                      ({"id","text","title"?,"published"?,"agency"?,"story"?} per line). Without --wires the
                      articles are matched against the app's database (after \`wiretrace import\`).
  --format json|csv   json (default): the wiretrace.matches/1 document (lib/corpus/matches.schema.json);
                      csv: one row per article (id, outlet, verdict, best wire, reuse share, wire coverage, sources)
  --csv DIALECT       CSV for a spreadsheet: excel-de (semicolons, decimal commas and a byte-order mark, as
                      German Excel reads them; implies --format csv); rfc4180 is the default
  ARTICLE             a text file (id = the path as given), a folder of .txt files, or a .jsonl file
                      ({"id","text","outlet"?,"url"?,"published"?,"title"?} per line)

Bad lines are reported on stderr with their file and line number and skipped; of repeated ids the last wins.
Exit codes: 0 success, 1 something was skipped or could not be read, 2 usage error.
`;

/** Where the command writes. */
export interface CommandIO {
  stdout: ProgressStream;
  stderr: ProgressStream;
}

/** Anything that traces articles: the in-memory archive or the database. */
export interface ArticleMatcher {
  match(article: ArticleItem): ArticleMatch | Promise<ArticleMatch>;
  close?(): void | Promise<void>;
}

/** What `match` needs from outside: the database matcher when --wires is not given. */
export interface MatchDependencies {
  /**
   * Opens a matcher over the app's database. Absent until the database side provides it; `match` without
   * --wires then says so. May throw an Error whose message is shown (e.g. an unreachable DATABASE_URL).
   */
  openDatabaseMatcher?: (io: CommandIO) => Promise<ArticleMatcher>;
}

interface MatchOptions {
  wires?: string;
  format: 'json' | 'csv';
  dialect: CsvDialect;
  articles: string[];
}

/** Runs `wiretrace match` with `argv` (after the word "match"); resolves to the exit code. */
export async function runMatch(argv: string[], io: CommandIO, deps: MatchDependencies = {}): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed === 'help') {
    io.stdout.write(MATCH_HELP);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`wiretrace match: ${parsed}\n\n${MATCH_HELP}`);
    return 2;
  }
  let skipped = 0;
  const report = (problem: ReadProblem) => {
    skipped += 1;
    const where = problem.message.startsWith(problem.file) ? '' : `${problem.file} `;
    io.stderr.write(`wiretrace: ${where}${problem.message}\n`);
  };
  let matcher: ArticleMatcher;
  try {
    if (parsed.wires !== undefined) {
      const archive = await loadWireArchive(parsed.wires, io, report);
      if (!archive) return 1;
      matcher = archive;
    } else if (deps.openDatabaseMatcher) matcher = await deps.openDatabaseMatcher(io);
    else {
      io.stderr.write(
        `wiretrace match: no wires to match against: give --wires <folder|file.jsonl> (this build has no database matcher)\n`,
      );
      return 2;
    }
  } catch (error) {
    io.stderr.write(`wiretrace: ${(error as Error).message}\n`);
    return 1;
  }

  const results = new Map<string, { match: ArticleMatch; place: { file: string; line?: number } }>();
  const progress = createProgress('matching articles', io.stderr);
  try {
    for (const source of parsed.articles) {
      for await (const read of readItems(source, 'article', { onProblem: report })) {
        const earlier = results.get(read.item.id);
        if (earlier) {
          io.stderr.write(
            `wiretrace: ${duplicateMessage({ id: read.item.id, first: earlier.place, last: read })}\n`,
          );
        }
        results.set(read.item.id, { match: await matcher.match(read.item), place: read });
        progress.update(results.size);
      }
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.stderr.write(`wiretrace: ${error.message}\n`);
    return 1;
  } finally {
    await matcher.close?.();
  }
  const matches = [...results.values()].map((result) => result.match);
  const traced = matches.filter((match) => match.sources.length > 0).length;
  progress.finish(
    `${matches.length} matched, ${traced} traced to a wire source${skipped ? `, ${skipped} skipped` : ''}`,
  );
  if (parsed.format === 'csv') io.stdout.write(toMatchesCsv(matches, parsed.dialect));
  else io.stdout.write(`${JSON.stringify(toMatchesJson(matches), null, 2)}\n`);
  return skipped > 0 ? 1 : 0;
}

async function loadWireArchive(source: string, io: CommandIO, report: ReadOptions['onProblem']) {
  const reading = createProgress('reading wires', io.stderr);
  const byId = await collectLatest(
    readItems(source, 'wire', {
      onProblem: report,
      onProgress: (done, total) => reading.update(done, total),
    }),
    (duplicate) => io.stderr.write(`wiretrace: ${duplicateMessage(duplicate)}\n`),
  );
  reading.finish(`${byId.size} wire items from ${source}`);
  if (byId.size === 0) {
    io.stderr.write(`wiretrace: ${source} holds no usable wire items\n`);
    return null;
  }
  const wires: WireItem[] = [...byId.values()].map((read) => read.item);
  const indexing = createProgress('indexing wires', io.stderr);
  const archive = buildWireArchive(wires, (_stage, done, total) => indexing.update(done, total));
  indexing.finish(`${wires.length} items, ${new Set(archive.stories).size} stories`);
  return archive;
}

const MATCH_OPTIONS = {
  wires: { type: 'string' },
  format: { type: 'string' },
  csv: { type: 'string' },
} satisfies OptionSpecs;

function parseArguments(argv: string[]): MatchOptions | 'help' | string {
  if (asksForHelp(argv)) return 'help';
  const split = splitArguments(argv, MATCH_OPTIONS);
  if ('problem' in split)
    return split.problem === 'missing-value'
      ? `${split.flag} needs a value`
      : `unknown option ${split.argument}`;
  const options: MatchOptions = { format: 'json', dialect: 'rfc4180', articles: [] };
  let format: string | undefined;
  let dialect: string | undefined;
  for (const arg of split.arguments) {
    if (arg.kind === 'positional') options.articles.push(arg.value);
    else if (arg.name === 'wires') options.wires = arg.value;
    else if (arg.name === 'format') format = arg.value;
    else dialect = arg.value;
  }
  if (format !== undefined && format !== 'json' && format !== 'csv')
    return `--format must be json or csv, not "${format}"`;
  if (dialect !== undefined) {
    if (!isCsvDialect(dialect))
      return `--csv must be ${Object.keys(CSV_DIALECTS).join(' or ')}, not "${dialect}"`;
    if (format === 'json') return '--csv chooses the CSV dialect: leave out --format json';
    options.dialect = dialect;
  }
  options.format = format === 'csv' || dialect !== undefined ? 'csv' : 'json';
  if (options.articles.length === 0) return 'give at least one ARTICLE (a file, a folder or a .jsonl file)';
  return options;
}
