/**
 * The verification half of "Find the source", as one task for the worker pool: given the article and its
 * candidates from the stored archive (server/corpus/find-sources.ts finds them in SQL), the alignment engine
 * checks the best candidates (lib/corpus's verifyCandidates, the same as `wiretrace match`) and, when none was
 * copied, the nearest ones, each with the reason it is not enough. Pure data in, pure data out: it runs on a
 * worker thread (server/align-pool.ts) or, without workers, in the calling thread.
 * Cost: at most `verifyTop` engine comparisons plus `nearest` more, each linear-ish in the texts' length — a
 * 200,000-character article takes seconds, which is why it leaves the request thread.
 */
import {
  CORPUS_CONFIG,
  mayBeSource,
  verifyCandidates,
  type ArticleItem,
  type DiscoveryCandidate,
  type DiscoveryConfig,
  type WireForVerification,
} from '@/lib/corpus';
import { compare, type Verdict } from '@/lib/engine';
import { percent } from '@/lib/text/percent';
import type { CandidateWire } from '../corpus/find-sources';
import type { FoundSource, LookupOptions, NearCandidate, SourceLookup } from '../corpus/types';

/** Everything verification needs, as plain data (it crosses to a worker thread). */
export interface LookupTask {
  article: ArticleItem;
  /** The candidates, best first, scored as the in-memory index scores them. */
  discovery: DiscoveryCandidate[];
  /** The candidates' wire rows. */
  wires: CandidateWire[];
  /** The article's fingerprints used (stock phrases dropped). */
  usable: number;
  archiveSize: number;
  options: LookupOptions;
  config: DiscoveryConfig;
}

const LOOKUP = {
  /** Nearest candidates shown when nothing was derived: enough to see why, few enough to read. */
  nearest: 3,
};

/** What verification needs of a candidate wire row. */
export function forVerification(row: CandidateWire): WireForVerification {
  return {
    text: row.text,
    ...(row.published !== null ? { published: row.published } : {}),
    ...(row.story_key !== null ? { story: row.story_key } : {}),
  };
}

/** Why a candidate that was not verified as a source was not enough, in words. */
function whyNot(
  shared: number,
  wire: CandidateWire,
  options: LookupOptions,
  config: DiscoveryConfig,
  verified: { verdict: Verdict; reuseShare: number; wireCoverage: number } | undefined,
): string {
  if (!mayBeSource(wire.published ?? undefined, options.published, config.clockSkewHours))
    return `It was published after the article (more than ${config.clockSkewHours} hours later), so it cannot be its source.`;
  if (shared < config.minSharedFingerprints)
    return 'It shares a single short phrase (a name or a set expression), not a passage.';
  if (verified)
    return `The engine found no run of ${CORPUS_CONFIG.fingerprint.guaranteedRunWords} wire words shared outside quotation marks: ${percent(verified.reuseShare)} of the article's words match, in short phrases or quotes.`;
  return 'It shares only a few short passages.';
}

/** Verifies the candidates of a lookup: its sources best first, or the nearest candidates and why not. */
export function verifyLookup(task: LookupTask): SourceLookup {
  const { article, discovery, options, config } = task;
  const byExtId = new Map(task.wires.map((row) => [row.ext_id, row]));
  const match = verifyCandidates(
    article,
    discovery,
    (id) => {
      const row = byExtId.get(id);
      return row ? forVerification(row) : undefined;
    },
    config,
  );
  const sources: FoundSource[] = match.sources.map((source) => {
    const row = byExtId.get(source.wire)!;
    return {
      ...source,
      title: row.title,
      published: row.published,
      agency: row.agency,
      storyId: row.story,
      text: row.text,
    };
  });
  const nearest: NearCandidate[] = [];
  if (sources.length === 0)
    for (const candidate of discovery.slice(0, LOOKUP.nearest)) {
      const row = byExtId.get(candidate.wire)!;
      const eligible =
        (candidate.shared ?? 0) >= config.minSharedFingerprints &&
        mayBeSource(row.published ?? undefined, options.published, config.clockSkewHours);
      const outlet = eligible ? compare(row.text, [article.text]).outlets[0] : undefined;
      const verified = outlet
        ? {
            verdict: outlet.verdict,
            reuseShare: outlet.stats.reuseShare,
            wireCoverage: outlet.stats.wireCoverage,
          }
        : undefined;
      nearest.push({
        wire: row.ext_id,
        title: row.title,
        published: row.published,
        storyId: row.story,
        sharedFingerprints: candidate.shared ?? 0,
        score: candidate.score,
        ...(verified ? { verified } : {}),
        why: whyNot(candidate.shared ?? 0, row, options, config, verified),
      });
    }
  return {
    verdict: match.verdict,
    sources,
    nearest,
    fingerprints: task.usable,
    archiveSize: task.archiveSize,
  };
}

/** A worker's answer to a lookup task: the lookup as `value`, or the error's message. */
export function answerLookup(
  id: number,
  task: LookupTask,
): { id: number; value?: SourceLookup; error?: string } {
  try {
    return { id, value: verifyLookup(task) };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}
