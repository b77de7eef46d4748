/**
 * Every public type of the alignment engine, in one place. Offsets are UTF-16 code units (JavaScript string
 * indices) into a text exactly as given (BOM removed); `end` is exclusive.
 */
import type { FurnitureReason } from './furniture';

export type { FurnitureReason } from './furniture';

/** What a unit of the wire is. */
export type UnitKind = 'text' | 'heading' | 'boilerplate';

/** What an outlet did with one of its own units. */
export type OutletStatus = 'copied' | 'edited' | 'added' | 'boilerplate';

/** What an outlet did with one wire unit. */
export type WireStatus = 'kept' | 'edited' | 'dropped';

/**
 * How an outlet judged independent relates to a wire unit its sentences resemble: the same facts, names or
 * numbers in similar words (`resemblance`), or only a quotation both took from the speaker (`shared-quote`).
 * Neither is copying.
 */
export type WireResemblance = 'resemblance' | 'shared-quote';

/** Whether an outlet's article is built from the wire (after the METER corpus: wholly, partially, not derived). */
export type Verdict = 'derived' | 'partial' | 'independent';

/** A range of a text. */
export interface Span {
  start: number;
  end: number;
}

/** One step of a word diff: `same` and `ins` point into the outlet text, `del` into the wire text. */
export interface DiffOp extends Span {
  op: 'same' | 'ins' | 'del';
}

/** A sentence-like unit of the wire text. */
export interface WireUnit extends Span {
  /** `w1`, `w2`, … in text order. */
  id: string;
  kind: UnitKind;
  /** Why the unit is boilerplate, when it is. */
  furniture?: FurnitureReason;
  /** For `recurring` furniture: where it recurs ("recurs in 14 of 20 items of this feed"). */
  furnitureNote?: string;
}

/** A sentence-like unit of an outlet text and what the outlet did with it. */
export interface OutletUnit extends Span {
  status: OutletStatus;
  /** Headings (titles, kickers, crossheads) are shown as such; `boilerplate` for furniture. */
  kind: UnitKind;
  /**
   * Ids of the wire units it derives from, in wire order (two or more: combined from them); empty for added and
   * boilerplate units — except in an outlet judged independent, where its units are all `added` and `wire`
   * names the wire units a unit resembles.
   */
  wire: string[];
  /** True when the outlet placed it out of the wire's order. */
  moved: boolean;
  /** True when everything it shares with the wire stands in quotation marks (in either text): a common source. */
  sharedQuote: boolean;
  /** For copied and edited units: the word diff against its wire units, in reading order. */
  diff: DiffOp[];
  furniture?: FurnitureReason;
  /** For `recurring` furniture: where it recurs ("recurs in 14 of 20 articles of this outlet"). */
  furnitureNote?: string;
}

/** Figures for one outlet. Words are counted outside boilerplate. */
export interface OutletStats {
  /** The outlet's words outside boilerplate. */
  words: number;
  /** Of those, the words in parts that match the wire. */
  reusedWords: number;
  /** reusedWords / words. */
  reuseShare: number;
  /** Share of the wire's words (outside its furniture) that the outlet kept. */
  wireCoverage: number;
  /** Words in units the outlet added on its own. */
  addedWords: number;
  /** Reused words that stand outside quotation marks in both texts: the evidence of copying. */
  unquotedReusedWords: number;
  /**
   * Words with letters replaced by look-alikes from another script (a Cyrillic "а" for "a"; lookalikes.ts). Only
   * present when there are any.
   */
  lookalikeWords?: number;
}

/** The alignment of one outlet text against the wire. */
export interface OutletAlignment {
  verdict: Verdict;
  /** One sentence saying why, for people. */
  reason: string;
  stats: OutletStats;
  units: OutletUnit[];
  /** For every wire unit that is not boilerplate. All `dropped` for an outlet judged independent. */
  wireStatus: Record<string, WireStatus>;
  /**
   * For an outlet judged independent: the wire units its sentences resemble, and how. Empty for derived and
   * partial outlets, whose matches are copies (see `wireStatus`).
   */
  wireResemblance: Record<string, WireResemblance>;
  /** Ids of the wire units the outlet shares only through quotations: a common source, not copying. */
  quoteOnlyWire: string[];
}

/** The result of {@link compare}. */
export interface Alignment {
  wire: { units: WireUnit[] };
  outlets: OutletAlignment[];
}
