/**
 * Every tunable number of the corpus pipeline (fingerprints, index, discovery, versions), each with its reason.
 * The winnowing window and gram size are derived from the engine's evidence run, so that discovery can never
 * miss a copy the verdict would see: lower the engine's shortest evidence run and both follow.
 */
import { ENGINE_CONFIG } from '../engine';

// The shortest run the verdict counts as evidence: one run of `evidenceRunWords` is no longer enough on its own, but
// several runs of `shortRunWords` in different sentences are (lib/engine/evidence.ts). Discovery must find each.
const evidenceRun = Math.min(ENGINE_CONFIG.verdict.evidenceRunWords, ENGINE_CONFIG.verdict.shortRunWords);
/**
 * Winnowing finds every shared run of at least w + k − 1 words; that guarantee is set to the evidence run.
 * k takes the larger half of w + k: longer grams are rarer by chance (a name with its title is five words), and
 * w the rest, which keeps the expected density 2 / (w + 1) of grams as fingerprints (50 % for w = 3) low
 * enough for 100,000 wires to index in memory.
 */
const gramWords = Math.max(1, Math.ceil((evidenceRun + 1) / 2));
const windowGrams = Math.max(1, evidenceRun + 1 - gramWords);

/** The corpus pipeline's tunables; see the module comment. */
export const CORPUS_CONFIG = {
  fingerprint: {
    /** Words per hashed gram (k). */
    gramWords,
    /** Grams per winnowing window (w); w + k − 1 = the engine's evidence run. */
    windowGrams,
    /** The run length winnowing guarantees to find: the engine's shortest evidence run (`shortRunWords`). */
    guaranteedRunWords: windowGrams + gramWords - 1,
  },
  index: {
    /**
     * A fingerprint found in more wire items than this is a stock phrase or dateline ("Berlin (dpa) - Die
     * Bundesregierung"), not evidence of one source; passim and Churnalism drop such n-grams the same way. Fifty
     * leaves room for a story's versions (urgent, first version, updates, summary: rarely over a dozen) and the
     * follow-ups that repeat a background paragraph, while a dateline occurs in thousands. The versions of one
     * agency story count once (a live story with 80 updates is one source, not 80); the database side counts
     * distinct stories the same way.
     */
    maxItemsPerFingerprint: 50,
  },
  discovery: {
    /** Candidates (wire items ranked by shared fingerprints) verified with the alignment engine per article. */
    verifyTop: 4,
    /**
     * A candidate sharing fewer fingerprints than this is not verified: one shared gram is a name phrase. Two
     * fingerprints cover at least k + 1 words, still below any evidence run, so nothing copied is lost.
     */
    minSharedFingerprints: 2,
    /**
     * Candidates scoring below this share of the best candidate's score are not verified: they are other
     * stories that share a background sentence, and verifying them costs time without changing the verdict.
     */
    minScoreOfBest: 0.2,
    /**
     * Versions of one story verified per article: the closest two by fingerprints. A story's versions share
     * most fingerprints, so more only repeats the same verdict while other stories wait.
     */
    versionsPerStory: 2,
    /** Candidates taken from the index per article before the filters above (the database side fetches these). */
    candidateLimit: 20,
    /**
     * Articles up to this many characters are verified whole. The engine's cost grows faster than the text
     * (a 2.5 MB text takes seconds), and the longest real articles have about 40,000 characters; a longer text
     * is verified piece by piece where it shares fingerprints with the wire.
     */
    maxWholeChars: 60_000,
    /** Clock skew allowed when an article is dated before its wire (time zones, late time stamps). */
    clockSkewHours: 6,
  },
  versions: {
    /**
     * Two wire items are compared as possible versions of one story when they share at least this share of the
     * smaller item's fingerprints; the engine's verdict then decides. Updates keep most of the earlier text.
     */
    minSharedShare: 0.3,
    /**
     * Pairs sharing this share of the smaller item's fingerprints are united without asking the engine: most of
     * the smaller text's evidence-length runs then stand in the other, which the engine always calls derived.
     * This spares the engine for most updates (they keep most of the text) in archives without story ids.
     */
    sureSharedShare: 0.8,
    /** …but only with at least this many shared fingerprints (about 25 words): short items are always verified. */
    sureMinShared: 10,
    /** Candidate versions verified per wire item (the most similar first). */
    verifyTop: 8,
  },
} as const;

/** The corpus pipeline's tunables; see {@link CORPUS_CONFIG}. */
export type CorpusConfig = typeof CORPUS_CONFIG;
