/**
 * Stage 3, match: finds, for every outlet unit, the wire units it derives from and which of its words match.
 * Method, in two steps so that long inputs stay near-linear and reordering costs nothing:
 *   1. Candidates: an inverted index from content words to wire units. An outlet unit looks up its rarest
 *      content words (function words never anchor, CollateX's lesson) and scores wire units by shared rare words,
 *      ties broken by position. Order plays no part, so moved paragraphs are found (passim's weakness).
 *   2. Verification: each of the best few candidates is aligned word by word (jsdiff's diffArrays over normalized
 *      tokens, i.e. a longest common subsequence). A pair counts as derived when, in order, at least three content
 *      words match and they make up half of one side's content words (a quarter of the other's), or when they
 *      contain a distinctive run: six consecutive words, three of them content words (a title and a name, "der
 *      ukrainische Präsident Wolodymyr Selenskyj", is five). Several wire units may
 *      be accepted for one outlet unit (two sentences merged into one); several outlet units may take the same
 *      wire unit (one sentence split in two).
 * Known weaknesses: a paraphrase with no run of shared words is not found (by design: it is not copying); when the
 * wire repeats a sentence, the copy nearest in relative position wins.
 */
import { diffArrays } from 'diff';
import type { DocumentUnit, PreparedDocument } from './document';

/** A matched word: global token indices into the outlet and the wire document. */
export interface TokenPair {
  outlet: number;
  wire: number;
}

/** The wire units one outlet unit derives from, and its matched words. */
export interface UnitMatch {
  /** Indices into the wire document's units, ascending. */
  wireUnits: number[];
  pairs: TokenPair[];
}

/** The wire prepared for matching many outlets against it. */
export interface WireIndex {
  doc: PreparedDocument;
  postings: Map<string, number[]>;
}

const MAX_ANCHORS = 12;
const MAX_CANDIDATES = 4;
const MIN_SHARED_CONTENT = 3;
const MAIN_CONTAINMENT = 0.5;
const OTHER_CONTAINMENT = 0.25;
const RUN_WORDS = 6;
const RUN_CONTENT_WORDS = 3;
const MAX_EDIT_LENGTH = 2000;

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

/** Aligns the words of two token ranges; returns matched pairs as global indices. */
function alignRanges(
  outlet: PreparedDocument,
  from: number,
  to: number,
  wire: PreparedDocument,
  wireRanges: Array<[number, number]>,
): TokenPair[] {
  const wireIndices = wireRanges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k));
  const outletNorms = outlet.tokens.slice(from, to).map((token) => token.norm);
  const wireNorms = wireIndices.map((index) => wire.tokens[index]!.norm);
  const changes = diffArrays(wireNorms, outletNorms, { maxEditLength: MAX_EDIT_LENGTH }) ?? [];
  const pairs: TokenPair[] = [];
  let w = 0;
  let o = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) o += count;
    else if (change.removed) w += count;
    else {
      for (let k = 0; k < count; k += 1) pairs.push({ outlet: from + o + k, wire: wireIndices[w + k]! });
      o += count;
      w += count;
    }
  }
  return pairs;
}

/** Whether the matched words of a pair are evidence that one derives from the other. */
function isDerivedPair(
  pairs: TokenPair[],
  outlet: PreparedDocument,
  outletUnit: DocumentUnit,
  wireContent: number,
): boolean {
  let shared = 0;
  let run = 0;
  let runContent = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i]!;
    const content = outlet.tokens[pair.outlet]!.content;
    if (content) shared += 1;
    const previous = pairs[i - 1];
    const continues =
      previous !== undefined && previous.outlet === pair.outlet - 1 && previous.wire === pair.wire - 1;
    run = continues ? run + 1 : 1;
    runContent = continues ? runContent + (content ? 1 : 0) : content ? 1 : 0;
    if (run >= RUN_WORDS && runContent >= RUN_CONTENT_WORDS) return true;
  }
  if (shared < MIN_SHARED_CONTENT) {
    // Short identical headings and sentences ("Zweifel werden laut") still count when nothing else differs.
    return shared > 0 && shared === outletUnit.contentWords && shared === wireContent;
  }
  const inOutlet = shared / outletUnit.contentWords;
  const inWire = shared / wireContent;
  return Math.max(inOutlet, inWire) >= MAIN_CONTAINMENT && Math.min(inOutlet, inWire) >= OTHER_CONTAINMENT;
}

function candidatesFor(
  index: WireIndex,
  outlet: PreparedDocument,
  unit: DocumentUnit,
  position: number,
): number[] {
  const norms = new Set<string>();
  for (let t = unit.from; t < unit.to; t += 1)
    if (outlet.tokens[t]!.content) norms.add(outlet.tokens[t]!.norm);
  const anchors = [...norms]
    .map((norm) => index.postings.get(norm))
    .filter((list): list is number[] => list !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, MAX_ANCHORS);
  const scores = new Map<number, number>();
  for (const list of anchors) {
    const weight = 1 / Math.log2(1 + list.length);
    for (const u of list) scores.set(u, (scores.get(u) ?? 0) + weight);
  }
  const wireUnits = index.doc.units.length;
  const distance = (u: number) => Math.abs(u / wireUnits - position);
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]))
    .slice(0, MAX_CANDIDATES)
    .map(([u]) => u);
}

/** Matches every outlet unit against the wire; null for units that derive from no wire unit. */
export function matchOutlet(index: WireIndex, outlet: PreparedDocument): Array<UnitMatch | null> {
  const wire = index.doc;
  return outlet.units.map((unit, u) => {
    if (!isMatchable(unit)) return null;
    const accepted: number[] = [];
    let firstPairs: TokenPair[] = [];
    const matchedOutletTokens = new Set<number>();
    for (const candidate of candidatesFor(index, outlet, unit, u / outlet.units.length)) {
      const wireUnit = wire.units[candidate]!;
      const pairs = alignRanges(outlet, unit.from, unit.to, wire, [[wireUnit.from, wireUnit.to]]);
      if (!isDerivedPair(pairs, outlet, unit, wireUnit.contentWords)) continue;
      const fresh = pairs.filter(
        (pair) => outlet.tokens[pair.outlet]!.content && !matchedOutletTokens.has(pair.outlet),
      );
      // A further wire unit must explain words the first did not: that is a merge, not a near-duplicate.
      if (accepted.length > 0 && fresh.length < MIN_SHARED_CONTENT) continue;
      accepted.push(candidate);
      if (accepted.length === 1) firstPairs = pairs;
      for (const pair of pairs) matchedOutletTokens.add(pair.outlet);
    }
    if (accepted.length === 0) return null;
    if (accepted.length === 1) return { wireUnits: accepted, pairs: firstPairs };
    // A merge: align once more against the accepted wire units joined in wire order.
    accepted.sort((a, b) => a - b);
    const ranges = accepted.map((w): [number, number] => [wire.units[w]!.from, wire.units[w]!.to]);
    return { wireUnits: accepted, pairs: alignRanges(outlet, unit.from, unit.to, wire, ranges) };
  });
}
