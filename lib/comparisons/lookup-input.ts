/**
 * Validates a "find the source" request — an article's text and, optionally, its publication date — into clean
 * input or one message per field, with the same text checks and limits as a new comparison.
 */
import { isIsoDate } from '../corpus';
import { checkText } from '../text/decode-text';
import { LIMITS, type FieldError } from './comparison-input';

/** What a lookup needs. */
export interface LookupInput {
  text: string;
  /** ISO 8601: wire items published after it (beyond clock skew) cannot be its source. */
  published?: string;
}

/** Checks `input` (parsed JSON: `{ text, published? }`). */
export function validateLookupInput(
  input: unknown,
): { ok: true; input: LookupInput } | { ok: false; errors: FieldError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [{ field: 'text', message: 'Send a JSON object: { "text": "…" }.' }] };
  const { text, published } = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  let clean = '';
  if (typeof text !== 'string' || text.trim() === '')
    errors.push({ field: 'text', message: 'The article is missing: paste or upload its text.' });
  else if (text.length > LIMITS.maxTextChars)
    errors.push({
      field: 'text',
      message: `The article has ${text.length.toLocaleString('en')} characters; the limit is ${LIMITS.maxTextChars.toLocaleString('en')}.`,
    });
  else {
    const checked = checkText(text);
    if (checked.ok) clean = checked.text;
    else errors.push({ field: 'text', message: `The article ${checked.message}` });
  }
  let date: string | undefined;
  if (published !== undefined && published !== null && published !== '') {
    if (typeof published !== 'string' || !isIsoDate(published.trim()))
      errors.push({
        field: 'published',
        message:
          'The publication date must be an ISO 8601 date, e.g. 2024-10-28 or 2024-10-28T14:05:00+01:00.',
      });
    else date = published.trim();
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, input: { text: clean, ...(date ? { published: date } : {}) } };
}
