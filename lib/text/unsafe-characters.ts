/**
 * Finds characters that must not enter a stored comparison: lone UTF-16 surrogates and control characters.
 *
 * Method: one regular expression per rule, reporting the first offending character with its position, so the
 * error message can say where it is. JSON.parse keeps an escaped lone surrogate (`"\ud800"`) as a lone code unit,
 * so checking the parsed strings catches what the byte-level UTF-8 check cannot see. Texts may keep tab, line feed
 * and carriage return; names and titles are single-line labels and may hold no C0 or C1 control at all.
 * Known weaknesses: other invisible characters (zero-width spaces, bidirectional overrides) pass; they are
 * rendered as text, never as markup, so they can mislead a reader but not run anything.
 */

/** What kind of text a string is: a multi-line body, or a one-line label (name, title). */
export type TextKind = 'body' | 'label';

/** The first unsafe character of a string, or null when it has none. */
export interface UnsafeCharacter {
  /** Zero-based UTF-16 offset of the character. */
  offset: number;
  /** The character as U+XXXX. */
  codePoint: string;
  /** What it is, phrased for the person who sent it. */
  reason: string;
}

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls except tab, line feed and carriage return, and DEL: no prose needs them, and they reach terminals
// and spreadsheets unchanged.
const BODY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// In one-line labels every C0 and C1 control (and DEL) is refused; a line break in a name breaks the CSV row.
const LABEL_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

function describe(text: string, offset: number, reason: string): UnsafeCharacter {
  const code = text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0');
  return { offset, codePoint: `U+${code}`, reason };
}

/** The first lone surrogate or disallowed control character of `text`, or null when the text is clean. */
export function findUnsafeCharacter(text: string, kind: TextKind): UnsafeCharacter | null {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return describe(text, surrogate.index, 'a lone UTF-16 surrogate, which is not a character');
  const control = (kind === 'body' ? BODY_CONTROL : LABEL_CONTROL).exec(text);
  if (control) return describe(text, control.index, 'a control character');
  return null;
}

/** A sentence for an error message: "contains U+0007 (a control character) at character 13". */
export function describeUnsafeCharacter(found: UnsafeCharacter): string {
  return `contains ${found.codePoint} (${found.reason}) at character ${found.offset + 1}`;
}
