/**
 * `npm run import -- ...`: turns a wire file and outlet files into a story folder under content/.
 * Validates everything before writing, writes into a temporary folder and renames it into place, so a failed
 * import leaves nothing half-written. Refuses to replace an existing story unless --force is given.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildStory, type ImportOutlet, type ImportRequest } from '../../lib/content/build-story';
import { readTextFile } from './read-text-file';

const HELP = `Usage: npm run import -- --title TITLE --agency AGENCY --wire FILE --outlet FILE [outlet options] ...

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

function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    request: { title: '', agency: '' },
    outlets: [],
    force: false,
    contentDir: process.env.WIRETRACE_CONTENT_DIR ?? path.join(process.cwd(), 'content'),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--force') {
      parsed.force = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    const value = argv[i + 1];
    if (!flag?.startsWith('--')) throw new UsageError(`unexpected argument "${flag}"`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    i += 1;
    const current = parsed.outlets.at(-1);
    switch (flag) {
      case '--title':
        parsed.request.title = value;
        break;
      case '--agency':
        parsed.request.agency = value;
        break;
      case '--wire':
        parsed.request.wirePath = value;
        break;
      case '--slug':
        parsed.request.slug = value;
        break;
      case '--content-dir':
        parsed.contentDir = value;
        break;
      case '--outlet':
        parsed.outlets.push({ path: value, source: value });
        break;
      case '--date':
        if (current) current.date = value;
        else parsed.request.date = value;
        break;
      case '--name':
      case '--url':
        if (!current) throw new UsageError(`${flag} describes an outlet: put it after --outlet FILE`);
        current[flag === '--name' ? 'name' : 'url'] = value;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
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

/** Runs the import command; returns the exit code (0 ok, 1 bad input, 2 usage). */
export function runImport(argv: string[]): number {
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
    process.stderr.write(`import: ${error.message}\n\n${HELP}`);
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
  process.stderr.write(`import: nothing was written.\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  return 1;
}
