/**
 * The corpus pipeline's public types: wire items and articles as imported (JSON Lines or folders of .txt), and
 * what source discovery says about each article. Plain data only; `published` is an ISO 8601 string as given.
 */
import type { Verdict } from '../engine';

/** One item of an agency archive: one version of a wire story. */
export interface WireItem {
  /** Unique within the archive: the JSON Lines `id`, or the path relative to the imported folder. */
  id: string;
  text: string;
  title?: string;
  /** ISO 8601 date or date-time, as given. */
  published?: string;
  agency?: string;
  /** The agency's story id: every version of one story carries the same one. */
  story?: string;
}

/** One outlet article to be traced to its wire source. */
export interface ArticleItem {
  /** The JSON Lines `id`, the path relative to a folder, or the path as given for a single file. */
  id: string;
  text: string;
  outlet?: string;
  url?: string;
  /** ISO 8601 date or date-time, as given. */
  published?: string;
  title?: string;
}

/** Either a valid item or why it was refused (phrased for the person who supplied it). */
export type ItemResult<T> = { ok: true; item: T } | { ok: false; message: string };

/** One JSON Lines line: an item, a refusal naming the line, or nothing (a blank line). */
export type ParsedLine<T> =
  { ok: true; line: number; item: T } | { ok: false; line: number; message: string } | null;

/** One wire version an article was traced to, as verified by the alignment engine. */
export interface MatchSource {
  /** The wire item's id (the version the article is closest to). */
  wire: string;
  /** The story the version belongs to (agency story id or a grouped story's id), when known. */
  story?: string;
  verdict: Verdict;
  /** Share of the article's words that come from this wire version. */
  reuseShare: number;
  /** Share of the wire version's words that the article kept. */
  wireCoverage: number;
  /** The candidate score: share of the article's (filtered) fingerprints that the wire version shares, 0..1. */
  score: number;
}

/** What discovery says about one article: its verdict is its best source's, `independent` when none. */
export interface ArticleMatch {
  id: string;
  outlet?: string;
  verdict: Verdict;
  /** Best first; empty when nothing in the archive was copied. */
  sources: MatchSource[];
}

/** The `wiretrace.matches/1` document (see matches.schema.json). */
export interface MatchesJson {
  schema: 'wiretrace.matches/1';
  articles: ArticleMatch[];
}
