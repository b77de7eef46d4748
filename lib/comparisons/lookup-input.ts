/**
 * Validates a "find the source" request — an article's text, optionally its publication date, and whether to
 * open the comparison with its best source — into clean input or one message per field: one zod schema, with
 * the same text checks and limits as a new comparison (a lone surrogate or control character is refused here,
 * before any lookup runs, as the comparison it may open would refuse it).
 */
import { z } from 'zod';
import { isIsoDate } from '../corpus';
import { fieldErrors, notGiven, pastedText, type FieldError } from '../input/fields';
import { LIMITS } from './comparison-input';

/** What a lookup needs. */
export interface LookupInput {
  text: string;
  /** ISO 8601: wire items published after it (beyond clock skew) cannot be its source. */
  published?: string;
  /** Save the article and its best source as a comparison, through the create path of POST /api/comparisons. */
  open: boolean;
}

const MISSING = 'The article is missing: paste or upload its text.';
const NOT_A_DATE =
  'The publication date must be an ISO 8601 date, e.g. 2024-10-28 or 2024-10-28T14:05:00+01:00.';

const LOOKUP_INPUT = z
  .object(
    {
      // Only white space is no article at all.
      text: z.preprocess(
        (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
        pastedText(LIMITS.maxTextChars, {
          missing: () => MISSING,
          notText: () => MISSING,
          tooLong: (_path, characters) =>
            `The article has ${characters.toLocaleString('en')} characters; the limit is ${LIMITS.maxTextChars.toLocaleString('en')}.`,
          notPlain: (_path, why) => `The article ${why}`,
          unsafe: (_path, where) => `The article ${where}; remove it and send again.`,
        }),
      ),
      published: z.preprocess(
        notGiven,
        z
          .string({ error: NOT_A_DATE })
          .trim()
          .refine((value) => isIsoDate(value), { error: NOT_A_DATE })
          .optional(),
      ),
      open: z.boolean({ error: '"open" must be true or false.' }).nullish(),
    },
    { error: 'Send a JSON object: { "text": "…" }.' },
  )
  .transform(({ text, published, open }): LookupInput => ({
    text,
    ...(published ? { published } : {}),
    open: open === true,
  }));

/** Checks `input` (parsed JSON: `{ text, published?, open? }`). */
export function validateLookupInput(
  input: unknown,
): { ok: true; input: LookupInput } | { ok: false; errors: FieldError[] } {
  const parsed = LOOKUP_INPUT.safeParse(input);
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, 'text') };
}
