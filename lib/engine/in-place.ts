/**
 * Stage 7 (part), in place: an edited sentence that match.ts refused is aligned after all when it keeps a
 * distinctive run of the wire's wording and stands where its wire sentence stands. "Kims Truppen seien in der
 * grenznahen Region Kursk stationiert, erklärte Rutte" rewrites the wire's "…, dass nordkoreanische
 * Militäreinheiten in der grenznahen Region Kursk stationiert seien": too few shared words for the containment
 * rule and a run too short for the run rule, yet the outlet sentences before and after it take the wire sentences
 * before and after it.
 * Method: for every outlet unit without a match, the distinctive runs of at least `shortRunWords` words it shares
 * with the wire outside quotations (evidence.ts finds and judges them), holding two content words outside names
 * (more than a name with its title), are taken whose wire sentence lies between
 * the wire sentences of the nearest matched outlet units before and after it (inclusive: a split sentence takes
 * its wire sentence twice). The longest such run is aligned as a run, and the words before and after it are
 * aligned with the rest of that wire sentence, so the diff shows the kept run whole.
 * Known weaknesses: a sentence moved away from its place is not rescued this way (match.ts's own rules still find
 * it when it shares enough); a run the wire repeats in two places is taken at the first place in range.
 */
import type { PreparedDocument } from './document';
import { isDistinctive, unitOfToken, type SharedRun } from './evidence';
import { alignRanges, tokensOf, type UnitMatch } from './match';

/** The wire units taken by the nearest matched outlet unit before and after each unit (-1 / wire length if none). */
function neighbourBounds(matches: Array<UnitMatch | null>, wireUnits: number): Array<[number, number]> {
  const bounds = matches.map((): [number, number] => [-1, wireUnits]);
  let low = -1;
  matches.forEach((match, u) => {
    bounds[u]![0] = low;
    if (match) low = Math.max(...match.wireUnits);
  });
  let high = wireUnits;
  for (let u = matches.length - 1; u >= 0; u -= 1) {
    bounds[u]![1] = high;
    if (matches[u]) high = Math.min(...matches[u]!.wireUnits);
  }
  return bounds;
}

/**
 * A run of five words may be a name with its title ("Der ukrainische Präsident Wolodymyr Selenskyj"), which any
 * report of the event repeats: the run must hold two content words outside names, a name being two or more
 * capitalised words in a row (a title has one word outside its name: "ukrainische").
 */
function beyondName(outlet: PreparedDocument, run: SharedRun): boolean {
  const end = run.outlet + run.words;
  const capitalised = (t: number) =>
    t >= run.outlet && t < end && /^\p{Lu}/u.test(outlet.text[outlet.tokens[t]!.start]!);
  let outside = 0;
  for (let t = run.outlet; t < end; t += 1) {
    const inName = capitalised(t) && (capitalised(t - 1) || capitalised(t + 1));
    if (outlet.tokens[t]!.content && !inName) outside += 1;
  }
  return outside >= 2;
}

/** Aligns `run` as a run and the words around it with the rest of its wire unit. */
function matchAroundRun(
  outlet: PreparedDocument,
  wire: PreparedDocument,
  unit: number,
  wireUnit: number,
  run: SharedRun,
): UnitMatch {
  const { from, to } = outlet.units[unit]!;
  const wireTokens = tokensOf(wire, [wireUnit]);
  const before = wireTokens.filter((t) => t < run.wire);
  const after = wireTokens.filter((t) => t >= run.wire + run.words);
  const pairs = [
    ...alignRanges(outlet, from, run.outlet, wire, before),
    ...Array.from({ length: run.words }, (_, k) => ({ outlet: run.outlet + k, wire: run.wire + k })),
    ...alignRanges(outlet, run.outlet + run.words, to, wire, after),
  ];
  return { wireUnits: [wireUnit], wireTokens, pairs };
}

/**
 * `matches` with the unmatched outlet units that keep a distinctive run in their wire sentence's place aligned;
 * `sharedRuns` are the outlet's runs of the wire's wording (evidence.ts's findSharedRuns).
 */
export function alignInPlace(
  wire: PreparedDocument,
  outlet: PreparedDocument,
  matches: Array<UnitMatch | null>,
  sharedRuns: readonly SharedRun[],
): Array<UnitMatch | null> {
  const open = matches.some((match, u) => !match && outlet.units[u]!.furniture === null);
  if (!open) return matches;
  const outletUnitOf = unitOfToken(outlet);
  const wireUnitOf = unitOfToken(wire);
  const bounds = neighbourBounds(matches, wire.units.length);
  const best = new Map<number, { run: SharedRun; wireUnit: number }>();
  for (const run of sharedRuns) {
    const u = outletUnitOf[run.outlet]!;
    if (matches[u] || outlet.units[u]!.furniture !== null) continue;
    const w = wireUnitOf[run.wire]!;
    const [low, high] = bounds[u]!;
    if (w < low || w > high || !isDistinctive(outlet, run) || !beyondName(outlet, run)) continue;
    if ((best.get(u)?.run.words ?? 0) < run.words) best.set(u, { run, wireUnit: w });
  }
  if (best.size === 0) return matches;
  return matches.map((match, u) => {
    const found = best.get(u);
    return found ? matchAroundRun(outlet, wire, u, found.wireUnit, found.run) : match;
  });
}
