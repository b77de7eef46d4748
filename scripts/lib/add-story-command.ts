/**
 * `npm run add-story -- ...`: turns a wire file and outlet files into a story folder under content/.
 * Validates everything before writing, writes into a temporary folder and renames it into place, so a failed
 * run leaves nothing half-written. Refuses to replace an existing story unless --force is given.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildStory, type ImportOutlet, type ImportRequest } from '../../lib/content/build-story';
import { asksForHelp, splitArguments, type OptionSpecs } from './command-line';
import { readTextFile } from './read-text-file';

const HELP = `Usage: npm run add-story -- --title TITLE --agency AGENCY --wire FILE --outlet FILE [outlet options] ...

Creates content/<slug>/ with story.json, wire.txt and one text file per outlet, stored as given
(a leading " date YYYY-MM" archive marker moves into the metadata).

Story options:
  --title TITLE        story title (required)
  --agency NAME        agency of the wire text, e.g. dpa (required)
  --wire FILE          the agency text (required)
  --slug SLUG          folder name and link id (default: from the title)
  --date YYYY-MM[-DD]  story date (default: the wire's archive marker)
  --force              replace an existing story with the same slug
  --content-dir DIR    where stories live (default: content/ or $WIRETRACE_CONTENT_DIR)
Outlet options (repeat --outlet; the options after it describe that outlet):
  --outlet FILE        an outlet's version of the story
  --name NAME          its display name (default: "Outlet N")
  --url URL            where it was published
  --date YYYY-MM[-DD]  when it was published
`;

class UsageError extends Error {}

interface ParsedArgs {
  request: Omit<ImportRequest, 'wire' | 'outlets'> & { wirePath?: string };
  outlets: (Omit<ImportOutlet, 'text'> & { path: string })[];
  force: boolean;
  contentDir: string;
}

const OPTIONS = {
  title: { type: 'string' },
  agency: { type: 'string' },
  wire: { type: 'string' },
  slug: { type: 'string' },
  'content-dir': { type: 'string' },
  outlet: { type: 'string' },
  date: { type: 'string' },
  name: { type: 'string' },
  url: { type: 'string' },
  force: { type: 'boolean' },
} satisfies OptionSpecs;

function parseArgs(argv: string[]): ParsedArgs {
  if (asksForHelp(argv)) throw new UsageError('');
  const split = splitArguments(argv, OPTIONS);
  if ('problem' in split)
    throw new UsageError(
      split.problem === 'missing-value' ? `${split.flag} needs a value` : `unknown option ${split.argument}`,
    );
  const parsed: ParsedArgs = {
    request: { title: '', agency: '' },
    outlets: [],
    force: false,
    contentDir: process.env.WIRETRACE_CONTENT_DIR ?? path.join(process.cwd(), 'content'),
  };
  // In order: --date, --name and --url after an --outlet describe that outlet.
  for (const arg of split.arguments) {
    if (arg.kind === 'positional') throw new UsageError(`unexpected argument "${arg.value}"`);
    const value = arg.value!;
    const current = parsed.outlets.at(-1);
    switch (arg.name) {
      case 'force':
        parsed.force = true;
        break;
      case 'title':
        parsed.request.title = value;
        break;
      case 'agency':
        parsed.request.agency = value;
        break;
      case 'wire':
        parsed.request.wirePath = value;
        break;
      case 'slug':
        parsed.request.slug = value;
        break;
      case 'content-dir':
        parsed.contentDir = value;
        break;
      case 'outlet':
        parsed.outlets.push({ path: value, source: value });
        break;
      case 'date':
        if (current) current.date = value;
        else parsed.request.date = value;
        break;
      default:
        if (!current) throw new UsageError(`${arg.flag} describes an outlet: put it after --outlet FILE`);
        current[arg.name === 'name' ? 'name' : 'url'] = value;
    }
  }
  if (!parsed.request.title.trim()) throw new UsageError('--title is required');
  if (!parsed.request.agency.trim()) throw new UsageError('--agency is required');
  if (!parsed.request.wirePath) throw new UsageError('--wire is required');
  if (parsed.outlets.length === 0) throw new UsageError('give at least one --outlet FILE');
  return parsed;
}

function readInput(file: string, problems: string[]): string {
  const read = readTextFile(file);
  if (read.ok) return read.text;
  problems.push(read.message);
  return '';
}

/** Runs the add-story command; returns the exit code (0 ok, 1 bad input, 2 usage). */
export function runAddStory(argv: string[]): number {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // Asked-for help goes to stdout; help after a usage error goes to stderr with the error.
    if (!error.message) {
      process.stdout.write(HELP);
      return 0;
    }
    process.stderr.write(`add-story: ${error.message}\n\n${HELP}`);
    return 2;
  }

  const problems: string[] = [];
  const { wirePath, ...story } = args.request;
  const wireText = readInput(wirePath!, problems);
  const outlets = args.outlets.map(({ path: file, ...outlet }) => ({
    ...outlet,
    text: readInput(file, problems),
  }));
  if (problems.length > 0) return fail(problems);

  const built = buildStory({ ...story, wire: { source: wirePath!, text: wireText }, outlets });
  if (!built.ok) return fail(built.problems);

  const target = path.join(args.contentDir, built.story.slug);
  if (existsSync(target) && !args.force) {
    return fail([`${target} already exists; pass --force to replace it, or choose another --slug`]);
  }
  mkdirSync(args.contentDir, { recursive: true });
  const staging = mkdtempSync(path.join(args.contentDir, `.import-${built.story.slug}-`));
  chmodSync(staging, 0o755);
  try {
    for (const [name, text] of Object.entries(built.story.files))
      writeFileSync(path.join(staging, name), text);
    if (existsSync(target)) {
      const previous = `${staging}-previous`;
      renameSync(target, previous);
      renameSync(staging, target);
      rmSync(previous, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    return fail([`could not write ${target}: ${(error as Error).message}`]);
  }
  const count = built.story.meta.outlets.length;
  process.stdout.write(
    `Imported "${built.story.meta.title}" into ${target} (wire + ${count} outlet${count === 1 ? '' : 's'}).\n`,
  );
  return 0;
}

function fail(problems: string[]): number {
  process.stderr.write(`add-story: nothing was written.\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  return 1;
}
