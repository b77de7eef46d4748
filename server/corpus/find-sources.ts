/**
 * "Find the source" over the stored archive: the text's winnowed fingerprints (lib/corpus) → candidate wire items
 * by shared-fingerprint count in SQL (fingerprints held by too many items, the stock phrases in
 * `common_fingerprints`, left out first) → the date rule and verification with the alignment engine
 * (server/lookup/verify-lookup.ts: lib/corpus's verifyCandidates, the same as `wiretrace match`; the API runs it
 * on the worker pool) → sources best first. When nothing was derived, the nearest candidates are returned with
 * the reason each was not enough.
 * Cost: one indexed lookup per fingerprint (each postings list is at most maxItemsPerFingerprint long), then at
 * most `verifyTop` engine comparisons. Known weakness: `common_fingerprints` is refreshed by the trace job, so
 * right after an import of new wires (before the job) a new stock phrase still counts.
 */
import {
  candidatesFromCounts,
  CORPUS_CONFIG,
  fingerprint,
  verifyCandidates,
  type ArticleItem,
  type ArticleMatch,
  type DiscoveryCandidate,
  type DiscoveryConfig,
} from '@/lib/corpus';
import type { Queryable } from '../db/open-database';
import { forVerification, verifyLookup, type LookupTask } from '../lookup/verify-lookup';
import { placeholders } from './rows';
import type { LookupOptions, SourceLookup } from './types';

const LOOKUP = {
  /** Fingerprints per IN (…) list: under SQLite's and PostgreSQL's parameter limits with room to spare. */
  chunk: 900,
  /** How long the archive size shown with a lookup may be stale: imports take minutes, lookups milliseconds. */
  countTtlMs: 10_000,
};

const counted = new WeakMap<Queryable, { at: number; n: number }>();

/** The number of wire items, counted at most every `countTtlMs` (COUNT(*) scans the table in PostgreSQL). */
async function wireCount(db: Queryable): Promise<number> {
  const known = counted.get(db);
  if (known && Date.now() - known.at < LOOKUP.countTtlMs) return known.n;
  const n = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM wires'))?.n ?? 0;
  counted.set(db, { at: Date.now(), n });
  return n;
}

/** Candidate wire items of a text's fingerprints, by database row id; see the module comment. */
export async function sqlCandidates(
  db: Queryable,
  prints: Int32Array,
  config: DiscoveryConfig = CORPUS_CONFIG.discovery,
): Promise<{ candidates: { item: number; shared: number }[]; usable: number }> {
  const usablePrints: number[] = [];
  for (let start = 0; start < prints.length; start += LOOKUP.chunk) {
    const chunk = Array.from(prints.subarray(start, start + LOOKUP.chunk));
    const stock = await db.all<{ hash: number }>(
      `SELECT hash FROM common_fingerprints WHERE hash IN (${placeholders(chunk.length)})`,
      chunk,
    );
    const stockSet = new Set(stock.map((row) => row.hash));
    for (const hash of chunk) if (!stockSet.has(hash)) usablePrints.push(hash);
  }
  const shared = new Map<number, number>();
  for (let start = 0; start < usablePrints.length; start += LOOKUP.chunk) {
    const chunk = usablePrints.slice(start, start + LOOKUP.chunk);
    const rows = await db.all<{ item: number; n: number }>(
      `SELECT item, COUNT(*) AS n FROM fingerprints WHERE hash IN (${placeholders(chunk.length)}) GROUP BY item`,
      chunk,
    );
    for (const row of rows) shared.set(row.item, (shared.get(row.item) ?? 0) + row.n);
  }
  // The most shared first, ties in archive order (as the in-memory index breaks them).
  const candidates = [...shared]
    .map(([item, n]) => ({ item, shared: n }))
    .sort((a, b) => b.shared - a.shared || a.item - b.item)
    .slice(0, config.candidateLimit);
  return { candidates, usable: usablePrints.length };
}

/** A candidate's wire row with its story key. */
export interface CandidateWire {
  id: number;
  ext_id: string;
  text: string;
  title: string | null;
  published: string | null;
  agency: string | null;
  story: number | null;
  story_key: string | null;
}

/** The wire rows of candidate items, by row id. */
export async function candidateWires(
  db: Queryable,
  items: readonly number[],
): Promise<Map<number, CandidateWire>> {
  if (items.length === 0) return new Map();
  const rows = await db.all<CandidateWire>(
    `SELECT w.id, w.ext_id, w.text, w.title, w.published, w.agency, w.story, s.story_key
       FROM wires w LEFT JOIN stories s ON s.id = w.story WHERE w.id IN (${placeholders(items.length)})`,
    [...items],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** One article's candidates from SQL, scored, with their wire rows (by imported id). */
async function articleCandidates(
  db: Queryable,
  article: ArticleItem,
  config: DiscoveryConfig,
): Promise<{ discovery: DiscoveryCandidate[]; byExtId: Map<string, CandidateWire>; usable: number }> {
  const prints = fingerprint(article.text);
  const { candidates, usable } = await sqlCandidates(db, prints, config);
  const wires = await candidateWires(
    db,
    candidates.map((c) => c.item),
  );
  const byExtId = new Map([...wires.values()].map((row) => [row.ext_id, row]));
  // Scored by lib/corpus exactly as its in-memory index scores (shared / fingerprints that are not stock).
  const discovery = candidatesFromCounts(
    prints.length,
    prints.length - usable,
    candidates.flatMap(({ item, shared }) => {
      const row = wires.get(item);
      return row ? [{ wire: row.ext_id, shared }] : [];
    }),
  );
  return { discovery, byExtId, usable };
}

/** One article traced with SQL candidates: its match, the candidates and their wire rows (by imported id). */
export async function matchArticle(
  db: Queryable,
  article: ArticleItem,
  config: DiscoveryConfig = CORPUS_CONFIG.discovery,
): Promise<{
  match: ArticleMatch;
  discovery: DiscoveryCandidate[];
  byExtId: Map<string, CandidateWire>;
  usable: number;
}> {
  const found = await articleCandidates(db, article, config);
  const match = verifyCandidates(
    article,
    found.discovery,
    (id) => {
      const row = found.byExtId.get(id);
      return row ? forVerification(row) : undefined;
    },
    config,
  );
  return { match, ...found };
}

/**
 * Searches the stored archive for the sources of `text`; see the module comment. The candidates are found here;
 * `verify` checks them (in this thread by default; the API passes the worker pool's).
 */
export async function findSources(
  db: Queryable,
  text: string,
  options: LookupOptions = {},
  config: DiscoveryConfig = CORPUS_CONFIG.discovery,
  verify: (task: LookupTask) => SourceLookup | Promise<SourceLookup> = verifyLookup,
): Promise<SourceLookup> {
  const archiveSize = await wireCount(db);
  const article = { id: 'lookup', text, ...(options.published ? { published: options.published } : {}) };
  const { discovery, byExtId, usable } = await articleCandidates(db, article, config);
  return verify({ article, discovery, wires: [...byExtId.values()], usable, archiveSize, options, config });
}
