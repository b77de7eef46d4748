/**
 * Prepares one text for comparison: normalize → unwrap → tokenize → segment → mark furniture (by rule, and by
 * what was learned from the text's outlet or feed), joined into units
 * that know their tokens. Unwrapping turns the line breaks of a hard-wrapped paragraph into spaces (unwrap.ts), so
 * `text` differs from the raw text only in white space and every offset stays an offset into the raw text.
 * Method: tokens and segments are computed once over the whole text and zipped by offset, which is linear. Known weakness: a token that straddles a segment boundary (none can with the current rules) would
 * be given to the segment it starts in.
 */
import { findFurniture, type FurnitureReason } from './furniture';
import { recurringNotes, type FurnitureLookup } from './furniture-learning';
import { unifyLineBreaks } from './normalize';
import { segment, type SegmentRole } from './segment';
import type { Language } from './languages';
import { readWords, type Token } from './tokenize';
import type { WordFrequencies } from './word-frequencies';
import { unwrapLines } from './unwrap';

/** A segment with its tokens. `from`/`to` index the document's token array, `to` exclusive. */
export interface DocumentUnit {
  start: number;
  end: number;
  role: SegmentRole;
  furniture: FurnitureReason | null;
  /** Why a `recurring` unit is furniture: "recurs in 14 of 20 articles of this outlet". */
  furnitureNote?: string;
  from: number;
  to: number;
  /** Number of content (non-function) words. */
  contentWords: number;
}

/** A text ready for matching. */
export interface PreparedDocument {
  /** The raw text with line breaks unified and wrapped paragraphs joined; same length as the raw text. */
  text: string;
  tokens: Token[];
  units: DocumentUnit[];
  language: Language;
  /** True when a normalized word is common in the text's language or archive (word-frequencies.ts). */
  isCommon: (word: string) => boolean;
}

/** What a document is prepared with beyond its text. */
export interface DocumentOptions {
  /** Looks lines up in the furniture learned from the text's outlet or feed (furniture-learning.ts). */
  furniture?: FurnitureLookup;
  /** The archive's document frequencies, when there is an archive. */
  frequencies?: WordFrequencies;
}

/** Prepares `raw` (BOM already removed) for comparison; offsets stay offsets into `raw`. */
export function prepareDocument(raw: string, options: DocumentOptions = {}): PreparedDocument {
  const text = unwrapLines(unifyLineBreaks(raw));
  const { tokens, language, knowledge } = readWords(text, options.frequencies);
  const segments = segment(text);
  const lookup = options.furniture;
  const furniture = findFurniture(text, segments, lookup && ((line) => lookup(line) !== null));
  const notes = recurringNotes(text, segments, furniture, lookup);
  const units: DocumentUnit[] = [];
  let t = 0;
  for (const [i, seg] of segments.entries()) {
    const from = t;
    let contentWords = 0;
    while (t < tokens.length && tokens[t]!.start < seg.end) {
      if (tokens[t]!.content) contentWords += 1;
      t += 1;
    }
    units.push({
      start: seg.start,
      end: seg.end,
      role: seg.role,
      furniture: furniture[i] ?? null,
      ...(notes[i] !== undefined ? { furnitureNote: notes[i] } : {}),
      from,
      to: t,
      contentWords,
    });
  }
  return { text, tokens, units, language, isCommon: knowledge.isCommon };
}
