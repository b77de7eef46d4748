/**
 * Validates a "new comparison" request — from the form or the HTTP API — into clean texts, or into one message per
 * field saying what to fix. Limits are documented in the README and shown in the form.
 * Known weakness: a text's size is checked in UTF-16 code units, so the byte limit on the request body, not this,
 * is what bounds memory.
 */
import { isIsoDate } from '../corpus';
import { checkText } from '../text/decode-text';
import { describeUnsafeCharacter, findUnsafeCharacter } from '../text/unsafe-characters';

/** The documented limits of a comparison. */
export const LIMITS = {
  maxOutlets: 20,
  /** Wire versions beyond the first (urgent, first version, summary, updates: rarely more). */
  maxExtraWireVersions: 5,
  /** Characters per text (wire or outlet): about 60 pages of news copy. */
  maxTextChars: 200_000,
  maxNameChars: 120,
  maxTitleChars: 200,
  maxAgencyChars: 60,
  /** An outlet's URL: longer addresses are tracking debris, not a citation. */
  maxUrlChars: 2000,
  /** Bytes of a whole API request body. */
  maxBodyBytes: 5 * 1024 * 1024,
} as const;

/** One outlet version: its display name, its text, and where and when it was published, when known. */
export interface OutletDraft {
  name: string;
  text: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
}

/** A comparison as stored: a title, the texts, outlets with display names, and what is known of the sources. */
export interface ComparisonDraft {
  title: string;
  wireText: string;
  outlets: OutletDraft[];
  /** The agency that sent the wire, e.g. dpa. */
  agency?: string;
  /** When the wire was published (ISO 8601): the story's date, not the day the comparison was saved. */
  wirePublished?: string;
  /** Further versions of the agency text; each outlet is compared with the version closest to it. */
  wireVersions?: WireVersionDraft[];
}

/** A further version of the agency text (an update, a summary). */
export interface WireVersionDraft {
  text: string;
  label?: string;
  /** ISO 8601. */
  published?: string;
}

/** A problem with one field: `title`, `wire`, `outlets`, `outlets.2.name`, `outlets.2.text`. */
export interface FieldError {
  field: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkBody(field: string, label: string, value: unknown, errors: FieldError[]): string {
  if (value === undefined || value === null || value === '') {
    errors.push({ field, message: `${label} is missing: paste or upload the text.` });
    return '';
  }
  if (typeof value !== 'string') {
    errors.push({ field, message: `${label} must be text (a JSON string).` });
    return '';
  }
  if (value.length > LIMITS.maxTextChars) {
    errors.push({
      field,
      message: `${label} is too long: ${value.length.toLocaleString('en')} characters; the limit is ${LIMITS.maxTextChars.toLocaleString('en')}.`,
    });
    return '';
  }
  const checked = checkText(value);
  if (!checked.ok) {
    errors.push({ field, message: `${label} ${checked.message}.` });
    return '';
  }
  // After the shared check, so binary data is called binary; this adds lone surrogates and the rarer controls.
  const unsafe = findUnsafeCharacter(checked.text, 'body');
  if (unsafe) {
    errors.push({ field, message: `${label} ${describeUnsafeCharacter(unsafe)}; remove it and send again.` });
    return '';
  }
  return checked.text;
}

const DATE_EXAMPLE = 'an ISO 8601 date such as 2024-10-28 or 2024-10-28T14:05:00+01:00';

// Optional metadata: absent, null and '' mean "not given"; anything else must be right, or it is reported.
function optionalString(
  field: string,
  label: string,
  value: unknown,
  errors: FieldError[],
  check: (text: string) => string | null,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    errors.push({ field, message: `${label} must be text.` });
    return undefined;
  }
  const problem = check(value.trim());
  if (problem) errors.push({ field, message: `${label} ${problem}` });
  return problem ? undefined : value.trim() || undefined;
}

const isDate = (text: string) => (isIsoDate(text) ? null : `must be ${DATE_EXAMPLE}.`);
const isUrl = (text: string) =>
  text.length > LIMITS.maxUrlChars
    ? `is longer than ${LIMITS.maxUrlChars} characters.`
    : /^https?:\/\/[^\s]+$/i.test(text)
      ? null
      : 'must be an http:// or https:// address.';
const isAgency = (text: string) =>
  text.length > LIMITS.maxAgencyChars ? `is longer than ${LIMITS.maxAgencyChars} characters.` : null;

// Names and titles are one-line labels: no control character, no lone surrogate.
function checkLabel(field: string, label: string, value: string, errors: FieldError[]): string {
  const unsafe = findUnsafeCharacter(value, 'label');
  if (!unsafe) return value.trim();
  errors.push({ field, message: `${label} ${describeUnsafeCharacter(unsafe)}; remove it and send again.` });
  return '';
}

/** Validates untrusted input (parsed JSON) into a draft, or returns every problem, field by field. */
export function validateComparisonInput(
  input: unknown,
): { ok: true; draft: ComparisonDraft } | { ok: false; errors: FieldError[] } {
  if (!isRecord(input))
    return {
      ok: false,
      errors: [{ field: 'body', message: 'Send a JSON object with "wire" and "outlets".' }],
    };
  const errors: FieldError[] = [];

  let title = '';
  if (input.title !== undefined && input.title !== null) {
    if (typeof input.title !== 'string') errors.push({ field: 'title', message: 'The title must be text.' });
    else if (input.title.length > LIMITS.maxTitleChars)
      errors.push({
        field: 'title',
        message: `The title is too long; the limit is ${LIMITS.maxTitleChars} characters.`,
      });
    else title = checkLabel('title', 'The title', input.title, errors);
  }

  const wireValue = isRecord(input.wire) ? input.wire.text : input.wire;
  const wireText = checkBody('wire', 'The wire text', wireValue, errors);
  const agency = optionalString('agency', 'The agency', input.agency, errors, isAgency);
  const wirePublished = optionalString(
    'wirePublished',
    "The wire's publication date",
    input.wirePublished ?? (isRecord(input.wire) ? input.wire.published : undefined),
    errors,
    isDate,
  );

  const wireVersions: WireVersionDraft[] = [];
  if (input.wireVersions !== undefined && input.wireVersions !== null) {
    if (!Array.isArray(input.wireVersions))
      errors.push({ field: 'wireVersions', message: 'Further wire versions must be a list.' });
    else if (input.wireVersions.length > LIMITS.maxExtraWireVersions)
      errors.push({
        field: 'wireVersions',
        message: `Too many wire versions: ${input.wireVersions.length + 1}; the limit is ${LIMITS.maxExtraWireVersions + 1}.`,
      });
    else
      input.wireVersions.forEach((raw: unknown, i) => {
        const entry = isRecord(raw) ? raw : { text: raw };
        const at = `wireVersions.${i}`;
        const text = checkBody(`${at}.text`, `Wire version ${i + 2}`, entry.text, errors);
        const label = optionalString(
          `${at}.label`,
          `The label of wire version ${i + 2}`,
          entry.label,
          errors,
          (t) =>
            t.length > LIMITS.maxNameChars ? `is longer than ${LIMITS.maxNameChars} characters.` : null,
        );
        const published = optionalString(
          `${at}.published`,
          `The publication date of wire version ${i + 2}`,
          entry.published,
          errors,
          isDate,
        );
        wireVersions.push({ text, ...(label ? { label } : {}), ...(published ? { published } : {}) });
      });
  }

  const outlets: ComparisonDraft['outlets'] = [];
  if (!Array.isArray(input.outlets) || input.outlets.length === 0) {
    errors.push({ field: 'outlets', message: 'Add at least one outlet version.' });
  } else if (input.outlets.length > LIMITS.maxOutlets) {
    errors.push({
      field: 'outlets',
      message: `Too many outlet versions: ${input.outlets.length}; the limit is ${LIMITS.maxOutlets}.`,
    });
  } else {
    input.outlets.forEach((raw: unknown, i) => {
      const entry = isRecord(raw) ? raw : { text: raw };
      let name = `Outlet ${i + 1}`;
      if (entry.name !== undefined && entry.name !== null && entry.name !== '') {
        if (typeof entry.name !== 'string')
          errors.push({ field: `outlets.${i}.name`, message: 'The name must be text.' });
        else if (entry.name.length > LIMITS.maxNameChars)
          errors.push({
            field: `outlets.${i}.name`,
            message: `The name is too long; the limit is ${LIMITS.maxNameChars} characters.`,
          });
        else name = checkLabel(`outlets.${i}.name`, 'The name', entry.name, errors) || name;
      }
      const text = checkBody(`outlets.${i}.text`, `The text of outlet ${i + 1}`, entry.text, errors);
      const url = optionalString(`outlets.${i}.url`, `The URL of outlet ${i + 1}`, entry.url, errors, isUrl);
      const published = optionalString(
        `outlets.${i}.published`,
        `The publication date of outlet ${i + 1}`,
        entry.published,
        errors,
        isDate,
      );
      outlets.push({ name, text, ...(url ? { url } : {}), ...(published ? { published } : {}) });
    });
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      title: title || defaultTitle(wireText),
      wireText,
      outlets,
      ...(agency ? { agency } : {}),
      ...(wirePublished ? { wirePublished } : {}),
      ...(wireVersions.length > 0 ? { wireVersions } : {}),
    },
  };
}

/** A title from the wire's first line, for comparisons saved without one. */
export function defaultTitle(wireText: string): string {
  const firstLine = wireText.trim().split('\n')[0]!.trim();
  return firstLine.length > 90 ? `${firstLine.slice(0, 87).trimEnd()}…` : firstLine;
}
