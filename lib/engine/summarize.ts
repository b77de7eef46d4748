/**
 * Stage 5, summarize: figures per outlet and the verdict, after the METER corpus's scheme.
 * Method: copying is judged only on evidence that a common source cannot explain — a run of the wire's own
 * wording, outside quotation marks in both texts. Independent reports of one event share the speaker's quotes,
 * names, numbers and stock phrases ("den Bahnverkehr zwischen Peine und Hämelerwald"), in runs of up to about six
 * words; copying leaves longer ones. Eight words is about the 50 characters passim and Churnalism take as the
 * shortest passage worth reporting.
 *   - independent: no unquoted run of EVIDENCE_RUN_WORDS consecutive wire words;
 *   - derived: evidence present and at least half of the outlet's words (quotes included) come from the wire;
 *   - partial: evidence present, but most of the article is the outlet's own.
 * Known weaknesses: an outlet that copies only the wire's quotations with their attributions reworded is judged
 * independent; so is a thorough rewrite that keeps no run of eight wire words (textually, it is). Captions and
 * headlines count as the outlet's own words, so a heavily illustrated copy can come out partial.
 */
import { ENGINE_CONFIG } from './config';
import type { PreparedDocument } from './document';
import type { Classified } from './classify';
import { continuesRun } from './runs';
import type { OutletStats, Verdict } from './types';
import { percent } from '../text/percent';

const { evidenceRunWords, derivedShare } = ENGINE_CONFIG.verdict;

/** Figures and verdict for one outlet. */
export interface Summary {
  stats: OutletStats;
  verdict: Verdict;
  reason: string;
}

/** Counts words and decides the verdict for one classified outlet. */
export function summarize(wire: PreparedDocument, outlet: PreparedDocument, classified: Classified): Summary {
  let words = 0;
  let reusedWords = 0;
  let addedWords = 0;
  let unquotedReusedWords = 0;
  let run = 0;
  let longestUnquotedRun = 0;
  classified.units.forEach((unit, u) => {
    if (unit.status === 'boilerplate') return;
    const doc = outlet.units[u]!;
    for (let t = doc.from; t < doc.to; t += 1) {
      words += 1;
      if (unit.status === 'added') addedWords += 1;
      const wireToken = classified.outletToWire[t]!;
      if (wireToken < 0) {
        run = 0;
        continue;
      }
      reusedWords += 1;
      const quoted = outlet.tokens[t]!.quoted || wire.tokens[wireToken]!.quoted;
      if (unit.sharedQuote || quoted) {
        run = 0;
        continue;
      }
      unquotedReusedWords += 1;
      const previous = run > 0 ? { outlet: t - 1, wire: classified.outletToWire[t - 1]! } : undefined;
      run = continuesRun(previous, { outlet: t, wire: wireToken }) ? run + 1 : 1;
      longestUnquotedRun = Math.max(longestUnquotedRun, run);
    }
    run = 0;
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
  return { stats, ...decide(stats, longestUnquotedRun) };
}

function decide(stats: OutletStats, longestUnquotedRun: number): { verdict: Verdict; reason: string } {
  if (stats.words === 0)
    return { verdict: 'independent', reason: 'It has no article text outside page furniture.' };
  if (longestUnquotedRun < evidenceRunWords) {
    const quoted = stats.reusedWords - stats.unquotedReusedWords;
    const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
    const shared =
      stats.reusedWords === 0
        ? 'it shares no sentence with the wire'
        : quoted === stats.reusedWords
          ? `the ${words(stats.reusedWords)} it shares with the wire all stand in quotations, a common source`
          : `the ${words(stats.reusedWords)} it shares with the wire are ${quoted > 0 ? `quotations (${quoted}) and ` : ''}short phrases (the longest outside quotes: ${words(longestUnquotedRun)})`;
    return { verdict: 'independent', reason: `Not built from the wire: ${shared}.` };
  }
  if (stats.reuseShare >= derivedShare) {
    return {
      verdict: 'derived',
      reason: `${percent(stats.reuseShare)} of its words come from the wire; it uses ${percent(stats.wireCoverage)} of the wire.`,
    };
  }
  return {
    verdict: 'partial',
    reason: `Wire text plus its own material: ${percent(stats.reuseShare)} of its words come from the wire, ${stats.addedWords} words are its own.`,
  };
}
