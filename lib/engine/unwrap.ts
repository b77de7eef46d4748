/**
 * Stage 2, unwrap: finds line breaks that only wrap a paragraph at a fixed width (agency archives, e-mails,
 * pasted terminal text) and turns them into spaces, so that segmentation sees paragraphs, not line fragments.
 * The result has the same length as the input: every offset still points into the text as given.
 * Method, after how a greedy line wrapper works: a line was broken only because the next word did not fit.
 *   - The wrap width is estimated from line-length statistics: a high quantile of the line lengths (robust to a
 *     few long lines such as URLs). A text is wrapped when that width is at most a terminal-like width and most
 *     breaks inside blocks of consecutive lines fall on a *full* line — one the next line's first word would
 *     have overflowed. Texts with a paragraph per line give few full lines, since their lines vary in length.
 *   - A break where segment.ts would split anyway (a sentence end before a capital, not after an abbreviation
 *     or ordinal) is kept: the units are the same, and it may end a paragraph that line-based rules need (a repeated caption, a heading).
 *   - A break before a line indented deeper than the one before is kept: it starts a paragraph.
 *   - Otherwise, in a wrapped text, a break after a full line is soft; and in any text, a long enough line that
 *     is continued in lower case is soft too (a ragged wrap, or a wrapper that broke early).
 * Known weaknesses: a word hyphenated across a break ("Vertei-\ndigung") stays two words; a heading or caption
 * without a full stop that fills a whole wrapped line is joined with the paragraph after it; a text of only two or three lines is never
 * recognised as wrapped by its statistics.
 */
import { ENGINE_CONFIG } from './config';
import { isSentenceEnd } from './segment';

const { widthQuantile, maxWrapWidth, minFullShare, minFullBreaks, minContinuedLineChars } =
  ENGINE_CONFIG.unwrap;

const SENTENCE_END = /[.!?…]+["'»«“”’‘)\]]*\s*$/u;
const SENTENCE_START = /^["'„«»“(\[]?[\p{Lu}\p{N}]/u;
const LOWER_START = /^["'„«»“‘‚(]?\p{Ll}/u;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line break ending it (text.length for the last line). */
  end: number;
  /** The line without surrounding white space. */
  content: string;
  /** The line's length without trailing white space (indentation counts: it takes up width). */
  width: number;
  /** White space before the first character. */
  indent: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end);
    lines.push({
      start,
      end,
      content: raw.trim(),
      width: raw.trimEnd().length,
      indent: raw.length - raw.trimStart().length,
    });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** The estimated wrap width: the `widthQuantile` quantile of the non-blank lines' widths. */
export function estimateWrapWidth(widths: number[]): number {
  if (widths.length === 0) return 0;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted[Math.floor(widthQuantile * (sorted.length - 1))]!;
}

function firstWordLength(line: Line): number {
  return line.content.split(/\s/, 1)[0]!.length;
}

/** True when the next line's first word would not have fitted on `line` at `width`: the wrapper had to break. */
function isFull(line: Line, next: Line, width: number): boolean {
  return line.width + 1 + firstWordLength(next) > width;
}

/** The offsets of the soft line breaks of `text` (line breaks already unified to \n). */
export function findSoftBreaks(text: string): number[] {
  const lines = splitLines(text);
  const width = estimateWrapWidth(lines.filter((line) => line.content !== '').map((line) => line.width));
  let inner = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (lines[i]!.content === '' || lines[i + 1]!.content === '') continue;
    inner += 1;
    if (isFull(lines[i]!, lines[i + 1]!, width)) full += 1;
  }
  const wrapped = width <= maxWrapWidth && full >= minFullBreaks && full >= minFullShare * inner;

  const soft: number[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.content === '' || next.content === '' || splitsAnyway(text, line, next)) continue;
    // A line indented deeper than the one before starts a paragraph (archives indent first lines).
    if (next.indent > line.indent) continue;
    const continued = LOWER_START.test(next.content) && line.content.length >= minContinuedLineChars;
    if (continued || (wrapped && isFull(line, next, width))) soft.push(line.end);
  }
  return soft;
}

// A break where segmentation splits anyway (a sentence end before a capital) is kept: the units are the same
// joined or not, and it may end a paragraph that line-based furniture rules need to see (a repeated caption).
function splitsAnyway(text: string, line: Line, next: Line): boolean {
  const end = SENTENCE_END.exec(text.slice(line.start, line.end));
  return (
    end !== null &&
    SENTENCE_START.test(next.content) &&
    isSentenceEnd(text, line.start, line.start + end.index)
  );
}

/** `text` with its soft line breaks replaced by spaces; same length, so offsets are unchanged. */
export function unwrapLines(text: string): string {
  const soft = findSoftBreaks(text);
  if (soft.length === 0) return text;
  let result = '';
  let from = 0;
  for (const at of soft) {
    result += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return result + text.slice(from);
}
