/**
 * The engine's verdict on one article against one wire text, kept affordable for very long articles.
 * Method: an article up to `maxWholeChars` is compared whole (`compare` from lib/engine). A longer one (a 5 MB
 * chronicle, a live blog) is cut at paragraph breaks into pieces of at most that size; only the pieces sharing a
 * fingerprint with the wire are compared (winnowing guarantees that every piece holding an evidence run does), and
 * their figures are summed: reused words over all the article's words, the best piece's wire coverage, and the
 * engine's verdict rule (evidence in some piece; derived at `ENGINE_CONFIG.verdict.derivedShare`).
 * Known weaknesses: for long articles, wire coverage is the best single piece's (a wire spread over two pieces is
 * undercounted), and a copied sentence cut by a piece boundary counts as two shorter runs.
 */
import { compare, ENGINE_CONFIG, tokenize, type CompareOptions, type Verdict } from '../engine';
import { CORPUS_CONFIG } from './config';
import { countShared, fingerprint } from './fingerprint';

/** What the engine says about an article against one wire. */
export interface Verification {
  verdict: Verdict;
  reuseShare: number;
  wireCoverage: number;
}

/**
 * Compares `articleText` with `wireText`; see the module comment for long articles. `options` carry what is known
 * of the wire's archive: its feed's furniture and its word frequencies.
 */
export function verifyArticle(
  wireText: string,
  articleText: string,
  maxWholeChars: number = CORPUS_CONFIG.discovery.maxWholeChars,
  options: CompareOptions = {},
): Verification {
  if (articleText.length <= maxWholeChars) {
    const outlet = compare(wireText, [articleText], options).outlets[0]!;
    return {
      verdict: outlet.verdict,
      reuseShare: outlet.stats.reuseShare,
      wireCoverage: outlet.stats.wireCoverage,
    };
  }
  const wirePrints = fingerprint(wireText);
  let words = 0;
  let reusedWords = 0;
  let wireCoverage = 0;
  let evidence = false;
  for (const piece of splitPieces(articleText, maxWholeChars)) {
    if (countShared(fingerprint(piece), wirePrints) === 0) {
      words += tokenize(piece).length;
      continue;
    }
    const outlet = compare(wireText, [piece], options).outlets[0]!;
    words += outlet.stats.words;
    reusedWords += outlet.stats.reusedWords;
    wireCoverage = Math.max(wireCoverage, outlet.stats.wireCoverage);
    evidence ||= outlet.verdict !== 'independent';
  }
  const reuseShare = words === 0 ? 0 : reusedWords / words;
  const verdict: Verdict = !evidence
    ? 'independent'
    : reuseShare >= ENGINE_CONFIG.verdict.derivedShare
      ? 'derived'
      : 'partial';
  return { verdict, reuseShare, wireCoverage };
}

/** Cuts `text` into pieces of at most `maxChars`, at blank lines, else line breaks, else white space. */
export function splitPieces(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    const floor = Math.floor(maxChars / 2);
    let cut = window.lastIndexOf('\n\n');
    if (cut < floor) cut = window.lastIndexOf('\n');
    if (cut < floor) cut = window.search(/\s\S*$/);
    if (cut < floor) cut = maxChars;
    pieces.push(text.slice(start, start + cut));
    start += cut;
  }
  pieces.push(text.slice(start));
  return pieces.filter((piece) => piece.trim() !== '');
}
