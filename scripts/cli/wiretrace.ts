/**
 * The `wiretrace` command line, compiled by esbuild into dist/cli/wiretrace.mjs and started by bin/wiretrace.mjs
 * (which prints the top-level --help itself, so that help never loads this bundle). One entry per command; the
 * database side adds `import` here and gives `match` its database matcher through {@link MATCH_DEPENDENCIES}.
 * Load database code with `await import(…)` inside the command: the bundle is split, so `compare` and `match
 * --wires` never load pg or better-sqlite3.
 */
import { runMatch, type MatchDependencies } from '../lib/match-command';
import { runWiretrace } from '../lib/wiretrace-command';

/** What `match` uses when no --wires is given: filled by the database side (see MatchDependencies). */
export const MATCH_DEPENDENCIES: MatchDependencies = {
  openDatabaseMatcher: async () =>
    (await import('../../server/corpus/database-matcher')).openDatabaseMatcher(),
};

const io = { stdout: process.stdout, stderr: process.stderr };

/** Runs one command line (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'match') return runMatch(rest, io, MATCH_DEPENDENCIES);
  if (command === 'import') return (await import('../lib/import-corpus-command')).runImportCorpus(rest, io);
  const { code, stdout, stderr } = runWiretrace(argv);
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  return code;
}
