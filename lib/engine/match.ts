/**
 * Stage 3, match: finds, for every outlet unit, the wire units it derives from and which of its words match.
 * Method, in two steps so that long inputs stay near-linear and reordering costs nothing:
 *   1. Candidates: an inverted index from content words to wire units. An outlet unit looks up its rarest
 *      content words (function words never anchor, CollateX's lesson) and scores wire units by shared rare words,
 *      ties broken by position. Order plays no part, so moved paragraphs are found (passim's weakness).
 *   2. Verification: each of the best few candidates is aligned word by word (jsdiff's diffArrays over normalized
 *      tokens, i.e. a longest common subsequence). A pair counts as derived when, in order, at least three content
 *      words match, in at least two separate stretches (one stretch alone is a name with its title), and they
 *      make up half of one side's content words (a quarter of the other's), or when they
 *      contain a distinctive run: six consecutive words, three of them content words (a title and a name, "der
 *      ukrainische Präsident Wolodymyr Selenskyj", is five). Several wire units may
 *      be accepted for one outlet unit (two sentences merged into one); several outlet units may take the same
 *      wire unit (one sentence split in two).
 * Known weaknesses: a paraphrase with no run of shared words is not found (by design: it is not copying); when the
 * wire repeats a sentence, the copy nearest in relative position wins.
 */
import { diffArrays } from 'diff';
import type { DocumentUnit, PreparedDocument } from './document';

const MAX_ANCHORS = 12;
const MAX_CANDIDATES = 4;
const MIN_SHARED_CONTENT = 3;
const MAIN_CONTAINMENT = 0.5;
const OTHER_CONTAINMENT = 0.25;
const RUN_WORDS = 6;
const RUN_CONTENT_WORDS = 3;
const MAX_EDIT_LENGTH = 2000;

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
  /** Per wire unit, lazily: its content words and its word trigrams, for cheap bounds before aligning. */
  profiles: Map<number, UnitProfile>;
}

interface UnitProfile {
  content: Set<string>;
  /** The unit's normalized words: units with equal keys align identically. */
  key: string;
  /** Computed on first use: most pairs are decided by their content words alone. */
  trigrams: () => Set<string>;
}

function profile(doc: PreparedDocument, unit: DocumentUnit): UnitProfile {
  const content = new Set<string>();
  for (let t = unit.from; t < unit.to; t += 1) if (doc.tokens[t]!.content) content.add(doc.tokens[t]!.norm);
  let trigrams: Set<string> | undefined;
  const words: string[] = [];
  for (let t = unit.from; t < unit.to; t += 1) words.push(doc.tokens[t]!.norm);
  return {
    content,
    key: words.join(' '),
    trigrams: () => {
      if (trigrams) return trigrams;
      trigrams = new Set<string>();
      for (let t = unit.from; t + 2 < unit.to; t += 1)
        trigrams.add(`${doc.tokens[t]!.norm} ${doc.tokens[t + 1]!.norm} ${doc.tokens[t + 2]!.norm}`);
      return trigrams;
    },
  };
}

function wireProfile(index: WireIndex, u: number): UnitProfile {
  let cached = index.profiles.get(u);
  if (!cached) index.profiles.set(u, (cached = profile(index.doc, index.doc.units[u]!)));
  return cached;
}

// An upper bound of isDerivedPair that needs no alignment: enough shared content words for the containment
// rule, or at least one shared trigram, without which no run of six words can exist.
function mayBeDerived(
  outlet: UnitProfile,
  outletContent: number,
  wire: UnitProfile,
  wireContent: number,
): boolean {
  let shared = 0;
  for (const norm of outlet.content) if (wire.content.has(norm)) shared += 1;
  if (shared < MIN_SHARED_CONTENT) return shared > 0 && shared === outletContent && shared === wireContent;
  const inOutlet = shared / outletContent;
  const inWire = shared / wireContent;
  if (Math.max(inOutlet, inWire) >= MAIN_CONTAINMENT && Math.min(inOutlet, inWire) >= OTHER_CONTAINMENT)
    return true;
  const wireTrigrams = wire.trigrams();
  for (const trigram of outlet.trigrams()) if (wireTrigrams.has(trigram)) return true;
  return false;
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
  // Common head and tail are matched directly; only the middle needs a diff (copies need none at all).
  const pairs: TokenPair[] = [];
  let head = 0;
  const shorter = Math.min(wireNorms.length, outletNorms.length);
  while (head < shorter && wireNorms[head] === outletNorms[head]) {
    pairs.push({ outlet: from + head, wire: wireIndices[head]! });
    head += 1;
  }
  let tail = 0;
  while (
    tail < shorter - head &&
    wireNorms[wireNorms.length - 1 - tail] === outletNorms[outletNorms.length - 1 - tail]
  )
    tail += 1;
  const middleWire = wireNorms.slice(head, wireNorms.length - tail);
  const middleOutlet = outletNorms.slice(head, outletNorms.length - tail);
  const changes =
    middleWire.length && middleOutlet.length
      ? (diffArrays(middleWire, middleOutlet, { maxEditLength: MAX_EDIT_LENGTH }) ?? [])
      : [];
  let w = head;
  let o = head;
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
  for (let k = tail; k > 0; k -= 1) {
    pairs.push({ outlet: from + outletNorms.length - k, wire: wireIndices[wireNorms.length - k]! });
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
  let stretches = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i]!;
    const content = outlet.tokens[pair.outlet]!.content;
    if (content) shared += 1;
    const previous = pairs[i - 1];
    const continues =
      previous !== undefined && previous.outlet === pair.outlet - 1 && previous.wire === pair.wire - 1;
    run = continues ? run + 1 : 1;
    runContent = continues ? runContent + (content ? 1 : 0) : content ? 1 : 0;
    if (content && runContent === 1) stretches += 1;
    if (run >= RUN_WORDS && runContent >= RUN_CONTENT_WORDS) return true;
  }
  if (shared < MIN_SHARED_CONTENT) {
    // Short identical headings and sentences ("Zweifel werden laut") still count when nothing else differs.
    return shared > 0 && shared === outletUnit.contentWords && shared === wireContent;
  }
  // Shared words in one short stretch are a name with its title ("Der ukrainische Präsident Wolodymyr
  // Selenskyj"), not a shared sentence: that needs shared words in at least two places.
  if (stretches < 2) return false;
  const inOutlet = shared / outletUnit.contentWords;
  const inWire = shared / wireContent;
  return Math.max(inOutlet, inWire) >= MAIN_CONTAINMENT && Math.min(inOutlet, inWire) >= OTHER_CONTAINMENT;
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

// Cheap bound before a second alignment: a merge partner must share enough words the first match left over.
function couldAddWords(
  outlet: PreparedDocument,
  unit: DocumentUnit,
  wire: UnitProfile,
  matched: Set<number>,
): boolean {
  let fresh = 0;
  for (let t = unit.from; t < unit.to; t += 1) {
    const token = outlet.tokens[t]!;
    if (token.content && !matched.has(t) && wire.content.has(token.norm)) fresh += 1;
  }
  return fresh >= MIN_SHARED_CONTENT;
}

/** Matches every outlet unit against the wire; null for units that derive from no wire unit. */
export function matchOutlet(index: WireIndex, outlet: PreparedDocument): Array<UnitMatch | null> {
  const wire = index.doc;
  return outlet.units.map((unit, u) => {
    if (!isMatchable(unit)) return null;
    const outletProfile = profile(outlet, unit);
    const accepted: number[] = [];
    let firstPairs: TokenPair[] = [];
    const matchedOutletTokens = new Set<number>();
    const tried = new Set<string>();
    for (const candidate of candidatesFor(index, outlet, unit, u / outlet.units.length)) {
      const wireUnit = wire.units[candidate]!;
      // A wire that repeats a sentence offers the same candidate twice; aligning it again cannot change anything.
      const candidateKey = wireProfile(index, candidate).key;
      if (tried.has(candidateKey)) continue;
      tried.add(candidateKey);
      if (
        !mayBeDerived(outletProfile, unit.contentWords, wireProfile(index, candidate), wireUnit.contentWords)
      )
        continue;
      if (
        accepted.length > 0 &&
        !couldAddWords(outlet, unit, wireProfile(index, candidate), matchedOutletTokens)
      )
        continue;
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
