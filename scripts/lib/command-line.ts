/**
 * The commands' arguments, split by `node:util`'s parseArgs (GNU style: `--name value`, `--name=value`, `-h`,
 * `--` before positionals that start with a dash), returned in the order given — the story importer's outlet
 * options describe the `--outlet` before them, so order matters. Each command phrases its own messages for the
 * two problems found here.
 * Known weakness: parseArgs splits a group of short flags (`-xy`) into one per letter; the message names the
 * argument as typed, whole.
 */
import { parseArgs } from 'node:util';

/** The options a command knows: strings take a value, booleans do not. */
export type OptionSpecs = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** One argument: an option (with its value, for a string option) or a positional. */
export type Argument =
  { kind: 'option'; name: string; flag: string; value?: string } | { kind: 'positional'; value: string };

/** What is wrong with a command line: an option the command does not know, or a string option without value. */
export type ArgumentProblem =
  { problem: 'unknown-option'; argument: string } | { problem: 'missing-value'; flag: string };

/**
 * The arguments of `argv`, in order, or the first problem. A string option's value is missing when none follows,
 * when it is empty, or when the next argument is another long option (`--wires --format csv`): a forgotten value,
 * not a folder called `--format` (which `--wires=--format` still gives).
 */
export function splitArguments(
  argv: readonly string[],
  options: OptionSpecs,
): { arguments: Argument[] } | ArgumentProblem {
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const result: Argument[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      result.push({ kind: 'positional', value: token.value });
      continue;
    }
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) return { problem: 'unknown-option', argument: argv[token.index] ?? token.rawName };
    if (spec.type === 'boolean') {
      result.push({ kind: 'option', name: token.name, flag: token.rawName });
      continue;
    }
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--')))
      return { problem: 'missing-value', flag: token.rawName };
    result.push({ kind: 'option', name: token.name, flag: token.rawName, value });
  }
  return { arguments: result };
}

/** Whether `argv` asks for help (`--help` or `-h` anywhere before a `--`). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
