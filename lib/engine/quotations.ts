/**
 * Stage 3 (part), quotations: which stretches of a text stand inside quotation marks.
 * Method: double marks «…» »…« „…“ “…” "…" are paired within a paragraph (a quote never runs over a blank line,
 * which also handles English multi-paragraph quotes that leave the closing mark out). Single marks ‚…‘ ‘…’ '…'
 * ‹…› ›…‹ share their characters with the apostrophe, so they are read by where they stand, as Markdown reads
 * emphasis: a mark opens a quotation only with a space or an opening mark before it and a letter or digit
 * after it, and closes one only with a non-space before it and a space or punctuation after it. A mark between
 * two letters (Britain's, Adani’s) is an apostrophe; elisions ('n', 'em, 'til, '90s) open nothing; a single
 * quotation must close on its own line (paragraph), else its opening mark was an apostrophe.
 * Known weaknesses: an unbalanced double mark opens a quotation until the end of its paragraph; a plural
 * possessive ("the companies' stocks") inside a single-quoted quotation ends it early.
 */

const DOUBLE_MARKS = /[«»„“”"\n]/g;
const DOUBLE_CLOSERS: Record<string, string> = {
  '«': '»',
  '»': '«',
  '„': '“”',
  '“': '”“',
  '”': '”',
  '"': '"',
};

const SINGLE_MARKS = /[‚‘’'‹›]/g;
const SINGLE_CLOSERS: Record<string, string> = {
  '‚': '‘’',
  '‘': '’‘',
  '’': '’',
  "'": "'",
  '‹': '›',
  '›': '‹',
};
// What may stand before an opening mark, and after a closing one.
const BEFORE_OPENING = /[\s([{\-–—/„“«»"]/u;
const AFTER_CLOSING = /[\s.,;:!?…)\]}\-–—/“”«»"]/u;
// Elisions that start with an apostrophe: "rock 'n' roll", "'em", "'til", "the '90s"; Dutch "'s avonds", "'t".
const ELISION = /^(?:n['’‘]|em\b|til\b|tis\b|twas\b|cause\b|\d0s\b|[stkn]\b)/iu;

/** Spans [start, end) of the text that stand inside quotation marks, in order and without overlaps. */
export function findQuotations(text: string): Array<[number, number]> {
  return union([...doubleQuotations(text), ...singleQuotations(text)]);
}

function doubleQuotations(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: { at: number; closers: string } | null = null;
  let lastBreak = -1;
  for (const match of text.matchAll(DOUBLE_MARKS)) {
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
      open = { at, closers: DOUBLE_CLOSERS[mark] ?? mark };
    }
  }
  if (open) spans.push([open.at, text.length]);
  return spans;
}

function singleQuotations(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: { at: number; closers: string } | null = null;
  for (const match of text.matchAll(SINGLE_MARKS)) {
    const mark = match[0];
    const at = match.index;
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + 1] ?? ' ';
    if (open && text.slice(open.at, at).includes('\n')) open = null;
    const canClose = !/\s/u.test(before) && AFTER_CLOSING.test(after);
    if (open && canClose && open.closers.includes(mark)) {
      spans.push([open.at, at + 1]);
      open = null;
      continue;
    }
    const canOpen =
      BEFORE_OPENING.test(before) && /[\p{L}\p{N}]/u.test(after) && !ELISION.test(text.slice(at + 1, at + 6));
    if (!open && canOpen) open = { at, closers: SINGLE_CLOSERS[mark] ?? mark };
  }
  return spans;
}

function union(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}
