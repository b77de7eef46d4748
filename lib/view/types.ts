/**
 * The view model: what the comparison pages render, as plain data. The components only map kinds to elements
 * (react-diff-view's lesson); every decision about text, order and grouping is made here, in pure functions.
 */
import type { StorySpread } from '../dashboard/story-spread';
import type { ArticleParts } from './article-parts';
import type { RowPaging } from './row-pages';
import type { OutletStatus, UnitKind, Verdict, WireStatus } from '../engine';

/** A piece of a sentence as shown: unchanged, inserted by the outlet, deleted from the wire, or between words. */
export type PieceKind = 'same' | 'ins' | 'del' | 'plain';

/** One run of text with how it should be marked. */
export interface TextPiece {
  text: string;
  kind: PieceKind;
}

/** One outlet sentence, ready to render. */
export interface SentenceView {
  /** Element id and link fragment, e.g. `outlet-002-u12`. */
  anchor: string;
  outletId: string;
  status: OutletStatus;
  kind: UnitKind;
  moved: boolean;
  sharedQuote: boolean;
  /** Wire unit ids it derives from. */
  wire: string[];
  /** The sentence with changed words marked (edited) or as one plain piece. */
  pieces: TextPiece[];
  /** The sentence as published, trimmed. */
  text: string;
  /** True when a paragraph break follows it in the outlet's text. */
  endsParagraph: boolean;
  /** For page furniture: why it was set aside ("dateline", "recurs in 14 of 20 articles of this outlet"). */
  setAside?: string;
}

/** One wire sentence, ready to render. */
export interface WireSentenceView {
  id: string;
  kind: UnitKind;
  text: string;
  endsParagraph: boolean;
}

/** One outlet's summary line in the overview. */
export interface OutletSummaryView {
  id: string;
  name: string;
  url?: string;
  date?: string;
  verdict: Verdict;
  reason: string;
  reuseShare: number;
  wireCoverage: number;
  addedWords: number;
  words: number;
}

/** A run of consecutive sentences that are all page furniture (shown collapsed) or all text. */
export interface SentenceGroup {
  furniture: boolean;
  sentences: SentenceView[];
}

/** What one outlet did with one wire sentence, in the side-by-side grid. */
export interface AlignedCell {
  status: WireStatus;
  /** The outlet's sentences in this row, furniture grouped; empty when dropped or merged into a row above. */
  groups: SentenceGroup[];
}

/** A row of the side-by-side view: a wire sentence, or what outlets put between wire sentences. */
export type SideBySideRow =
  | { type: 'wire'; wire: WireSentenceView; cells: Record<string, AlignedCell> }
  | { type: 'extra'; key: string; cells: Record<string, SentenceGroup[]> };

/** One paragraph of an article as published: a heading line, a text paragraph, or a block of page furniture. */
export interface ArticleBlock {
  kind: 'heading' | 'text' | 'furniture';
  sentences: SentenceView[];
}

/** What one outlet did with one wire sentence, for the heat map and the wire view. */
export interface WireSentenceStatus {
  outletId: string;
  outletName: string;
  status: WireStatus;
  /** The outlet shares this sentence only through quotations, a common source. */
  sharedQuote: boolean;
  /** An independent version that did not take this sentence but resembles it (names, numbers, stock phrases). */
  resembles: boolean;
  /** What the outlet wrote of it: its sentences deriving from this wire sentence, in the outlet's order. */
  sentences: SentenceView[];
}

/** A wire sentence with what every outlet did with it (outlets in the default column order). */
export interface WireSentenceOutcome {
  wire: WireSentenceView;
  statuses: WireSentenceStatus[];
  counts: Record<WireStatus, number>;
}

/** Everything the story pages show. */
export interface StoryView {
  outlets: OutletSummaryView[];
  /** Outlets derived from the wire (derived or partial), in story order: the side-by-side columns. */
  aligned: OutletSummaryView[];
  /** Outlets that report independently: listed apart, never forced into rows. */
  independent: OutletSummaryView[];
  /**
   * Every outlet in the side-by-side view's default column order (most derived first, see column-order.ts).
   * The rows hold a cell for each, so `?outlets=` can bring in any version, independent ones too.
   */
  columns: OutletSummaryView[];
  /** The columns shown when the URL names none: the aligned ones, or every version when none is aligned. */
  defaultColumns: string[];
  wireSentences: WireSentenceView[];
  rows: SideBySideRow[];
  /** How the rows split into pages (row-pages.ts); the wire view pages along the same wire sentences. */
  paging: RowPaging;
  /** Per outlet id: its article as published, paragraph by paragraph. */
  articles: Record<string, ArticleBlock[]>;
  /** Per outlet id: how its article splits into parts for the outlet view (article-parts.ts). */
  articleParts: Record<string, ArticleParts>;
  /** Per wire id (excluding furniture): the outcome across all outlets. */
  wireOutcomes: WireSentenceOutcome[];
  /** Every wire unit's text by id (furniture included), for showing a sentence's wire source. */
  wireText: Record<string, string>;
}

/** What every view of a comparison needs: content stories and saved comparisons alike. */
export interface ScreenData {
  title: string;
  date?: string;
  /** The wire's agency, e.g. dpa; empty when unknown. */
  agency: string;
  view: StoryView;
  /** `/stories/<slug>` or `/c/<id>`: the views live below it. */
  basePath: string;
  /** The API address of this comparison; `?format=csv` gives the CSV. */
  exportHref: string;
  /** Saved comparisons are not listed anywhere: their pages ask search engines to stay away. */
  unlisted: boolean;
  /** When a saved comparison was saved (ISO 8601): not the story's date. */
  savedOn?: string;
  /** A corpus story's spread: which outlets picked it up, when and from which version. */
  spread?: StorySpread;
  /**
   * When the story has several wire versions: every version, the one shown marked current. Each outlet is
   * compared with the version it is closest to, so each version's screen shows the outlets closest to it.
   */
  wireVersions?: WireVersionLink[];
}

/** One wire version of a story — or, for copy chains, an outlet used as the base — as a link to its screen. */
export interface WireVersionLink {
  /** A version of the agency's text, or an outlet's text taken as the base of the comparison. */
  kind: 'wire' | 'outlet';
  /** The wire item's id as imported. */
  id: string;
  label: string;
  href: string;
  current: boolean;
  /** Outlets closest to this version. */
  outlets: number;
  published?: string;
}
