/**
 * Primitives shared by the matching stages: matched word pairs and the two questions every stage asks of them —
 * does this pair continue a run of consecutive matched words, and is a short unit identical to its wire unit.
 * Method: a run is consecutive in both texts at once (outlet index and wire index both advance by one), which is
 * what "the same wording" means; a gap on either side ends it.
 */

/** A matched word: global token indices into the outlet and the wire document. */
export interface TokenPair {
  outlet: number;
  wire: number;
}

/** True when `pair` directly follows `previous` in both texts: the two words stand in one run of shared wording. */
export function continuesRun(previous: TokenPair | undefined, pair: TokenPair): boolean {
  return previous !== undefined && previous.outlet === pair.outlet - 1 && previous.wire === pair.wire - 1;
}

/**
 * True for a short unit that shares every one of its few content words with a wire unit holding no others
 * ("Zweifel werden laut"): too short for the containment and run rules, still the same sentence.
 */
export function isShortIdentical(shared: number, outletContent: number, wireContent: number): boolean {
  return shared > 0 && shared === outletContent && shared === wireContent;
}
