/**
 * Stage 7, match: finds, for every outlet unit, the wire units it derives from and which of its words match.
 * Method: the best few candidates from candidates.ts (found order-free, so moved paragraphs are found) are each
 * aligned word by word (jsdiff's diffArrays over normalized tokens, a longest common subsequence; common head
 * and tail are matched directly). A pair counts as derived when, in order, at least three content words match,
 * in at least two separate stretches (one stretch alone is a name with its title), and they make up half of one
 * side's content words (a quarter of the other's), or when they contain a distinctive run: six consecutive
 * words, three of them content words (a title and a name, "der ukrainische Präsident Wolodymyr Selenskyj", is
 * five). Several wire units may be accepted for one outlet unit (two sentences merged into one); several outlet
 * units may take the same wire unit (one sentence split in two).
 * Known weaknesses: a paraphrase with no run of shared words is not found (by design: it is not copying); when the
 * wire repeats a sentence, the copy nearest in relative position wins.
 */
import { diffArrays } from 'diff';
import { candidatesFor, isMatchable, type WireIndex } from './candidates';
import { ENGINE_CONFIG } from './config';
import type { DocumentUnit, PreparedDocument } from './document';
import { continuesRun, isShortIdentical, type TokenPair } from './runs';
import { profile, profileCache, type UnitProfile } from './unit-profile';

const { minSharedContent, mainContainment, otherContainment, runWords, runContentWords, maxEditLength } =
  ENGINE_CONFIG.match;

/** The wire units one outlet unit derives from, and its matched words. */
export interface UnitMatch {
  /** Indices into the wire document's units, ascending. */
  wireUnits: number[];
  /** The wire tokens the unit was aligned against: the accepted wire units' tokens in wire order. */
  wireTokens: number[];
  pairs: TokenPair[];
}

// An upper bound of isDerivedPair that needs no alignment: enough shared content words for the containment
// rule, or at least one shared run of six words, without which the run rule cannot hold.
function mayBeDerived(
  outlet: UnitProfile,
  outletContent: number,
  wire: UnitProfile,
  wireContent: number,
): boolean {
  let shared = 0;
  for (const norm of outlet.content) if (wire.content.has(norm)) shared += 1;
  if (shared < minSharedContent) return isShortIdentical(shared, outletContent, wireContent);
  const inOutlet = shared / outletContent;
  const inWire = shared / wireContent;
  if (Math.max(inOutlet, inWire) >= mainContainment && Math.min(inOutlet, inWire) >= otherContainment)
    return true;
  const wireRuns = wire.runs();
  for (const run of outlet.runs()) if (wireRuns.has(run)) return true;
  return false;
}

/** The token indices of wire units, in the order given. */
export function tokensOf(wire: PreparedDocument, units: number[]): number[] {
  return units.flatMap((u) => {
    const { from, to } = wire.units[u]!;
    return Array.from({ length: to - from }, (_, k) => from + k);
  });
}

/** Aligns an outlet token range with a list of wire tokens; returns matched pairs as global indices. */
export function alignRanges(
  outlet: PreparedDocument,
  from: number,
  to: number,
  wire: PreparedDocument,
  wireIndices: number[],
): TokenPair[] {
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
      ? (diffArrays(middleWire, middleOutlet, { maxEditLength }) ?? [])
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
    const continues = continuesRun(pairs[i - 1], pair);
    run = continues ? run + 1 : 1;
    runContent = continues ? runContent + (content ? 1 : 0) : content ? 1 : 0;
    if (content && runContent === 1) stretches += 1;
    if (run >= runWords && runContent >= runContentWords) return true;
  }
  if (shared < minSharedContent) return isShortIdentical(shared, outletUnit.contentWords, wireContent);
  // Shared words in one short stretch are a name with its title ("Der ukrainische Präsident Wolodymyr
  // Selenskyj"), not a shared sentence: that needs shared words in at least two places.
  if (stretches < 2) return false;
  const inOutlet = shared / outletUnit.contentWords;
  const inWire = shared / wireContent;
  return Math.max(inOutlet, inWire) >= mainContainment && Math.min(inOutlet, inWire) >= otherContainment;
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
  return fresh >= minSharedContent;
}

/**
 * Matches every outlet unit against the wire; null for units that derive from no wire unit. `wireProfile` gives
 * the wire units' profiles (see unit-profile.ts); pass one cache for all outlets of a wire.
 */
export function matchOutlet(
  index: WireIndex,
  outlet: PreparedDocument,
  wireProfile: (unit: number) => UnitProfile = profileCache(index.doc),
): Array<UnitMatch | null> {
  const wire = index.doc;
  return outlet.units.map((unit, u) => {
    if (!isMatchable(unit)) return null;
    const outletProfile = profile(outlet, unit);
    const accepted: number[] = [];
    let first: { wireTokens: number[]; pairs: TokenPair[] } | undefined;
    const matchedOutletTokens = new Set<number>();
    const tried = new Set<string>();
    for (const candidate of candidatesFor(index, outletProfile.content, u / outlet.units.length)) {
      const wireUnit = wire.units[candidate]!;
      const candidateProfile = wireProfile(candidate);
      // A wire that repeats a sentence offers the same candidate twice; aligning it again cannot change anything.
      if (tried.has(candidateProfile.key())) continue;
      tried.add(candidateProfile.key());
      if (!mayBeDerived(outletProfile, unit.contentWords, candidateProfile, wireUnit.contentWords)) continue;
      if (accepted.length > 0 && !couldAddWords(outlet, unit, candidateProfile, matchedOutletTokens))
        continue;
      const wireTokens = tokensOf(wire, [candidate]);
      const pairs = alignRanges(outlet, unit.from, unit.to, wire, wireTokens);
      if (!isDerivedPair(pairs, outlet, unit, wireUnit.contentWords)) continue;
      const fresh = pairs.filter(
        (pair) => outlet.tokens[pair.outlet]!.content && !matchedOutletTokens.has(pair.outlet),
      );
      // A further wire unit must explain words the first did not: that is a merge, not a near-duplicate.
      if (accepted.length > 0 && fresh.length < minSharedContent) continue;
      accepted.push(candidate);
      first ??= { wireTokens, pairs };
      for (const pair of pairs) matchedOutletTokens.add(pair.outlet);
    }
    if (!first) return null;
    if (accepted.length === 1) return { wireUnits: accepted, ...first };
    // A merge: align once more against the accepted wire units joined in wire order.
    accepted.sort((a, b) => a - b);
    const wireTokens = tokensOf(wire, accepted);
    return {
      wireUnits: accepted,
      wireTokens,
      pairs: alignRanges(outlet, unit.from, unit.to, wire, wireTokens),
    };
  });
}
