/**
 * The content loader: the one lib/ module that reads the file system.
 * Method: every folder under content/ holding a story.json is a story; its metadata is validated and its texts
 * decoded with the shared checks. A malformed story fails loudly with its path and the reason, so a broken
 * import never ships silently. Known weakness: no caching across calls; pages are static, so it runs at build.
 * The turbopackIgnore hints keep Next from tracing the whole project through these dynamic paths; content/ is
 * traced explicitly in next.config.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../text/decode-text';
import { STORY_META_FILE, isSlug, parseStoryMeta, type OutletMeta, type StoryMeta } from './story-meta';

/** One outlet version with its text as published. */
export interface LoadedOutlet extends OutletMeta {
  text: string;
}

/** A story with all its texts, ready for comparison. */
export interface Story {
  slug: string;
  meta: StoryMeta;
  wireText: string;
  outlets: LoadedOutlet[];
}

/** A story folder that cannot be used; the message names the path and the reason. */
export class StoryLoadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'StoryLoadError';
  }
}

/** The content directory: `WIRETRACE_CONTENT_DIR` or `content/` under the working directory. */
export function contentDir(): string {
  return process.env.WIRETRACE_CONTENT_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'content');
}

/** Slugs of all story folders (folders holding a story.json), sorted. */
export function listStorySlugs(dir: string = contentDir()): string[] {
  let entries: string[];
  try {
    entries = readdirSync(/*turbopackIgnore: true*/ dir);
  } catch (error) {
    throw new StoryLoadError(dir, `cannot read the content directory (${(error as Error).message})`);
  }
  return entries
    .filter((name) => {
      try {
        return statSync(/*turbopackIgnore: true*/ path.join(dir, name, STORY_META_FILE)).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

/** Loads one story; null when no such story exists, StoryLoadError when it exists but is malformed. */
export function loadStory(slug: string, dir: string = contentDir()): Story | null {
  if (!isSlug(slug)) return null;
  const folder = path.join(dir, slug);
  const metaPath = path.join(folder, STORY_META_FILE);
  let metaSource: string;
  try {
    metaSource = readFileSync(/*turbopackIgnore: true*/ metaPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoryLoadError(metaPath, `cannot read it (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(metaSource);
  } catch (error) {
    throw new StoryLoadError(metaPath, `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = parseStoryMeta(json);
  if (!parsed.ok) throw new StoryLoadError(metaPath, parsed.problems.join('; '));
  const meta = parsed.meta;
  return {
    slug,
    meta,
    wireText: readText(path.join(folder, meta.wire.file)),
    outlets: meta.outlets.map((outlet) => ({ ...outlet, text: readText(path.join(folder, outlet.file)) })),
  };
}

/** Loads every story, newest first. */
export function loadStories(dir: string = contentDir()): Story[] {
  return listStorySlugs(dir)
    .map((slug) => loadStory(slug, dir))
    .filter((story): story is Story => story !== null)
    .sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(/*turbopackIgnore: true*/ file);
  } catch (error) {
    throw new StoryLoadError(file, `cannot read it (${(error as Error).message})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new StoryLoadError(file, decoded.message);
  return decoded.text;
}
