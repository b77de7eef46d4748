/**
 * Validates a "new comparison" request — from the form or the HTTP API — into clean texts, or into one message per
 * field saying what to fix: one zod schema (built from lib/input/fields.ts), fields in the order of the form.
 * Limits are documented in the README and shown in the form.
 * Known weakness: a text's size is checked in UTF-16 code units, so the byte limit on the request body, not this,
 * is what bounds memory.
 */
import { z } from 'zod';
import { isIsoDate } from '../corpus';
import {
  entryNumber,
  fieldErrors,
  notGiven,
  oneLineLabel,
  listOf,
  optionalValue,
  pastedText,
  labelAt,
  type FieldError,
  type Label,
} from '../input/fields';

export type { FieldError } from '../input/fields';

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A wire or outlet text: `label` names it in every message. */
const bodyText = (label: Label) =>
  pastedText(LIMITS.maxTextChars, {
    missing: (path) => `${labelAt(label, path)} is missing: paste or upload the text.`,
    notText: (path) => `${labelAt(label, path)} must be text (a JSON string).`,
    tooLong: (path, characters) =>
      `${labelAt(label, path)} is too long: ${characters.toLocaleString('en')} characters; the limit is ${LIMITS.maxTextChars.toLocaleString('en')}.`,
    notPlain: (path, why) => `${labelAt(label, path)} ${why}.`,
    unsafe: (path, where) => `${labelAt(label, path)} ${where}; remove it and send again.`,
  });

const DATE_EXAMPLE = 'an ISO 8601 date such as 2024-10-28 or 2024-10-28T14:05:00+01:00';
const isoDate = (label: Label) =>
  optionalValue(label, (text) => (isIsoDate(text) ? null : `must be ${DATE_EXAMPLE}.`));
const shorterThan = (max: number) => (text: string) =>
  text.length > max ? `is longer than ${max} characters.` : null;
const isUrl = (text: string) =>
  text.length > LIMITS.maxUrlChars
    ? `is longer than ${LIMITS.maxUrlChars} characters.`
    : /^https?:\/\/[^\s]+$/i.test(text)
      ? null
      : 'must be an http:// or https:// address.';

// A list entry may be given as its text alone.
const asEntry = (raw: unknown) => (isRecord(raw) ? raw : { text: raw });

const wireVersion = z.preprocess(
  asEntry,
  z.object({
    text: bodyText((path) => `Wire version ${entryNumber(path) + 1}`),
    label: optionalValue(
      (path) => `The label of wire version ${entryNumber(path) + 1}`,
      shorterThan(LIMITS.maxNameChars),
      { oneLine: true },
    ),
    published: isoDate((path) => `The publication date of wire version ${entryNumber(path) + 1}`),
  }),
);

const outlet = z.preprocess(
  asEntry,
  z.object({
    name: z.preprocess(notGiven, oneLineLabel('The name', LIMITS.maxNameChars)),
    text: bodyText((path) => `The text of outlet ${entryNumber(path)}`),
    url: optionalValue((path) => `The URL of outlet ${entryNumber(path)}`, isUrl, { oneLine: true }),
    published: isoDate((path) => `The publication date of outlet ${entryNumber(path)}`),
  }),
);

/** The request body of `POST /api/comparisons` (and the form), in the order its fields are reported. */
const COMPARISON_INPUT = z.preprocess(
  // The wire may be given as { text, published }: its date is the comparison's wirePublished.
  (input) =>
    isRecord(input) && isRecord(input.wire)
      ? { ...input, wire: input.wire.text, wirePublished: input.wirePublished ?? input.wire.published }
      : input,
  z
    .object(
      {
        title: oneLineLabel('The title', LIMITS.maxTitleChars),
        wire: bodyText('The wire text'),
        agency: optionalValue('The agency', shorterThan(LIMITS.maxAgencyChars), { oneLine: true }),
        wirePublished: isoDate("The wire's publication date"),
        wireVersions: listOf(wireVersion, {
          max: LIMITS.maxExtraWireVersions,
          notList: 'Further wire versions must be a list.',
          tooMany: (count) =>
            `Too many wire versions: ${count + 1}; the limit is ${LIMITS.maxExtraWireVersions + 1}.`,
        }).nullish(),
        outlets: listOf(outlet, {
          min: 1,
          max: LIMITS.maxOutlets,
          notList: 'Add at least one outlet version.',
          tooMany: (count) => `Too many outlet versions: ${count}; the limit is ${LIMITS.maxOutlets}.`,
        }),
      },
      { error: 'Send a JSON object with "wire" and "outlets".' },
    )
    .transform((input): ComparisonDraft => ({
      title: input.title || defaultTitle(input.wire),
      wireText: input.wire,
      outlets: input.outlets.map((o, i) => ({
        name: o.name || `Outlet ${i + 1}`,
        text: o.text,
        ...(o.url ? { url: o.url } : {}),
        ...(o.published ? { published: o.published } : {}),
      })),
      ...(input.agency ? { agency: input.agency } : {}),
      ...(input.wirePublished ? { wirePublished: input.wirePublished } : {}),
      ...(input.wireVersions?.length
        ? {
            wireVersions: input.wireVersions.map((v) => ({
              text: v.text,
              ...(v.label ? { label: v.label } : {}),
              ...(v.published ? { published: v.published } : {}),
            })),
          }
        : {}),
    })),
);

/** Validates untrusted input (parsed JSON) into a draft, or returns every problem, field by field. */
export function validateComparisonInput(
  input: unknown,
): { ok: true; draft: ComparisonDraft } | { ok: false; errors: FieldError[] } {
  const parsed = COMPARISON_INPUT.safeParse(input);
  return parsed.success
    ? { ok: true, draft: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, 'body') };
}

/** A title from the wire's first line, for comparisons saved without one. */
export function defaultTitle(wireText: string): string {
  const firstLine = wireText.trim().split('\n')[0]!.trim();
  return firstLine.length > 90 ? `${firstLine.slice(0, 87).trimEnd()}…` : firstLine;
}
