/**
 * Source discovery's second half: verify an article's candidate wires with the alignment engine and rank its
 * sources best first. Pure and storage-free: candidates (wire ids with scores) may come from the in-memory
 * the in-memory fingerprint index or from SQL, and wire texts come through a getter, so the database side reuses it.
 * Method: candidates best score first; wires dated after the article (beyond the clock skew) are dropped when both
 * carry dates; weak candidates (few shared fingerprints, far below the best) are not verified; at most
 * `verifyTop` are compared with the engine, at most `versionsPerStory` of one story. Each story keeps its best
 * version (best verdict, then the share of the article it explains, then coverage). The article's verdict is its
 * best source's, 'independent' with no sources when nothing was derived.
 * Known weaknesses: a source whose fingerprints rank below `verifyTop` versions of other stories is not verified;
 * an article stitched from many wires reports only the verified ones.
 */
import type { LearnedFurniture, Verdict, WordFrequencies } from '../engine';
import { CORPUS_CONFIG } from './config';
import { publishedTime } from './items';
import type { ArticleItem, ArticleMatch, MatchSource } from './types';
import { verifyArticle } from './verify-article';

/** A wire item proposed as an article's source. */
export interface DiscoveryCandidate {
  /** The wire item's id. */
  wire: string;
  /** Share of the article's non-stock fingerprints the wire holds, 0..1 (as the fingerprint index scores it). */
  score: number;
  /** Shared fingerprints, when known: candidates below `minSharedFingerprints` are not verified. */
  shared?: number;
}

/** What verification needs to know of a wire item. */
export interface WireForVerification {
  text: string;
  published?: string;
  /** The story the item belongs to (agency story id or grouped story); sources are reported once per story. */
  story?: string;
  /** The furniture learned from the item's feed (learnFurniture), set aside when it is compared. */
  furniture?: LearnedFurniture;
  /** The archive's word frequencies (wordFrequencies): how common words are, for the banality of shared runs. */
  frequencies?: WordFrequencies;
}

/** The discovery tunables (see CORPUS_CONFIG.discovery). */
export type DiscoveryConfig = typeof CORPUS_CONFIG.discovery;

const DAY_MS = 86_400_000;
const VERDICT_RANK: Record<Verdict, number> = { derived: 2, partial: 1, independent: 0 };

/**
 * Candidates from shared-fingerprint counts found elsewhere (SQL: `SELECT item, count(*) … WHERE hash IN (…)
 * GROUP BY item`, stock fingerprints left out), scored as the in-memory index scores them: shared over the
 * article's fingerprints that are not stock. Best first.
 */
export function candidatesFromCounts(
  articleFingerprints: number,
  stockFingerprints: number,
  counts: ReadonlyArray<{ wire: string; shared: number }>,
): DiscoveryCandidate[] {
  const usable = Math.max(articleFingerprints - stockFingerprints, 1);
  return counts
    .map(({ wire, shared }) => ({ wire, shared, score: Math.min(1, shared / usable) }))
    .sort((a, b) => b.shared - a.shared || (a.wire < b.wire ? -1 : 1));
}

/** True when a wire published at `wirePublished` may be the source of an article published at `articlePublished`. */
export function mayBeSource(
  wirePublished: string | undefined,
  articlePublished: string | undefined,
  clockSkewHours: number = CORPUS_CONFIG.discovery.clockSkewHours,
): boolean {
  const wireTime = publishedTime(wirePublished);
  let articleTime = publishedTime(articlePublished);
  if (Number.isNaN(wireTime) || Number.isNaN(articleTime)) return true;
  // An article dated by its day alone may have appeared at any time of that day.
  if (articlePublished!.length === 10) articleTime += DAY_MS - 1;
  return wireTime <= articleTime + clockSkewHours * 3_600_000;
}

/** Orders sources best first: verdict, then share of the article explained, then wire coverage, then score. */
export function compareSources(a: MatchSource, b: MatchSource): number {
  return (
    VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] ||
    b.reuseShare - a.reuseShare ||
    b.wireCoverage - a.wireCoverage ||
    b.score - a.score ||
    (a.wire < b.wire ? -1 : a.wire > b.wire ? 1 : 0)
  );
}

/**
 * Verifies `candidates` for `article` and returns its match: sources best first, one per story.
 * `getWire` returns the wire's text (and date, story) by id; candidates it does not know are skipped.
 */
export function verifyCandidates(
  article: ArticleItem,
  candidates: readonly DiscoveryCandidate[],
  getWire: (id: string) => WireForVerification | undefined,
  config: DiscoveryConfig = CORPUS_CONFIG.discovery,
): ArticleMatch {
  const ranked = [...candidates]
    .filter((candidate) => (candidate.shared ?? Infinity) >= config.minSharedFingerprints)
    .sort((a, b) => b.score - a.score);
  const perStory = new Map<string, number>();
  const best = new Map<string, MatchSource>();
  let verified = 0;
  let bestScore = -1;
  for (const candidate of ranked) {
    if (verified >= config.verifyTop) break;
    const wire = getWire(candidate.wire);
    if (!wire || !mayBeSource(wire.published, article.published, config.clockSkewHours)) continue;
    if (bestScore < 0) bestScore = candidate.score;
    if (candidate.score < bestScore * config.minScoreOfBest) break;
    const story = wire.story ?? candidate.wire;
    if ((perStory.get(story) ?? 0) >= config.versionsPerStory) continue;
    perStory.set(story, (perStory.get(story) ?? 0) + 1);
    verified += 1;
    const outlet = verifyArticle(wire.text, article.text, config.maxWholeChars, {
      ...(wire.furniture ? { wireFurniture: wire.furniture } : {}),
      ...(wire.frequencies ? { frequencies: wire.frequencies } : {}),
    });
    if (outlet.verdict === 'independent') continue;
    const source: MatchSource = {
      wire: candidate.wire,
      ...(wire.story !== undefined ? { story: wire.story } : {}),
      verdict: outlet.verdict,
      reuseShare: outlet.reuseShare,
      wireCoverage: outlet.wireCoverage,
      score: candidate.score,
    };
    const previous = best.get(story);
    if (!previous || compareSources(source, previous) < 0) best.set(story, source);
  }
  const sources = [...best.values()].sort(compareSources);
  return {
    id: article.id,
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    verdict: sources[0]?.verdict ?? 'independent',
    sources,
  };
}
