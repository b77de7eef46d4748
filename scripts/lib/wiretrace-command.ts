/**
 * The `wiretrace` command-line tool: compares a wire text with outlet texts and prints a readable summary or the
 * `wiretrace.alignment/1` JSON. Exit codes: 0 success, 2 usage error, 1 bad input; messages go to stderr.
 * Pure apart from reading the named files, so tests call it in-process.
 */
import { compare, toAlignmentJson, type AlignmentJson } from '../../lib/engine';
import { percent } from '../../lib/text/percent';
import { splitArguments } from './command-line';
import { readTextFile } from './read-text-file';

const HELP = `Usage: npm run --silent wiretrace -- compare --wire WIRE.txt OUTLET.txt [OUTLET.txt ...] [--format text|json]

Compares an agency (wire) text with one or more outlet versions and says, sentence by sentence, what each outlet
copied, edited, added and dropped, and whether its article is derived from the wire at all.

Options:
  --wire FILE            the agency text (required)
  --format text|json     text (default): a readable summary per outlet;
                         json: the wiretrace.alignment/1 document (see README, lib/engine/alignment.schema.json)
  -h, --help             this help

Files are read as UTF-8 (a BOM is removed). Offsets in the JSON are UTF-16 code units into each text as read.
Exit codes: 0 success, 2 usage error, 1 bad input (missing, empty, binary or unreadable file).
`;

/** What the command printed and how it ended. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

const usage = (message: string): CommandResult => ({
  code: 2,
  stdout: '',
  stderr: `wiretrace: ${message}\n\n${HELP}`,
});

/** Runs the command line `argv` (without node and script). */
export function runWiretrace(argv: string[]): CommandResult {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    return argv.length === 0 ? usage('no command given') : { code: 0, stdout: HELP, stderr: '' };
  }
  const [command, ...rest] = argv;
  if (command !== 'compare') return usage(`unknown command "${command}" (the command is "compare")`);
  const split = splitArguments(rest, { wire: { type: 'string' }, format: { type: 'string' } });
  if ('problem' in split)
    return usage(
      split.problem === 'missing-value' ? `${split.flag} needs a value` : `unknown option ${split.argument}`,
    );
  let wirePath: string | undefined;
  let format = 'text';
  const outletPaths: string[] = [];
  for (const arg of split.arguments) {
    if (arg.kind === 'positional') outletPaths.push(arg.value);
    else if (arg.name === 'wire') wirePath = arg.value;
    else format = arg.value!;
  }
  if (!wirePath) return usage('--wire WIRE.txt is required');
  if (outletPaths.length === 0) return usage('give at least one outlet file after the options');
  if (format !== 'text' && format !== 'json') return usage(`--format must be text or json, not "${format}"`);

  const inputs = [wirePath, ...outletPaths].map(readTextFile);
  const problems = inputs.flatMap((input) => (input.ok ? [] : [input.message]));
  if (problems.length > 0)
    return { code: 1, stdout: '', stderr: problems.map((p) => `wiretrace: ${p}\n`).join('') };
  const [wire, ...outlets] = inputs.map((input) => (input.ok ? input.text : ''));
  const json = toAlignmentJson(compare(wire!, outlets), wirePath, outletPaths);
  return {
    code: 0,
    stdout: format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : textSummary(json),
    stderr: '',
  };
}

function textSummary(json: AlignmentJson): string {
  const wireUnits = json.wire.units.filter((unit) => unit.kind !== 'boilerplate').length;
  const lines = [`Wire: ${json.wire.source} (${wireUnits} sentences)`, ''];
  for (const outlet of json.outlets) {
    const count = (status: string) => outlet.units.filter((unit) => unit.status === status).length;
    const wireCount = (status: string) =>
      Object.values(outlet.wireStatus).filter((value) => value === status).length;
    lines.push(
      `${outlet.source}: ${outlet.verdict.toUpperCase()}`,
      `  ${outlet.reason}`,
      `  ${percent(outlet.stats.reuseShare)} of its ${outlet.stats.words} words from the wire · ${percent(outlet.stats.wireCoverage)} of the wire used · ${outlet.stats.addedWords} words added`,
      `  its sentences: ${count('copied')} copied, ${count('edited')} edited, ${count('added')} added, ${count('boilerplate')} boilerplate; ${outlet.units.filter((u) => u.moved).length} moved, ${outlet.units.filter((u) => u.sharedQuote).length} sharing only quotes`,
      `  wire sentences: ${wireCount('kept')} kept, ${wireCount('edited')} edited, ${wireCount('dropped')} dropped`,
      '',
    );
  }
  return lines.join('\n');
}
