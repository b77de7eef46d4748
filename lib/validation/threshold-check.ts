/**
 * The threshold check: how the tool's figures would change if every borderline verdict had gone the other way —
 * the question a reviewer asks of any cut-off ("would a slightly different threshold change your results?").
 * Method: a verdict is borderline when one shared run more or less would have changed it (lib/engine
 * evidence.ts). Its other way follows the engine's own rule (summarize.ts): a borderline derived or partial
 * verdict becomes independent; a borderline independent one becomes derived when at least
 * `ENGINE_CONFIG.verdict.derivedShare` of its words come from the wire, else partial. All borderline verdicts
 * are flipped at once, and the figures are recomputed over the same articles with a consensus. Each borderline
 * article is listed with the reading the consensus supports: a flip always crosses the line between derived
 * (WD, PD) and not derived (ND), so on that question the consensus sides with exactly one of the two.
 * Known weakness: flipping all at once shows the largest change a threshold could make, not what one particular
 * other threshold would give.
 */
import { ENGINE_CONFIG, type Verdict } from '../engine';
import type { MeterClass } from './labels';
import { toolAgreement, type ToolFigures, type ToolVerdict } from './tool-agreement';

/** A borderline verdict on an article with a consensus. */
export interface BorderlineArticle {
  article: string;
  verdict: Verdict;
  otherWay: Verdict;
  consensus: MeterClass;
  /** Which reading the consensus supports on derived-or-not: the verdict as given or the other way. */
  supports: 'as-given' | 'other-way';
  reason?: string;
}

/** The figures with every borderline verdict flipped, and the borderline articles. */
export interface ThresholdCheck {
  /** Borderline verdicts among the articles with a consensus. */
  borderline: number;
  /** How many of them the consensus supports as given, the other way, or neither. */
  supports: Record<BorderlineArticle['supports'], number>;
  otherWay: ToolFigures;
  articles: BorderlineArticle[];
}

/** The verdict a borderline one would have been with one run more or less. */
export function otherWay(verdict: Verdict, reuseShare: number): Verdict {
  if (verdict !== 'independent') return 'independent';
  return reuseShare >= ENGINE_CONFIG.verdict.derivedShare ? 'derived' : 'partial';
}

/** The threshold check over `judged`: the tool's verdicts on articles with a consensus, and the consensus. */
export function thresholdCheck(
  judged: ReadonlyArray<{ tool: ToolVerdict; consensus: MeterClass }>,
): ThresholdCheck {
  const articles: BorderlineArticle[] = [];
  const supports: ThresholdCheck['supports'] = { 'as-given': 0, 'other-way': 0 };
  const flipped = judged.map(({ tool, consensus }) => {
    if (!tool.borderline) return { verdict: tool.verdict, consensus };
    const other = otherWay(tool.verdict, tool.reuseShare);
    const support = (tool.verdict === 'independent') === (consensus === 'ND') ? 'as-given' : 'other-way';
    supports[support] += 1;
    articles.push({
      article: tool.article,
      verdict: tool.verdict,
      otherWay: other,
      consensus,
      supports: support,
      ...(tool.reason === undefined ? {} : { reason: tool.reason }),
    });
    return { verdict: other, consensus };
  });
  return { borderline: articles.length, supports, otherWay: toolAgreement(flipped), articles };
}
