/**
 * Stage 8, classify: turns matched words into statuses. For every outlet unit: copied (every word matches and
 * nothing of its wire sentence is missing, except what a neighbouring outlet unit took — a split), edited,
 * added or boilerplate; its word diff; whether it is moved (outside the longest run of units that keep
 * the wire's order); and whether it only shares quotations (a common source, not copying: everything shared stands in quotation marks
 * in either text — which also catches reported speech of a quote — apart from attribution words). For every wire unit:
 * kept, edited or dropped.
 * A unit combined from several wire units is diffed against those units only, without the words of each that
 * it did not use where they meet (views say "combined from w1 and w7").
 * Known weaknesses: a unit is copied or edited as a whole, so one changed word in a long sentence makes it edited;
 * "moved" is relative to the longest order-keeping subsequence, so when an outlet swaps two halves, the shorter
 * half is the one flagged.
 */
import { ENGINE_CONFIG } from './config';
import type { PreparedDocument } from './document';
import type { UnitMatch } from './match';
import { continuesRun, type TokenPair } from './runs';
import type { DiffOp, OutletUnit, WireStatus } from './types';

/** The classified outlet plus per-token facts the summary needs. */
export interface Classified {
  units: OutletUnit[];
  wireStatus: Record<string, WireStatus>;
  /** Ids of the wire units the outlet shares only through quotations: a common source, not copying. */
  quoteOnlyWire: string[];
  /** For every wire token: whether the outlet kept it. */
  wireCovered: boolean[];
  /** For every outlet token: the index of the wire token it matches, or -1. */
  outletToWire: Int32Array;
}

/** Wire unit ids: `w1`, `w2`, … */
export function wireUnitId(index: number): string {
  return `w${index + 1}`;
}

/**
 * Indices of a longest non-decreasing subsequence of `values` (patience sorting, O(n log n)). Non-decreasing, so
 * that the same wire sentence used twice (as caption and as lead) is not a move.
 */
export function longestNonDecreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! <= value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) keep.add(i);
  return keep;
}

function buildDiff(
  outlet: PreparedDocument,
  wire: PreparedDocument,
  from: number,
  to: number,
  wireTokens: number[],
  pairs: TokenPair[],
  wireCovered: boolean[],
  unused: Set<number>,
): DiffOp[] {
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], start: number, end: number) => {
    const last = ops.at(-1);
    if (last && last.op === op) last.end = end;
    else ops.push({ op, start, end });
  };
  let w = 0;
  let o = from;
  const emitDeletions = (untilWire: number, edge: boolean) => {
    while (w < wireTokens.length && wireTokens[w]! !== untilWire) {
      const index = wireTokens[w]!;
      // Wire words that another outlet unit took (a split sentence) are not a deletion at the edges.
      if (!(edge && wireCovered[index]) && !unused.has(index))
        push('del', wire.tokens[index]!.start, wire.tokens[index]!.end);
      w += 1;
    }
  };
  pairs.forEach((pair, i) => {
    emitDeletions(pair.wire, i === 0);
    w += 1;
    for (; o < pair.outlet; o += 1) push('ins', outlet.tokens[o]!.start, outlet.tokens[o]!.end);
    push('same', outlet.tokens[o]!.start, outlet.tokens[o]!.end);
    o += 1;
  });
  emitDeletions(-1, true);
  for (; o < to; o += 1) push('ins', outlet.tokens[o]!.start, outlet.tokens[o]!.end);
  return ops;
}

/**
 * The wire words a sentence combined from several wire units did not use: each unit's words before its first and
 * after its last anchored match, where it meets another unit. They are not deletions — the outlet took a piece
 * of each — so the diff does not show a wall of struck-through text between the pieces. A match is anchored when
 * its run of consecutive matches holds a content word: a stray "für das" matched far from the rest marks no use.
 */
function unusedAtJoins(outlet: PreparedDocument, wire: PreparedDocument, match: UnitMatch): Set<number> {
  const unused = new Set<number>();
  if (match.wireUnits.length < 2) return unused;
  const anchored: number[] = [];
  let runStart = 0;
  match.pairs.forEach((pair, i) => {
    if (i > 0 && !continuesRun(match.pairs[i - 1], pair)) runStart = i;
    const next = match.pairs[i + 1];
    if (next && continuesRun(pair, next)) return;
    const run = match.pairs.slice(runStart, i + 1);
    if (run.some((p) => outlet.tokens[p.outlet]!.content)) anchored.push(...run.map((p) => p.wire));
  });
  match.wireUnits.forEach((u, k) => {
    const { from, to } = wire.units[u]!;
    const inUnit = anchored.filter((w) => w >= from && w < to);
    const first = inUnit.length > 0 ? Math.min(...inUnit) : to;
    const last = inUnit.length > 0 ? Math.max(...inUnit) : from - 1;
    if (k > 0) for (let t = from; t < first; t += 1) unused.add(t);
    if (k < match.wireUnits.length - 1) for (let t = last + 1; t < to; t += 1) unused.add(t);
  });
  return unused;
}

// Words outside quotation marks that an attribution shares ("sagte Rutte", "fügte Rutte hinzu") do not make
// a copy; three consecutive shared words outside quotes ("konstatierte der Staatschef") are the wire's wording.
const { attributionRunWords } = ENGINE_CONFIG.classify;

function sharesOnlyQuotation(outlet: PreparedDocument, wire: PreparedDocument, pairs: TokenPair[]): boolean {
  let run = 0;
  let previous: TokenPair | undefined;
  for (const pair of pairs) {
    const quoted = outlet.tokens[pair.outlet]!.quoted || wire.tokens[pair.wire]!.quoted;
    run = quoted ? 0 : continuesRun(previous, pair) ? run + 1 : 1;
    if (run >= attributionRunWords) return false;
    previous = pair;
  }
  return pairs.some((pair) => outlet.tokens[pair.outlet]!.quoted || wire.tokens[pair.wire]!.quoted);
}

/** Classifies the outlet's units and the wire's units from the matches of {@link matchOutlet}. */
export function classify(
  wire: PreparedDocument,
  outlet: PreparedDocument,
  matches: Array<UnitMatch | null>,
): Classified {
  const wireCovered = new Array<boolean>(wire.tokens.length).fill(false);
  const outletToWire = new Int32Array(outlet.tokens.length).fill(-1);
  for (const match of matches) {
    for (const pair of match?.pairs ?? []) {
      wireCovered[pair.wire] = true;
      outletToWire[pair.outlet] = pair.wire;
    }
  }

  const units: OutletUnit[] = outlet.units.map((unit, u) => {
    const base = {
      start: unit.start,
      end: unit.end,
      kind: unit.role === 'heading' ? ('heading' as const) : ('text' as const),
      wire: [] as string[],
      moved: false,
      sharedQuote: false,
      diff: [] as DiffOp[],
    };
    if (unit.furniture !== null) {
      const note = unit.furnitureNote !== undefined ? { furnitureNote: unit.furnitureNote } : {};
      return { ...base, kind: 'boilerplate', status: 'boilerplate', furniture: unit.furniture, ...note };
    }
    const match = matches[u];
    if (!match) return { ...base, status: 'added' };
    const unused = unusedAtJoins(outlet, wire, match);
    const diff = buildDiff(
      outlet,
      wire,
      unit.from,
      unit.to,
      match.wireTokens,
      match.pairs,
      wireCovered,
      unused,
    );
    const sharedQuote = sharesOnlyQuotation(outlet, wire, match.pairs);
    return {
      ...base,
      status: diff.every((op) => op.op === 'same') ? 'copied' : 'edited',
      wire: match.wireUnits.map(wireUnitId),
      sharedQuote,
      diff,
    };
  });

  // Moved: matched units outside the longest subsequence that follows the wire's order.
  const matchedUnits = units.flatMap((unit, u) => (matches[u] && unit.status !== 'boilerplate' ? [u] : []));
  const inOrder = longestNonDecreasing(matchedUnits.map((u) => matches[u]!.pairs[0]!.wire));
  matchedUnits.forEach((u, i) => {
    if (!inOrder.has(i)) units[u]!.moved = true;
  });

  const wireStatus: Record<string, WireStatus> = {};
  const copiedBy = new Map<number, boolean>();
  const onlyQuoted = new Map<number, boolean>();
  units.forEach((unit, u) => {
    for (const w of matches[u]?.wireUnits ?? []) {
      copiedBy.set(w, (copiedBy.get(w) ?? true) && unit.status === 'copied');
      onlyQuoted.set(w, (onlyQuoted.get(w) ?? true) && unit.sharedQuote);
    }
  });
  const quoteOnlyWire = [...onlyQuoted]
    .filter(([, quoted]) => quoted)
    .map(([w]) => w)
    .sort((a, b) => a - b)
    .map(wireUnitId);
  wire.units.forEach((unit, w) => {
    if (unit.furniture !== null) return;
    let covered = 0;
    for (let t = unit.from; t < unit.to; t += 1) if (wireCovered[t]) covered += 1;
    const whole = covered === unit.to - unit.from;
    wireStatus[wireUnitId(w)] = covered === 0 ? 'dropped' : whole && copiedBy.get(w) ? 'kept' : 'edited';
  });
  return { units, wireStatus, quoteOnlyWire, wireCovered, outletToWire };
}
