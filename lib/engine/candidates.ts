/**
 * Stage 6, candidates: which wire units an outlet unit may derive from, found without aligning anything.
 * Method: an inverted index from content words to wire units. An outlet unit looks up its rarest content words
 * (function words never anchor, CollateX's lesson) and scores wire units by shared rare words, ties broken by
 * position. Order plays no part, so moved paragraphs are found (passim's weakness). Whether a candidate really
 * derives is decided in match.ts.
 * Known weakness: in a very long wire, a word used in hundreds of units is only looked up near the expected
 * position, so a sentence moved far away is found through its rarer words only.
 */
import { ENGINE_CONFIG } from './config';
import type { DocumentUnit, PreparedDocument } from './document';

const { maxAnchors, maxCandidates, postingWindow } = ENGINE_CONFIG.candidates;
const { minSharedContent } = ENGINE_CONFIG.match;

/** The wire prepared for matching many outlets against it: an inverted index of its content words. */
export interface WireIndex {
  doc: PreparedDocument;
  postings: Map<string, number[]>;
}

/** True for units that take part in matching: not furniture, with at least one content word. */
export function isMatchable(unit: DocumentUnit): boolean {
  return unit.furniture === null && unit.contentWords > 0;
}

/** Builds the inverted index of the wire's content words. */
export function indexWire(doc: PreparedDocument): WireIndex {
  const postings = new Map<string, number[]>();
  doc.units.forEach((unit, u) => {
    if (!isMatchable(unit)) return;
    for (let t = unit.from; t < unit.to; t += 1) {
      const token = doc.tokens[t]!;
      if (!token.content) continue;
      const list = postings.get(token.norm);
      if (!list) postings.set(token.norm, [u]);
      else if (list.at(-1) !== u) list.push(u);
    }
  });
  return { doc, postings };
}

function postingsNear(list: number[], expected: number): number[] {
  if (list.length <= postingWindow) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < expected) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(lo - postingWindow / 2, list.length - postingWindow));
  return list.slice(from, from + postingWindow);
}

/** The best few wire units for an outlet unit with these content words, at relative `position` (0…1) in its text. */
export function candidatesFor(index: WireIndex, outletContent: Set<string>, position: number): number[] {
  const anchors = [...outletContent]
    .map((norm) => index.postings.get(norm))
    .filter((list): list is number[] => list !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, maxAnchors);
  const wireUnits = index.doc.units.length;
  const expected = Math.round(position * wireUnits);
  const scores = new Map<number, { score: number; hits: number }>();
  for (const list of anchors) {
    const weight = 1 / Math.log2(1 + list.length);
    for (const u of postingsNear(list, expected)) {
      const entry = scores.get(u);
      if (entry) {
        entry.score += weight;
        entry.hits += 1;
      } else scores.set(u, { score: weight, hits: 1 });
    }
  }
  // Every acceptance rule needs three shared content words, or all of them in a shorter unit.
  const needed = Math.min(minSharedContent, anchors.length);
  const distance = (u: number) => Math.abs(u - expected);
  return [...scores.entries()]
    .filter(([, entry]) => entry.hits >= needed)
    .sort((a, b) => b[1].score - a[1].score || distance(a[0]) - distance(b[0]))
    .slice(0, maxCandidates)
    .map(([u]) => u);
}
