/**
 * Stage 10, summarize: figures per outlet and the verdict, after the METER corpus's scheme.
 * Method: copying is judged only on evidence that a common source cannot explain — runs of the wire's own
 * wording, outside quotation marks in both texts, weighed in evidence.ts (one long run with another beside it,
 * one sentence-long run, or several short runs in the wire's order).
 *   - independent: the shared runs do not show copying;
 *   - derived: they do, and at least half of the outlet's words (quotes included) come from the wire;
 *   - partial: they do, but most of the article is the outlet's own.
 * The reason names the runs found and says "borderline" when one run more or less would change the verdict.
 * Known weaknesses: an outlet that copies only the wire's quotations with their attributions reworded is judged
 * independent; so is a thorough rewrite that keeps no run of the wire's wording (textually, it is). Captions and
 * headlines count as the outlet's own words, so a heavily illustrated copy can come out partial.
 */
import { ENGINE_CONFIG } from './config';
import type { PreparedDocument } from './document';
import type { Classified } from './classify';
import { countLookalikeWords } from './lookalikes';
import { weighEvidence, type Evidence, type SharedRun } from './evidence';
import type { OutletStats, Verdict } from './types';
import { percent } from '../text/percent';

const { derivedShare } = ENGINE_CONFIG.verdict;
/** The reason quotes at most this many runs, each cut to this many words. */
const QUOTED_RUNS = 3;
const QUOTED_RUN_WORDS = 8;

/** Figures and verdict for one outlet. */
export interface Summary {
  stats: OutletStats;
  verdict: Verdict;
  reason: string;
}

/** Counts words and decides the verdict for one classified outlet. */
export function summarize(
  wire: PreparedDocument,
  outlet: PreparedDocument,
  classified: Classified,
  sharedRuns: readonly SharedRun[],
): Summary {
  let words = 0;
  let reusedWords = 0;
  let addedWords = 0;
  let unquotedReusedWords = 0;
  classified.units.forEach((unit, u) => {
    if (unit.status === 'boilerplate') return;
    const doc = outlet.units[u]!;
    for (let t = doc.from; t < doc.to; t += 1) {
      words += 1;
      if (unit.status === 'added') addedWords += 1;
      const wireToken = classified.outletToWire[t]!;
      if (wireToken < 0) continue;
      reusedWords += 1;
      const quoted = outlet.tokens[t]!.quoted || wire.tokens[wireToken]!.quoted;
      if (!unit.sharedQuote && !quoted) unquotedReusedWords += 1;
    }
  });

  let wireWords = 0;
  let keptWords = 0;
  for (const unit of wire.units) {
    if (unit.furniture !== null) continue;
    for (let t = unit.from; t < unit.to; t += 1) {
      wireWords += 1;
      if (classified.wireCovered[t]) keptWords += 1;
    }
  }

  const stats: OutletStats = {
    words,
    reusedWords,
    reuseShare: words === 0 ? 0 : reusedWords / words,
    wireCoverage: wireWords === 0 ? 0 : keptWords / wireWords,
    addedWords,
    unquotedReusedWords,
  };
  const lookalikeWords = countLookalikeWords(outlet);
  if (lookalikeWords > 0) stats.lookalikeWords = lookalikeWords;
  const { verdict, reason } = decide(stats, weighEvidence(sharedRuns, outlet, stats.reuseShare), outlet);
  return { stats, verdict, reason: `${reason}${describeLookalikes(lookalikeWords)}` };
}

// Look-alike letters are evidence of their own (a disguised copy, or an encoding accident): the reason says so.
function describeLookalikes(words: number): string {
  return words === 0 ? '' : ` Letters replaced by look-alikes in ${plural(words, 'word')}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The runs as the outlet wrote them, the longest first, each cut short: „den Bahnverkehr zwischen Peine …“.
function quoteRuns(runs: SharedRun[], outlet: PreparedDocument): string {
  const quoted = new Set<string>();
  for (const run of [...runs].sort((a, b) => b.words - a.words)) {
    const last = run.outlet + Math.min(run.words, QUOTED_RUN_WORDS) - 1;
    const text = outlet.text.slice(outlet.tokens[run.outlet]!.start, outlet.tokens[last]!.end);
    quoted.add(`"${text.replace(/\s+/g, ' ')}${run.words > QUOTED_RUN_WORDS ? ' …' : ''}" (${run.words})`);
  }
  const shown = [...quoted].slice(0, QUOTED_RUNS);
  return `${shown.join(', ')}${quoted.size > shown.length ? ', …' : ''}`;
}

function describeEvidence(evidence: Evidence, outlet: PreparedDocument): string {
  const { runs, inWireOrder } = evidence;
  const order = inWireOrder > 1 ? `, ${inWireOrder} of them in the wire's order` : '';
  return `${plural(runs.length, 'run')} of the wire's wording outside quotations${order}: ${quoteRuns(runs, outlet)}`;
}

function decide(
  stats: OutletStats,
  evidence: Evidence,
  outlet: PreparedDocument,
): { verdict: Verdict; reason: string } {
  if (stats.words === 0)
    return { verdict: 'independent', reason: 'It has no article text outside page furniture.' };
  const borderline = evidence.borderline ? 'Borderline: ' : '';
  const formulaic =
    evidence.formulaic.length === 0
      ? ''
      : `; set aside as formulaic (common words, as every report of an announcement may use them): ${plural(evidence.formulaic.length, 'run')}, ${quoteRuns(evidence.formulaic, outlet)}`;
  if (!evidence.copied) {
    const quoted = stats.reusedWords - stats.unquotedReusedWords;
    const runs =
      evidence.runs.length === 0
        ? 'no distinctive run of five words or more outside quotations'
        : `only ${describeEvidence(evidence, outlet)} — too few to show copying`;
    const none = evidence.runs.length === 0 && evidence.formulaic.length === 0;
    const shared =
      stats.reusedWords === 0 && none
        ? 'it shares no sentence with the wire'
        : quoted === stats.reusedWords && none
          ? `the ${plural(stats.reusedWords, 'word')} it shares with the wire all stand in quotations, a common source`
          : `it shares ${quoted > 0 ? `quotations (${plural(quoted, 'word')}), ` : ''}names and short phrases with the wire, ${runs}${formulaic}`;
    return { verdict: 'independent', reason: `${borderline}Not built from the wire: ${shared}.` };
  }
  const found = `Shared: ${describeEvidence(evidence, outlet)}${formulaic}.`;
  if (stats.reuseShare >= derivedShare) {
    return {
      verdict: 'derived',
      reason: `${borderline}${percent(stats.reuseShare)} of its words come from the wire; it uses ${percent(stats.wireCoverage)} of the wire. ${found}`,
    };
  }
  return {
    verdict: 'partial',
    reason: `${borderline}Wire text plus its own material: ${percent(stats.reuseShare)} of its words come from the wire, ${stats.addedWords} words are its own. ${found}`,
  };
}
