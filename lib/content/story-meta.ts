/**
 * The content model: a story is a folder in content/ with `story.json` and one plain-text file per version.
 * Method: hand-written validation with one message per problem, naming the field, so a researcher editing
 * metadata by hand learns exactly what to fix. Known weakness: unknown extra fields are ignored, not reported.
 */

/** Metadata of one outlet version of a story. */
export interface OutletMeta {
  /** Stable id used in links (`?outlets=a,b`); lower-case letters, digits and hyphens. */
  id: string;
  /** Display name; neutral ("Outlet 001") where the text does not say who published it. */
  name: string;
  /** File name of the text inside the story folder. */
  file: string;
  url?: string;
  /** Publication date, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
}

/** The parsed `story.json` of a story folder. */
export interface StoryMeta {
  title: string;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** The agency that sent the wire text, e.g. `dpa`. */
  agency: string;
  wire: { file: string; date?: string };
  outlets: OutletMeta[];
}

/** The name of the metadata file in every story folder. */
export const STORY_META_FILE = 'story.json';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const TEXT_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;

/** True when `value` can serve as a story slug or an outlet id. */
export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= 80;
}

/** True when `value` is a `YYYY-MM` or `YYYY-MM-DD` date. */
export function isPartialDate(value: string): boolean {
  return DATE.test(value);
}

/** Validates parsed JSON as story metadata; returns the metadata or the list of problems found. */
export function parseStoryMeta(
  input: unknown,
): { ok: true; meta: StoryMeta } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(input)) return { ok: false, problems: ['the file must hold a JSON object'] };

  const title = requiredString(input, 'title', problems);
  const agency = requiredString(input, 'agency', problems);
  const date = requiredDate(input, 'date', problems);

  let wire: StoryMeta['wire'] = { file: '' };
  if (!isRecord(input.wire)) problems.push('"wire" must be an object with a "file"');
  else
    wire = {
      file: requiredFile(input.wire, 'wire.file', problems),
      ...optionalDate(input.wire, 'wire.date', problems),
    };

  const outlets: OutletMeta[] = [];
  if (!Array.isArray(input.outlets) || input.outlets.length === 0) {
    problems.push('"outlets" must be a non-empty array');
  } else {
    input.outlets.forEach((raw: unknown, index) => {
      const at = `outlets[${index}]`;
      if (!isRecord(raw)) {
        problems.push(`"${at}" must be an object`);
        return;
      }
      const outlet: OutletMeta = {
        id: requiredString(raw, 'id', problems, at),
        name: requiredString(raw, 'name', problems, at),
        file: requiredFile(raw, 'file', problems, at),
      };
      if (outlet.id && !isSlug(outlet.id))
        problems.push(`"${at}.id" must be lower-case letters, digits and hyphens`);
      if (raw.url !== undefined) {
        if (typeof raw.url !== 'string' || !/^https?:\/\/\S+$/.test(raw.url))
          problems.push(`"${at}.url" must be an http(s) URL`);
        else outlet.url = raw.url;
      }
      Object.assign(outlet, optionalDate(raw, 'date', problems, at));
      outlets.push(outlet);
    });
  }

  const ids = outlets.map((o) => o.id);
  const duplicateId = ids.find((id, i) => id && ids.indexOf(id) !== i);
  if (duplicateId) problems.push(`outlet id "${duplicateId}" is used twice`);
  const files = [wire.file, ...outlets.map((o) => o.file)].filter(Boolean);
  const duplicateFile = files.find((file, i) => files.indexOf(file) !== i);
  if (duplicateFile) problems.push(`file "${duplicateFile}" is used twice`);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, meta: { title, date, agency, wire, outlets } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldName(key: string, at?: string): string {
  return at ? `${at}.${key}` : key;
}

function requiredString(obj: Record<string, unknown>, key: string, problems: string[], at?: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push(`"${fieldName(key, at)}" is required and must be a non-empty string`);
    return '';
  }
  return value.trim();
}

function requiredDate(obj: Record<string, unknown>, key: string, problems: string[]): string {
  const value = requiredString(obj, key, problems);
  if (value && !isPartialDate(value)) problems.push(`"${key}" must be a date as YYYY-MM or YYYY-MM-DD`);
  return value;
}

function optionalDate(
  obj: Record<string, unknown>,
  key: string,
  problems: string[],
  at?: string,
): { date?: string } {
  const dateKey = key.split('.').pop() ?? key;
  const value = obj[dateKey];
  if (value === undefined) return {};
  if (typeof value !== 'string' || !isPartialDate(value)) {
    problems.push(`"${fieldName(key, at)}" must be a date as YYYY-MM or YYYY-MM-DD`);
    return {};
  }
  return { date: value };
}

function requiredFile(obj: Record<string, unknown>, key: string, problems: string[], at?: string): string {
  const fileKey = key.split('.').pop() ?? key;
  const value = obj[fileKey];
  if (typeof value !== 'string' || !TEXT_FILE.test(value)) {
    problems.push(`"${fieldName(key, at)}" must be a .txt file name inside the story folder (no paths)`);
    return '';
  }
  return value;
}
