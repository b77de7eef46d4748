/**
 * Stage 4, segment: splits a text into sentence-like units with raw offsets that together cover the text.
 * Method: every line is a block (outlets use single line breaks for paragraphs; hard-wrapped lines were joined
 * into paragraphs before, in unwrap.ts); inside a line, a sentence ends
 * at . ! ? or … (with any closing quotes or brackets) followed by space and a capital letter, digit or opening
 * quote (Spanish ¿ ¡, French « with its space) — unless the word before is an abbreviation (German, English and AP
 * state names, French, Spanish, Italian and Dutch titles), an initialism ("U.S."), a single letter or a one- or
 * two-digit ordinal ("22. Juni", "16. bis 19. Jahrhunderts", "(l.)"). Glued boundaries without a space are split when a closing quote or a full
 * stop is followed directly by a capitalised word ("Eskalation“Extreme", "Konsequenzen.Foto:"). Datelines
 * ("Brüssel (dpa) - ", "ALBANY, Ore. (AP) — ", "LONDON, Oct 11 (Reuters) - ", or "Peine - " opening a long paragraph) and a leading archive marker become units of their own so the sentence after them can
 * match. A short quotation inside a running sentence (a title: „Krieg. Macht. Sinn.“) is not cut at its full stops.
 * Known weaknesses: abbreviations outside the list before a capitalised word split a sentence; a
 * headline glued to its kicker without punctuation ("Ukraine-Krieg Nato: …") stays one unit.
 */
import { findArchiveMarker } from '../text/archive-marker';
import { ENGINE_CONFIG } from './config';
import { findQuotations } from './quotations';

const { plainDatelineMinWords, headingMaxWords, maxSegmentWords, chunkWords, quotedTitleMaxWords } =
  ENGINE_CONFIG.segment;

/** What a segment is before any comparison. */
export type SegmentRole = 'text' | 'heading' | 'dateline' | 'marker';

/** A sentence-like unit of a text. Offsets are UTF-16 indices into the raw text; `end` is exclusive. */
export interface Segment {
  start: number;
  end: number;
  role: SegmentRole;
  /** Index of the line (block) the segment stands in. */
  line: number;
  /** True when the segment is alone on its line. */
  wholeLine: boolean;
}

const ABBREVIATIONS = new Set(
  `dr prof nr bzw vgl ca etc usw evtl ggf inkl zb ua uvm sog str abs art bd jh jhd mio mrd tsd mr mrs ms st vs no
  jan feb mär mar apr jun jul aug sep sept okt oct nov dez dec hr fr gen lt col sen rep gov corp inc ltd co jr sr u.a z.b d.h
  ala ariz ark calif colo conn fla ga kan ky md mich minn mont neb nev okla ore tenn vt va wis wyo
  mme mlle mm sra srta dña ud uds sig sigg dott avv dhr mevr drs ir bijv`.split(/\s+/),
);

// A sentence end: terminal punctuation (full-width too), optional closing quotes/brackets, then space and a capital,
// a digit or an opening mark (Spanish ¿ ¡, French « with its space).
const SENTENCE_END = /[.!?…．！？]+["'»«“”’)\]]*(?=\s+(?:[«‹]\s?|["'„»“(\[¿¡])?[\p{Lu}\p{N}])/gu;
// Glued boundaries: closing quote or full stop directly before a capitalised word of two or more letters.
const GLUED_END = /(?<=[\p{Ll}\p{N}])(?:[“”»"]|[.!?](?=[\p{Lu}][\p{Ll}]))(?=[\p{Lu}][\p{Ll}])/gu;
// A place, optionally with a state or a date after a comma ("ALBANY, Ore. (AP) —", "LONDON, Oct 11 (Reuters) -"),
// then the agency in parentheses.
const DATELINE =
  /^([\p{Lu}][\p{L}.' \/-]{1,40}?(?:,\s[\p{Lu}\p{N}][\p{L}\p{N}.' ]{0,20}?)?)\s\((?:[a-zA-Z]{2,12}(?:[\/-][a-zA-Z]{2,12})?)\)(?:\s?[-–—]\s|\.\s*$|:\s)/u;
// The same without the agency ("Peine - Ein umgestürzter Baum …"), trusted only at the start of a long paragraph.
const PLAIN_DATELINE = /^[\p{Lu}][\p{L}.'\/-]*(?: [\p{Lu}][\p{L}.'\/-]*){0,2} [-–—] (?=[\p{Lu}\p{N}])/u;
// A copyright sign starts a credit even in mid-line ("… getröstet.  © Bild-Montage: dpa").
const CREDIT_START = /\s(?=©)/g;
// A parenthesis closing a paragraph after its last sentence is a label or credit of its own: "… Plakats. (mit dpa)".
const TRAILING_PARENTHESIS = /(?<=[.!?…]["'»«“”’]*)\s+(?=\([^()\n]{1,60}\)\s*$)/gu;
const TERMINAL = /[.!?…:;,]["'»«“”’)\]]*\s*$/u;

// A heading is a short line none of whose pieces ends like a sentence (a kicker glued to a title counts).
function isHeadingLine(
  text: string,
  pieces: Array<{ start: number; end: number; role: SegmentRole }>,
): boolean {
  const body = pieces.filter((piece) => piece.role === 'text');
  if (body.length === 0) return false;
  const words = text.slice(body[0]!.start, body.at(-1)!.end).split(/\s+/).filter(Boolean).length;
  return (
    words <= headingMaxWords && body.every((piece) => !TERMINAL.test(text.slice(piece.start, piece.end)))
  );
}

/**
 * Whether the punctuation at `punctuationAt` ends a sentence: the word before it decides — abbreviations, initials
 * and ordinals do not end sentences. `lineStart` bounds the look-back.
 */
export function isSentenceEnd(text: string, lineStart: number, punctuationAt: number): boolean {
  const before = text.slice(Math.max(lineStart, punctuationAt - 24), punctuationAt);
  const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  if (text[punctuationAt] !== '.') return true;
  if (/^\p{N}{1,2}$/u.test(word)) return false;
  if (/^\p{L}$/u.test(word)) return false;
  // Initialisms with inner full stops ("U.S. District Judge", "EE.UU.") run on.
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Quotations that stand inside a running sentence as a name — a title, a slogan: the mark follows a word, not
 * a colon, comma or sentence start, and the quotation is short ("Die Ausstellung „Krieg. Macht. Sinn.“ läuft").
 * A full stop inside one does not end the sentence around it.
 */
export function findQuotedTitles(text: string): Array<[number, number]> {
  return findQuotations(text).filter(([start, end]) => {
    const before = /(\S)\s*$/u.exec(text.slice(Math.max(0, start - 8), start))?.[1] ?? '';
    const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
    return /[\p{L}\p{N}]/u.test(before) && words <= quotedTitleMaxWords;
  });
}

function splitLine(text: string, start: number, end: number, titles: Array<[number, number]>): number[] {
  const cuts: number[] = [];
  const line = text.slice(start, end);
  const inTitle = (at: number) => titles.some(([from, to]) => from < at && at < to);
  for (const match of line.matchAll(SENTENCE_END)) {
    const cut = start + match.index + match[0].length;
    if (isSentenceEnd(text, start, start + match.index) && !inTitle(cut)) cuts.push(cut);
  }
  for (const match of line.matchAll(GLUED_END)) cuts.push(start + match.index + match[0].length);
  for (const match of line.matchAll(CREDIT_START)) cuts.push(start + match.index + match[0].length);
  for (const match of line.matchAll(TRAILING_PARENTHESIS)) cuts.push(start + match.index + match[0].length);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Splits `text` (line breaks already unified) into segments covering it from 0 to text.length. */
export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  const marker = findArchiveMarker(text);
  if (marker) {
    segments.push({ start: 0, end: marker.length, role: 'marker', line: 0, wholeLine: false });
    cursor = marker.length;
  }
  let line = 0;
  const titles = findQuotedTitles(text);
  while (cursor < text.length) {
    const newline = text.indexOf('\n', cursor);
    const lineEnd = newline === -1 ? text.length : newline;
    const content = text.slice(cursor, lineEnd);
    if (content.trim() !== '') {
      const lead = content.length - content.trimStart().length;
      let from = cursor + lead;
      const pieces: Array<{ start: number; end: number; role: SegmentRole }> = [];
      const rest = text.slice(from, lineEnd);
      const dateline =
        DATELINE.exec(rest) ??
        (rest.split(/\s+/).length >= plainDatelineMinWords ? PLAIN_DATELINE.exec(rest) : null);
      if (dateline) {
        pieces.push({ start: from, end: from + dateline[0].length, role: 'dateline' });
        from += dateline[0].length;
      }
      const bounded: number[] = [];
      let previous = from;
      for (const cut of [...splitLine(text, from, lineEnd, titles), lineEnd]) {
        bounded.push(...chunkLongRun(text, previous, cut));
        previous = cut;
      }
      for (const cut of bounded) {
        if (text.slice(from, cut).trim() !== '') pieces.push({ start: from, end: cut, role: 'text' });
        from = cut;
      }
      const wholeLine = pieces.length === 1;
      const isHeading = isHeadingLine(text, pieces);
      for (const piece of pieces) {
        const role = piece.role === 'text' && isHeading ? 'heading' : piece.role;
        segments.push({ ...piece, role, line, wholeLine });
      }
      line += 1;
    }
    cursor = newline === -1 ? text.length : newline + 1;
  }
  return coverWholeText(segments, text.length);
}

// Text without sentence punctuation would make one giant unit; cut it into chunks of about 80 words, preferring
// a comma or semicolon, so that every later stage works on bounded units.
function chunkLongRun(text: string, from: number, to: number): number[] {
  // A run shorter than this many characters cannot hold maxSegmentWords words.
  if (to - from < maxSegmentWords * 2) return [to];
  const words = [...text.slice(from, to).matchAll(/\S+/g)];
  if (words.length <= maxSegmentWords) return [to];
  const cuts: number[] = [];
  let count = 0;
  for (const word of words) {
    count += 1;
    const softEnd = /[,;:]$/.test(word[0]) && count >= chunkWords / 2;
    if (count >= chunkWords || softEnd) {
      cuts.push(from + word.index + word[0].length);
      count = 0;
    }
  }
  if (cuts.at(-1) !== to) cuts.push(to);
  return cuts;
}

// Whitespace between segments is given to the segment before it (or the first one), so units cover the text.
function coverWholeText(segments: Segment[], length: number): Segment[] {
  if (segments.length === 0) return [];
  segments[0]!.start = 0;
  for (let i = 0; i < segments.length - 1; i += 1) segments[i]!.end = segments[i + 1]!.start;
  segments[segments.length - 1]!.end = length;
  return segments;
}
