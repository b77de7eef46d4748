/**
 * Stage 1, normalize: decides what counts as "the same word" so that typography is never mistaken for editing.
 * Method: the raw text is never rewritten; instead every word token keeps its raw offsets and gets a normalized
 * form — Unicode NFKC (full-width and other compatibility forms folded), soft hyphens and zero-width characters
 * removed, all hyphen variants unified, typographic apostrophes folded, separators inside numbers dropped
 * (600.000 = 600,000, 16.00 = 16:00), look-alike letters replaced by what they imitate (confusables.ts: the
 * UTS #39 skeleton, so a Cyrillic "а" is an "a"), lower case.
 * Quotation marks, dashes, non-breaking spaces and line breaks are not words, so they cannot differ.
 * ß and ss are the same (Swiss outlets write ss throughout).
 * Known weaknesses: other spelling variants (ä/ae, British/American) count as edits; a decimal point and a
 * thousands separator fold alike (5.4 = 54), which only matters when both texts hold such numbers.
 */

import { skeleton } from './confusables';

/** Characters that take no room: soft hyphen, zero-width space, (non-)joiners, word joiner, invisible operators, BOM. */
export const INVISIBLE_IN_WORDS = '\u00AD\u200B-\u200D\u2060-\u2064\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_IN_WORDS}]`, 'g');
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
const APOSTROPHES = /[\u2019\u02BC\u2018`´]/g;
const NUMBER_SEPARATOR = /(?<=\p{N})[.,:'\u2019\u00A0\u202F](?=\p{N})/gu;

// Most words are plain Latin letters and digits: lower-casing is all they need, and it is ten times cheaper.
const NEEDS_FULL_NORMALIZATION = /[^A-Za-z0-9\u00C0-\u00FF]/;

// Swiss German writes ss for ß throughout ("Strasse"): a national spelling convention, not an editor's change.
function foldSharpS(word: string): string {
  return word.includes('ß') ? word.replace(/ß/g, 'ss') : word;
}

/** The comparison form of one raw word token. */
export function normalizeWord(raw: string): string {
  if (!NEEDS_FULL_NORMALIZATION.test(raw)) return foldSharpS(raw.toLowerCase());
  const folded = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(APOSTROPHES, "'")
    .replace(NUMBER_SEPARATOR, '');
  return foldSharpS(skeleton(folded).toLowerCase());
}

/** Unifies line endings so that CRLF and CR texts segment like LF texts; lengths are kept so offsets stay raw. */
export function unifyLineBreaks(text: string): string {
  // "\r\n" → " \n" and lone "\r" → "\n": same length, so every offset into the result is an offset into the input.
  return text.replace(/\r\n/g, ' \n').replace(/\r/g, '\n');
}
