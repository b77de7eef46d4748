/**
 * Stage 3, tokenize: word tokens with raw offsets, their normalized form and whether they stand in a quotation.
 * Method: one Unicode regex (linear; Intl.Segmenter is quadratic on long strings in Node 20). A word is a run of
 * letters, digits and marks that may contain hyphens and apostrophes between letters and separators between
 * digits, so "Nato-Staaten", "600.000", "Britain's" and "euro-atlantischen" stay whole; soft hyphens stay inside.
 * Whether a word stands in a quotation comes from quotations.ts (double and single marks, apostrophes told apart).
 * Known weakness: a word hyphenated across a line break stays two words.
 */
import { normalizeWord } from './normalize';
import { findQuotations } from './quotations';
import { isStopword } from './stopwords';

/** One word of a text. Offsets are UTF-16 indices into the raw text; `end` is exclusive. */
export interface Token {
  start: number;
  end: number;
  /** Normalized form used for comparison. */
  norm: string;
  /** False for function words, which never anchor a match. */
  content: boolean;
  /** True when the word stands inside quotation marks. */
  quoted: boolean;
}

const WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\u00AD\u200B\u2060]|['’\-\u2010\u2011](?=[\p{L}\p{N}])|(?<=\p{N})[.,:](?=\p{N}))*/gu;

/** Splits `text` into word tokens; see the module comment for what a word is. */
export function tokenize(text: string): Token[] {
  const quotations = findQuotations(text);
  const tokens: Token[] = [];
  let q = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (q < quotations.length && quotations[q]![1] <= start) q += 1;
    const quote = quotations[q];
    const norm = normalizeWord(match[0]);
    tokens.push({
      start,
      end,
      norm,
      content: !isStopword(norm) && (norm.length > 1 || /\p{N}/u.test(norm)),
      quoted: quote !== undefined && quote[0] < start && end <= quote[1],
    });
  }
  return tokens;
}
