#!/usr/bin/env node
// The `wiretrace` command. Prints the top-level help itself (nothing heavy loaded), otherwise runs the compiled
// command line in dist/cli/wiretrace.mjs, building it first when it is missing or older than its sources.
import { pathToFileURL } from 'node:url';

const HELP = `Usage: wiretrace <command> [options]

Shows what news outlets do with news-agency (wire) copy: copied, edited, added, dropped.

Commands:
  compare --wire WIRE.txt OUTLET.txt ... [--format text|json]
        compare one wire text with outlet versions, sentence by sentence (wiretrace.alignment/1 JSON)
  match --wires <folder|file.jsonl> [--format json|csv] ARTICLE ...
        trace articles to their sources in a wire archive (wiretrace.matches/1 JSON or CSV);
        without --wires, against the archive imported into the app's database
  import --wires <folder|file.jsonl> [--articles <folder|file.jsonl>]
        import wires and articles into the app's database (SQLite, or DATABASE_URL), then trace the articles

Run "wiretrace <command> --help" for a command's options. Through npm: npm run --silent wiretrace -- <command> ...
Exit codes: 0 success, 1 bad input, 2 usage error.
`;

const argv = process.argv.slice(2);
if (argv.length === 0) {
  process.stderr.write(`wiretrace: no command given\n\n${HELP}`);
  process.exitCode = 2;
} else if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
  process.stdout.write(HELP);
} else {
  const { cliBundle, ensureCliBuilt } = await import('../scripts/cli/build-cli.mjs');
  if (!ensureCliBuilt()) process.exitCode = 1;
  else {
    const { main } = await import(pathToFileURL(cliBundle).href);
    process.exitCode = await main(argv);
  }
}
