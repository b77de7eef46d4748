/**
 * Stage 3a, candidates: which wire units an outlet unit may derive from, found without aligning anything.
 * Method: an inverted index from content words to wire units. An outlet unit looks up its rarest content words
 * (function words never anchor, CollateX's lesson) and scores wire units by shared rare words, ties broken by
 * position. Order plays no part, so moved paragraphs are found (passim's weakness). Each unit also gets a profile
 * (its content words, its runs of six words) for cheap bounds before alignment.
 * Known weakness: in a very long wire, a word used in hundreds of units is only looked up near the expected
 * position, so a sentence moved far away is found through its rarer words only.
 */
import type { DocumentUnit, PreparedDocument } from './document';

/** Every acceptance rule in match.ts needs this many shared content words (but for short identical units). */
export const MIN_SHARED_CONTENT = 3;
const MAX_ANCHORS = 12;
const MAX_CANDIDATES = 4;

/** The wire prepared for matching many outlets against it. */
export interface WireIndex {
  doc: PreparedDocument;
  postings: Map<string, number[]>;
  /** Per wire unit, lazily: its profile, for cheap bounds before aligning. */
  profiles: Map<number, UnitProfile>;
}

/** A unit's content words, and on demand its key and its runs of RUN_GRAM words. */
export interface UnitProfile {
  content: Set<string>;
  /** The unit's normalized words joined: units with equal keys align identically. */
  key: () => string;
  /** Every run of RUN_GRAM consecutive normalized words: without a shared one, no distinctive run exists. */
  runs: () => Set<string>;
}

/** Length of the word runs in a profile: the distinctive run match.ts looks for. */
export const RUN_GRAM = 6;

/** Profiles one unit of a document; key and runs are computed on first use (most pairs never need them). */
export function profile(doc: PreparedDocument, unit: DocumentUnit): UnitProfile {
  const content = new Set<string>();
  for (let t = unit.from; t < unit.to; t += 1) if (doc.tokens[t]!.content) content.add(doc.tokens[t]!.norm);
  const words = () => doc.tokens.slice(unit.from, unit.to).map((token) => token.norm);
  let key: string | undefined;
  let runs: Set<string> | undefined;
  return {
    content,
    key: () => (key ??= words().join(' ')),
    runs: () => {
      if (runs) return runs;
      const all = words();
      runs = new Set<string>();
      for (let i = 0; i + RUN_GRAM <= all.length; i += 1) runs.add(all.slice(i, i + RUN_GRAM).join(' '));
      return runs;
    },
  };
}

/** The profile of wire unit `u`, computed once. */
export function wireProfile(index: WireIndex, u: number): UnitProfile {
  let cached = index.profiles.get(u);
  if (!cached) index.profiles.set(u, (cached = profile(index.doc, index.doc.units[u]!)));
  return cached;
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
  return { doc, postings, profiles: new Map() };
}

// Scanning a posting list costs its length. Lists longer than this (a word in hundreds of wire units, as in a
// very long wire) are scanned only around the position where the outlet unit would stand in the wire.
const POSTING_WINDOW = 32;

function postingsNear(list: number[], expected: number): number[] {
  if (list.length <= POSTING_WINDOW) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < expected) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(lo - POSTING_WINDOW / 2, list.length - POSTING_WINDOW));
  return list.slice(from, from + POSTING_WINDOW);
}

/** The best few wire units for an outlet unit with these content words, at relative `position` (0…1) in its text. */
export function candidatesFor(index: WireIndex, outletContent: Set<string>, position: number): number[] {
  const anchors = [...outletContent]
    .map((norm) => index.postings.get(norm))
    .filter((list): list is number[] => list !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, MAX_ANCHORS);
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
  const needed = Math.min(MIN_SHARED_CONTENT, anchors.length);
  const distance = (u: number) => Math.abs(u - expected);
  return [...scores.entries()]
    .filter(([, entry]) => entry.hits >= needed)
    .sort((a, b) => b[1].score - a[1].score || distance(a[0]) - distance(b[0]))
    .slice(0, MAX_CANDIDATES)
    .map(([u]) => u);
}
