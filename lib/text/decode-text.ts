/**
 * Decoding user-supplied bytes into text, with the checks every entry point shares (importer, loader, CLI, API).
 *
 * Method: strict UTF-8 decoding (invalid sequences are an error, not U+FFFD), BOM removed, NUL bytes and
 * other binary control characters rejected, empty or whitespace-only text rejected.
 * Known weaknesses: legacy encodings (Latin-1, Windows-1252) are refused rather than guessed; a text that is
 * valid UTF-8 but not prose (a minified script, say) passes.
 */

/** Why a text was refused, phrased for the person who supplied it. */
export type TextProblem = 'empty' | 'binary' | 'encoding';

/** The outcome of {@link decodeText} or {@link checkText}. */
export type DecodedText = { ok: true; text: string } | { ok: false; problem: TextProblem; message: string };

const BYTE_ORDER_MARK = '\uFEFF';
// C0 controls other than tab, line feed, vertical tab, form feed and carriage return mark binary data.
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

const MESSAGES: Record<TextProblem, string> = {
  empty: 'is empty (or only white space)',
  binary: 'looks like binary data (it contains NUL or other control bytes), not plain text',
  encoding: 'is not valid UTF-8 text; save it as UTF-8 and try again',
};

/** Checks an already-decoded string: BOM removed, binary and empty text refused. */
export function checkText(raw: string): DecodedText {
  const text = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
  if (BINARY_CONTROL.test(text)) return refuse('binary');
  if (text.trim() === '') return refuse('empty');
  return { ok: true, text };
}

/** Decodes bytes as strict UTF-8 and applies {@link checkText}. */
export function decodeText(bytes: Uint8Array): DecodedText {
  // A NUL in the first bytes is the cheapest tell of a binary file, whatever its encoding would say.
  if (bytes.subarray(0, 8000).includes(0)) return refuse('binary');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse('encoding');
  }
  return checkText(raw);
}

function refuse(problem: TextProblem): DecodedText {
  return { ok: false, problem, message: MESSAGES[problem] };
}
