/**
 * The importer's pure core: turns a wire text and outlet texts into a story folder's files (metadata + texts).
 * Method: texts are kept as given except a leading archive date marker, which moves into the metadata;
 * ids and file names are derived from display names. Known weakness: display names that reduce to the same
 * slug get numbered suffixes (`-2`), which is stable but not pretty.
 */
import { findArchiveMarker } from '../text/archive-marker';
import { checkText } from '../text/decode-text';
import { STORY_META_FILE, isPartialDate, isSlug, parseStoryMeta, type StoryMeta } from './story-meta';

/** One text handed to the importer, with where it came from for error messages. */
export interface ImportText {
  /** Where the text came from (a path), used in messages. */
  source: string;
  text: string;
}

/** An outlet version to import. */
export interface ImportOutlet extends ImportText {
  name?: string;
  url?: string;
  date?: string;
}

/** Everything the importer needs to build a story. */
export interface ImportRequest {
  title: string;
  agency: string;
  slug?: string;
  date?: string;
  wire: ImportText;
  outlets: ImportOutlet[];
}

/** The files of a story folder, by file name, and its slug. */
export interface BuiltStory {
  slug: string;
  meta: StoryMeta;
  files: Record<string, string>;
}

/** Turns a title or name into a slug: lower case, umlauts transliterated, other marks dropped. */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Builds the story folder's files, or returns every problem found in the request. */
export function buildStory(
  request: ImportRequest,
): { ok: true; story: BuiltStory } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const clean = (input: ImportText) => {
    const checked = checkText(input.text);
    if (!checked.ok) {
      problems.push(`${input.source} ${checked.message}`);
      return { text: '', date: undefined };
    }
    const marker = findArchiveMarker(checked.text);
    return marker
      ? { text: checked.text.slice(marker.length), date: marker.date }
      : { text: checked.text, date: undefined };
  };

  if (request.outlets.length === 0) problems.push('give at least one outlet text');
  for (const outlet of request.outlets) {
    if (outlet.date !== undefined && !isPartialDate(outlet.date))
      problems.push(`the date of ${outlet.source} must be YYYY-MM or YYYY-MM-DD`);
  }
  if (request.date !== undefined && !isPartialDate(request.date))
    problems.push('the story date must be YYYY-MM or YYYY-MM-DD');

  const wire = clean(request.wire);
  const slug = request.slug ?? slugify(request.title);
  if (!isSlug(slug))
    problems.push(`"${slug}" cannot be a story slug: use lower-case letters, digits and hyphens`);
  const date = request.date ?? wire.date;
  if (!date) problems.push('give the story date (--date YYYY-MM): the wire text has no archive date marker');

  const files: Record<string, string> = { 'wire.txt': wire.text };
  const usedIds = new Set<string>(['wire']);
  const outlets = request.outlets.map((outlet, index) => {
    const cleaned = clean(outlet);
    const name = outlet.name?.trim() || `Outlet ${index + 1}`;
    const id = uniqueId(slugify(name) || `outlet-${index + 1}`, usedIds);
    files[`${id}.txt`] = cleaned.text;
    const publishedOn = outlet.date ?? cleaned.date;
    return {
      id,
      name,
      file: `${id}.txt`,
      ...(outlet.url ? { url: outlet.url } : {}),
      ...(publishedOn ? { date: publishedOn } : {}),
    };
  });

  const candidate = {
    title: request.title.trim(),
    date: date ?? '',
    agency: request.agency.trim(),
    wire: { file: 'wire.txt', ...(wire.date ? { date: wire.date } : {}) },
    outlets,
  };
  const parsed = parseStoryMeta(candidate);
  if (!parsed.ok && problems.length === 0) problems.push(...parsed.problems);
  if (problems.length > 0 || !parsed.ok) return { ok: false, problems };
  files[STORY_META_FILE] = `${JSON.stringify(parsed.meta, null, 2)}\n`;
  return { ok: true, story: { slug, meta: parsed.meta, files } };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
