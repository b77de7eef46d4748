/**
 * The corpus read API's types: what the app pages get from the stored corpus (stories, their wire versions and
 * traced articles, jobs, counts, and "find the source" lookups). Plain data; ids are the ids as imported (the
 * JSON Lines `id` or the relative path), except stories, which are numbered by the database.
 */
import type { MatchSource } from '@/lib/corpus/types';
import type { Verdict } from '@/lib/engine';

/** A page of the story list, filtered. All fields optional. */
export interface StoryQuery {
  /** 1-based page number (default 1). */
  page?: number;
  /** Stories per page (default 20, at most 100). */
  pageSize?: number;
  /** A substring of the title, any case. */
  title?: string;
  /** Stories first published on or after this ISO date (or date-time). */
  from?: string;
  /** Stories first published on or before this ISO date (a date includes its whole day). */
  to?: string;
  /** The agency, exactly as imported (e.g. "dpa"). */
  agency?: string;
  /** Also list stories no article was traced to (default: only stories with derived or partial articles). */
  includeUntraced?: boolean;
}

/** One wire story in a list: its versions grouped, with counts. */
export interface StorySummary {
  /** The story's number, for URLs (`/corpus/stories/12`). */
  id: number;
  /** The agency's story id when the items carried one, else the id of the story's first version. */
  key: string;
  /** The first version's title (or its first line when it has none). */
  title: string;
  agency: string | null;
  /** ISO 8601 (UTC) of the earliest dated version; null when no version is dated. */
  firstPublished: string | null;
  /** Number of wire versions. */
  versions: number;
  /** Articles traced to the story (derived or partial). */
  articles: number;
  derived: number;
  partial: number;
}

/** A page of stories, newest first. */
export interface StoryPage {
  stories: StorySummary[];
  /** Stories matching the query, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  /** Number of pages (at least 1). */
  pages: number;
}

/** One wire version (item) of a story. */
export interface WireVersion {
  /** The wire item's id as imported. */
  id: string;
  title: string | null;
  text: string;
  /** `published` as imported. */
  published: string | null;
  agency: string | null;
  /** The agency's story id, when given. */
  agencyStory: string | null;
  /** The story it was grouped into, once the trace job has run. */
  storyId: number | null;
}

/** An article traced to a story, with its figures against the version it is closest to. */
export interface TracedArticle {
  /** The article's id as imported. */
  id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  verdict: Verdict;
  /** The wire version (id as imported) the article is closest to: compare against this one. */
  closestVersion: string;
  reuseShare: number;
  wireCoverage: number;
  score: number;
  /** Every verified source, best first (ids as imported); the first is `closestVersion`. */
  sources: MatchSource[];
}

/** One story opened: its versions (oldest first) and the articles traced to it. */
export interface CorpusStory {
  summary: StorySummary;
  versions: WireVersion[];
  /** Best traced first (derived before partial, then by reuse share). */
  articles: TracedArticle[];
}

/** What kind of background work a job is. */
export type JobKind = 'import' | 'trace';

/** A job's state: running (with progress), done or failed (with its message). */
export type JobStatus = 'running' | 'done' | 'failed';

/** One background job (imports and the trace job), for the progress display. */
export interface JobInfo {
  id: number;
  kind: JobKind;
  status: JobStatus;
  done: number;
  /** Null while the total is not known yet. */
  total: number | null;
  /** What it is doing or did, for people ("Importing wires.jsonl", "Traced 2,000 articles"). */
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** Last progress update; a running job whose update is old has probably died with its process. */
  updatedAt: string;
}

/** The corpus at a glance. */
export interface CorpusCounts {
  wires: number;
  articles: number;
  /** Stories with at least one traced (derived or partial) article. */
  stories: number;
  /** All stories, including those nothing was traced to. */
  allStories: number;
  derived: number;
  partial: number;
  independent: number;
  /** Articles imported but not (re)traced yet. */
  untraced: number;
  /** When the last import finished (ISO 8601), or null. */
  lastImport: string | null;
}

/** A wire item found as a source by {@link CorpusReader.findSources}. */
export interface FoundSource extends MatchSource {
  title: string | null;
  published: string | null;
  agency: string | null;
  storyId: number | null;
  /** The wire version's text, to open the comparison with. */
  text: string;
}

/** A candidate that was not enough, and why. */
export interface NearCandidate {
  /** The wire item's id as imported. */
  wire: string;
  title: string | null;
  published: string | null;
  storyId: number | null;
  /** Fingerprints it shares with the text (after dropping stock phrases). */
  sharedFingerprints: number;
  /** Shared share of the text's fingerprints, 0..1. */
  score: number;
  /** The engine's figures when it was verified. */
  verified?: { verdict: Verdict; reuseShare: number; wireCoverage: number };
  /** Why it is not a source, for people. */
  why: string;
}

/** The answer of a "find the source" lookup. */
export interface SourceLookup {
  /** The best source's verdict; `independent` when none. */
  verdict: Verdict;
  /** Verified sources, best first; empty when nothing in the archive was copied. */
  sources: FoundSource[];
  /** When `sources` is empty: the nearest candidates and why they were not enough (best first, a few). */
  nearest: NearCandidate[];
  /** The text's fingerprints used for the search (stock phrases dropped). */
  fingerprints: number;
  /** Wire items in the archive. */
  archiveSize: number;
}

/** Options of a lookup. */
export interface LookupOptions {
  /** The article's publication date (ISO 8601): wire items published after it (beyond clock skew) are excluded. */
  published?: string;
}

/** What the app pages read from the corpus. */
export interface CorpusReader {
  listStories(query?: StoryQuery): Promise<StoryPage>;
  /** One story with its versions and traced articles, or null. */
  getStory(id: number): Promise<CorpusStory | null>;
  /** One wire item by its imported id, or null. */
  getWire(id: string): Promise<WireVersion | null>;
  /** The most recent jobs first. */
  listJobs(limit?: number): Promise<JobInfo[]>;
  counts(): Promise<CorpusCounts>;
  /** When an import or trace job last finished (ISO 8601), or null: a look at the small jobs table only. */
  lastChange(): Promise<string | null>;
  /** The agencies of the listed stories (those with traced articles), sorted: for the agency filter. */
  agencies(): Promise<string[]>;
  /** Searches the archive for the wire sources of `text` (fingerprints, then verification by the engine). */
  findSources(text: string, options?: LookupOptions): Promise<SourceLookup>;
}
