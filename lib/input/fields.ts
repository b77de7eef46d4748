/**
 * The building blocks of the request schemas (zod): a pasted text, a one-line label, an optional checked value,
 * and the translation of zod's issues into the `{ field, message }` list every API answer and form shows.
 * Method: each block states its checks in the order a person fixes them (missing, wrong type, too long, not plain
 * text, an unsafe character) and stops at the first that fails, so a field gets one message, the one to act on.
 * Lengths are refinements rather than zod's .max(), which also runs on a value of the wrong type.
 * Messages are functions of the field's path, so that list entries say which one they are ("the text of outlet 3").
 * Known weakness: a text's size is checked in UTF-16 code units, so the byte limit on the request body, not this,
 * is what bounds memory.
 */
import { z } from 'zod';
import { checkText } from '../text/decode-text';
import { describeUnsafeCharacter, findUnsafeCharacter, type TextKind } from '../text/unsafe-characters';

/** A problem with one field: `title`, `wire`, `outlets`, `outlets.2.name`, `outlets.2.text`. */
export interface FieldError {
  field: string;
  message: string;
}

/** Where a field sits in the request: `['outlets', 2, 'text']`. */
export type FieldPath = readonly PropertyKey[];

/** A field's name in messages, fixed or depending on its place in a list. */
export type Label = string | ((path: FieldPath) => string);

// zod gives the issue's whole path when it makes the message.
const pathOf = (issue: { path?: PropertyKey[] }): FieldPath => issue.path ?? [];

/** The label of the field at `path`. */
export const labelAt = (label: Label, path: FieldPath): string =>
  typeof label === 'string' ? label : label(path);

/** The 1-based number of the list entry a path is in (`['outlets', 2, 'text']` → 3). */
export const entryNumber = (path: FieldPath): number => Number(path[1]) + 1;

/** Optional values: absent, null and '' all mean "not given". */
export const notGiven = (value: unknown): unknown =>
  value === undefined || value === null || value === '' ? undefined : value;

const firstUnsafe = (text: string, kind: TextKind) => {
  const found = findUnsafeCharacter(text, kind);
  return found ? describeUnsafeCharacter(found) : null;
};

/** What a pasted text says when it is refused. */
export interface TextMessages {
  missing: (path: FieldPath) => string;
  notText: (path: FieldPath) => string;
  tooLong: (path: FieldPath, characters: number) => string;
  /** Not plain text (binary, empty): `why` is checkText's reason. */
  notPlain: (path: FieldPath, why: string) => string;
  /** A lone surrogate or a control character: `where` says which and where. */
  unsafe: (path: FieldPath, where: string) => string;
}

/**
 * A pasted text (wire or article): given, a string, at most `maxChars`, plain text (no binary data, not empty;
 * a byte-order mark removed), with no lone surrogate or control character but tab and line breaks.
 */
export function pastedText(maxChars: number, messages: TextMessages) {
  const text = z
    .string({
      error: (issue) => (issue.input === undefined ? messages.missing : messages.notText)(pathOf(issue)),
    })
    .refine((value) => value.length <= maxChars, {
      error: (issue) => messages.tooLong(pathOf(issue), (issue.input as string).length),
      abort: true,
    })
    .refine((value) => checkText(value).ok, {
      error: (issue) => {
        const checked = checkText(issue.input as string);
        return messages.notPlain(pathOf(issue), checked.ok ? '' : checked.message);
      },
      abort: true,
    })
    .overwrite((value) => {
      const checked = checkText(value);
      return checked.ok ? checked.text : value;
    })
    .refine((value) => firstUnsafe(value, 'body') === null, {
      error: (issue) => messages.unsafe(pathOf(issue), firstUnsafe(issue.input as string, 'body')!),
    });
  return z.preprocess(notGiven, text);
}

/**
 * A one-line label (a name, a title): a string of at most `maxChars` with no control character or lone
 * surrogate at all, trimmed. Absent and null give undefined; what counts as "not given" beyond that is the
 * caller's (a title may be '', then made from the wire).
 */
export function oneLineLabel(label: Label, maxChars: number) {
  return z
    .string({ error: (issue) => `${labelAt(label, pathOf(issue))} must be text.` })
    .refine((value) => value.length <= maxChars, {
      error: (issue) => `${labelAt(label, pathOf(issue))} is too long; the limit is ${maxChars} characters.`,
      abort: true,
    })
    .refine((value) => firstUnsafe(value, 'label') === null, {
      error: (issue) =>
        `${labelAt(label, pathOf(issue))} ${firstUnsafe(issue.input as string, 'label')}; remove it and send again.`,
      abort: true,
    })
    .trim()
    .nullish();
}

/**
 * Optional metadata (an agency, a URL, a date): not given, or a string whose trimmed value passes `problem`
 * (which returns what is wrong, or null); '' when it trims away. Spaces and tabs around it (a value copied from
 * a spreadsheet) are trimmed first. `oneLine` values (an agency, a label, a URL: shown and exported as they are)
 * may hold no control character or lone surrogate either; a date's own check already refuses them.
 */
export function optionalValue(
  label: Label,
  problem: (trimmed: string) => string | null,
  { oneLine = false }: { oneLine?: boolean } = {},
) {
  const value = z
    .string({ error: (issue) => `${labelAt(label, pathOf(issue))} must be text.` })
    .trim()
    .refine((text) => !oneLine || firstUnsafe(text, 'label') === null, {
      error: (issue) =>
        `${labelAt(label, pathOf(issue))} ${firstUnsafe(issue.input as string, 'label')}; remove it and send again.`,
      abort: true,
    })
    .refine((text) => problem(text) === null, {
      error: (issue) => `${labelAt(label, pathOf(issue))} ${problem(issue.input as string)}`,
    })
    .optional();
  return z.preprocess(notGiven, value);
}

/**
 * A list of `entry`: a list at all, then of `min` to `max` entries, and only then each entry checked — more
 * entries than allowed get one message, not one per entry. `tooMany` is given the count.
 */
export function listOf<T extends z.ZodType>(
  entry: T,
  limits: { min?: number; max: number; notList: string; tooFew?: string; tooMany: (count: number) => string },
) {
  const { min = 0, max, notList, tooFew = notList, tooMany } = limits;
  return z
    .array(z.unknown(), { error: notList })
    .refine((list) => list.length >= min, { error: tooFew, abort: true })
    .refine((list) => list.length <= max, {
      error: (issue) => tooMany((issue.input as unknown[]).length),
      abort: true,
    })
    .pipe(z.array(entry));
}

/** zod's issues as the API's field errors; an issue about the whole request is named `rootField`. */
export function fieldErrors(error: z.ZodError, rootField: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.length === 0 ? rootField : issue.path.join('.'),
    message: issue.message,
  }));
}
