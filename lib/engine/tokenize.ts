/**
 * Stage 1b, tokenize: word tokens with raw offsets, their normalized form and whether they stand in a quotation.
 * Method: one Unicode regex (linear; Intl.Segmenter is quadratic on long strings in Node 20). A word is a run of
 * letters, digits and marks that may contain hyphens and apostrophes between letters and separators between
 * digits, so "Nato-Staaten", "600.000", "Britain's" and "euro-atlantischen" stay whole; soft hyphens stay inside.
 * Quotations are found by pairing «…» »…« „…“ “…” "…" within a paragraph (a quote never runs over a blank line,
 * which also handles English multi-paragraph quotes that leave the closing mark out).
 * Known weaknesses: single quotation marks ‚…‘ '…' are ignored (they are mostly nested or scare quotes); an
 * unbalanced quote mark opens a quotation until the end of its paragraph.
 */
import { normalizeWord } from './normalize';
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
const QUOTE_MARKS = /[«»„“”"\n]/g;
const OPENERS_TO_CLOSERS: Record<string, string> = {
  '«': '»',
  '»': '«',
  '„': '“”',
  '“': '”“',
  '”': '”',
  '"': '"',
};

/** Spans [start, end) of the text that stand inside quotation marks, in order. */
export function findQuotations(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: { at: number; closers: string } | null = null;
  let lastBreak = -1;
  for (const match of text.matchAll(QUOTE_MARKS)) {
    const mark = match[0];
    const at = match.index;
    if (mark === '\n') {
      // A blank line ends a paragraph, and with it any quotation left open.
      if (open && text.slice(lastBreak + 1, at).trim() === '') {
        spans.push([open.at, at]);
        open = null;
      }
      lastBreak = at;
      continue;
    }
    if (open && open.closers.includes(mark)) {
      spans.push([open.at, at + 1]);
      open = null;
    } else if (!open) {
      open = { at, closers: OPENERS_TO_CLOSERS[mark] ?? mark };
    }
  }
  if (open) spans.push([open.at, text.length]);
  return spans;
}

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
