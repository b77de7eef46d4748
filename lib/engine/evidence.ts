/**
 * Stage 9, evidence: the runs of the wire's own wording that an outlet shares, and whether they outweigh what
 * independent reports of one event share — names, titles, numbers, quotations and stock phrases.
 * Method: every maximal run of at least `shortRunWords` consecutive words that both texts hold outside quotation
 * marks and outside page furniture, within one sentence of each, is found directly on the token streams (an index of the wire's
 * `shortRunWords`-grams, each outlet position extended as far as the words agree), independent of which
 * sentences the matcher paired, so a trimmed sentence still shows its shared runs. A run counts only when it is
 * made of distinctive words: at least two content words with letters, and more than capitalised words, numbers
 * and name joiners (such a run is a name or a title: "Ricarda Lang und Omid Nouripour", "Great British Bake Off"),
 * and not formulaic: at least two content words that are not common in the language or the archive (three in a
 * sentence reporting a statement; {@link isBanal}), so the plain wording of an announcement is not copying.
 * Copying is shown by
 *   - one run of `loneRunWords` words or more (a whole sentence; no stock phrase is that long), or
 *   - a run of `evidenceRunWords` words and at least one more run (a stock phrase stands alone), or
 *   - `minShortRuns` runs in different outlet sentences that follow the wire's order (a partial copy that trims
 *     or extends every sentence it takes), or
 *   - in an article at least `derivedShare` made of wire words, one run of `evidenceRunWords` or two runs in the
 *     wire's order (a short text that is one or two wire sentences lightly edited).
 * Independent reports of the development set share at most two runs of five or six words and never one of
 * eight; an obituary's "starb im Alter von 87 Jahren in Hamburg" is eight words on its own.
 * Known weaknesses: a derived text of a very short wire may keep only two short runs and read as independent
 * (the reason then says "borderline"); stock phrases with a place in them ("den Bahnverkehr zwischen Peine und
 * Hämelerwald") count as distinctive, so two of them beside one long run would tip an independent report.
 */
import { ENGINE_CONFIG } from './config';
import type { PreparedDocument } from './document';
import { isReportingWord } from './languages';

const { shortRunWords, evidenceRunWords, loneRunWords, minShortRuns, maxRunStarts, derivedShare } =
  ENGINE_CONFIG.verdict;
const { minRareWords, statementRareWords } = ENGINE_CONFIG.banality;

/** A run of consecutive words both texts share: token indices into each document, and its length in words. */
export interface SharedRun {
  outlet: number;
  wire: number;
  words: number;
}

/** How strong the shared runs are as evidence of copying. */
export interface Evidence {
  /** The distinctive shared runs that count as evidence, in outlet order. */
  runs: SharedRun[];
  /** Distinctive runs set aside as formulaic (common words only, {@link isBanal}), in outlet order. */
  formulaic: SharedRun[];
  /** The longest distinctive run, in words (0 without one). */
  longest: number;
  /** The most runs in different outlet sentences that keep the wire's order. */
  inWireOrder: number;
  /** Whether the runs show copying (see the module comment). */
  copied: boolean;
  /** True when the decision rests on the fewest runs that could tip it either way. */
  borderline: boolean;
}

/**
 * Per token: whether it may take part in a run (outside furniture and quotations), and its unit: a run stays
 * inside one sentence of each text, as wording does — two sentences kept side by side are two runs.
 */
interface RunTokens {
  usable: boolean[];
  unitOf: Int32Array;
}

function runTokens(doc: PreparedDocument): RunTokens {
  const usable = new Array<boolean>(doc.tokens.length).fill(false);
  for (const unit of doc.units) {
    if (unit.furniture !== null) continue;
    for (let t = unit.from; t < unit.to; t += 1) usable[t] = !doc.tokens[t]!.quoted;
  }
  return { usable, unitOf: unitOfToken(doc) };
}

/** True when token `next` may continue a run that ends at token `previous`. */
function continues(tokens: RunTokens, previous: number, next: number): boolean {
  return tokens.usable[next] === true && tokens.unitOf[next] === tokens.unitOf[previous];
}

/** An index of the wire's runs of `shortRunWords` usable words: the start of every run by its words. */
export interface WireRunIndex {
  doc: PreparedDocument;
  tokens: RunTokens;
  starts: Map<string, number[]>;
}

function gramAt(doc: PreparedDocument, tokens: RunTokens, at: number): string | null {
  if (at + shortRunWords > doc.tokens.length || !tokens.usable[at]) return null;
  const words = [doc.tokens[at]!.norm];
  for (let k = at + 1; k < at + shortRunWords; k += 1) {
    if (!continues(tokens, k - 1, k)) return null;
    words.push(doc.tokens[k]!.norm);
  }
  return words.join(' ');
}

/** Indexes the wire once for every outlet compared with it. */
export function indexWireRuns(wire: PreparedDocument): WireRunIndex {
  const tokens = runTokens(wire);
  const starts = new Map<string, number[]>();
  for (let t = 0; t < wire.tokens.length; t += 1) {
    const gram = gramAt(wire, tokens, t);
    if (gram === null) continue;
    const list = starts.get(gram);
    if (list) list.push(t);
    else starts.set(gram, [t]);
  }
  return { doc: wire, tokens, starts };
}

/** Every maximal run of at least `shortRunWords` words the outlet shares with the wire, in outlet order. */
export function findSharedRuns(index: WireRunIndex, outlet: PreparedDocument): SharedRun[] {
  const wire = index.doc;
  const tokens = runTokens(outlet);
  const runs: SharedRun[] = [];
  let o = 0;
  while (o < outlet.tokens.length) {
    const gram = gramAt(outlet, tokens, o);
    const starts = gram === null ? undefined : index.starts.get(gram);
    if (!starts) {
      o += 1;
      continue;
    }
    let best: SharedRun = { outlet: o, wire: starts[0]!, words: 0 };
    // A phrase the wire repeats (a table, a refrain) is extended from its first few places only.
    for (const w of starts.slice(0, maxRunStarts)) {
      let words = shortRunWords;
      while (
        o + words < outlet.tokens.length &&
        w + words < wire.tokens.length &&
        continues(tokens, o + words - 1, o + words) &&
        continues(index.tokens, w + words - 1, w + words) &&
        outlet.tokens[o + words]!.norm === wire.tokens[w + words]!.norm
      )
        words += 1;
      if (words > best.words) best = { outlet: o, wire: w, words };
    }
    runs.push(best);
    o += best.words;
  }
  return runs;
}

// Words that join the parts of a name or title ("Ricarda Lang und Omid Nouripour", "Museum of Modern Art").
const NAME_JOINERS = new Set(
  'and und et e y of the von van vom zu de der den die das des du la le les di del da für for & a an'.split(
    ' ',
  ),
);

/**
 * Whether a run is made of distinctive words rather than a name, a title or a number: at least two content words
 * with letters, and not only capitalised words, numbers and the small words that join names.
 */
export function isDistinctive(outlet: PreparedDocument, run: SharedRun): boolean {
  let content = 0;
  let nameLike = true;
  for (let t = run.outlet; t < run.outlet + run.words; t += 1) {
    const token = outlet.tokens[t]!;
    const hasLetters = /\p{L}/u.test(token.norm);
    if (token.content && hasLetters) content += 1;
    const capitalised = /^\p{Lu}/u.test(outlet.text[token.start]!);
    if (hasLetters && !capitalised && !NAME_JOINERS.has(token.norm)) nameLike = false;
  }
  return content >= 2 && !nameLike;
}

/**
 * Whether a run is formulaic (TextPAIR's banality filter): it holds fewer than `minRareWords` content words that
 * are not common in the text's language or archive (word-frequencies.ts) — or, inside a sentence that reports a
 * statement ("said", "erklärte", "selon"), fewer than `statementRareWords`: such a run restates what was
 * announced, in the plain words every report of it uses, and gets the care quotations get.
 */
export function isBanal(outlet: PreparedDocument, run: SharedRun, unitOf: Int32Array): boolean {
  let rare = 0;
  for (let t = run.outlet; t < run.outlet + run.words; t += 1) {
    const token = outlet.tokens[t]!;
    if (token.content && /\p{L}/u.test(token.norm) && !outlet.isCommon(token.norm)) rare += 1;
  }
  if (rare < minRareWords) return true;
  if (rare >= statementRareWords) return false;
  const unit = outlet.units[unitOf[run.outlet]!]!;
  for (let t = unit.from; t < unit.to; t += 1)
    if (isReportingWord(outlet.tokens[t]!.norm, outlet.language)) return true;
  return false;
}

/** The unit index of every token of a document. */
export function unitOfToken(doc: PreparedDocument): Int32Array {
  const unitOf = new Int32Array(doc.tokens.length);
  doc.units.forEach((unit, u) => unitOf.fill(u, unit.from, unit.to));
  return unitOf;
}

/** The most runs, one per outlet sentence, whose wire positions rise with their outlet positions. */
function longestInWireOrder(runs: SharedRun[], outlet: PreparedDocument): number {
  const unitOf = unitOfToken(outlet);
  const perUnit = new Map<number, SharedRun>();
  for (const run of runs) {
    const unit = unitOf[run.outlet]!;
    const held = perUnit.get(unit);
    if (!held || held.words < run.words) perUnit.set(unit, run);
  }
  const tails: number[] = [];
  for (const run of [...perUnit.values()].sort((a, b) => a.outlet - b.outlet)) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < run.wire) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = run.wire;
  }
  return tails.length;
}

// Two runs that take the same wire words (a headline repeating the lede) are one piece of evidence, not two.
function sameWireText(a: SharedRun, b: SharedRun): boolean {
  return a === b || (a.wire < b.wire + b.words && b.wire < a.wire + a.words);
}

/**
 * Weighs the outlet's shared runs ({@link findSharedRuns}) as evidence of copying. `reuseShare` is the share of the
 * outlet's words that match the wire: a long run in an article mostly made of wire words is no stock phrase.
 */
export function weighEvidence(
  sharedRuns: readonly SharedRun[],
  outlet: PreparedDocument,
  reuseShare: number,
): Evidence {
  const unitOf = unitOfToken(outlet);
  const distinctive = sharedRuns.filter((run) => isDistinctive(outlet, run));
  const strong: SharedRun[] = [];
  const formulaic: SharedRun[] = [];
  for (const run of distinctive) (isBanal(outlet, run, unitOf) ? formulaic : strong).push(run);
  const decided = decide(strong, outlet, reuseShare);
  // In an article mostly made of wire words, formulaic runs count too: the article is no report of its own that
  // happens to use an announcement's words.
  const all = formulaic.length > 0 ? decide(distinctive, outlet, reuseShare) : decided;
  if (!decided.copied && all.copied && reuseShare >= derivedShare)
    return { ...all, runs: distinctive, formulaic: [] };
  // A verdict that formulaic runs would have turned is borderline.
  const borderline = decided.borderline || (!decided.copied && all.copied);
  return { ...decided, borderline, runs: strong, formulaic };
}

function decide(
  runs: SharedRun[],
  outlet: PreparedDocument,
  reuseShare: number,
): Omit<Evidence, 'runs' | 'formulaic'> {
  const longest = runs.reduce((max, run) => Math.max(max, run.words), 0);
  const inWireOrder = longestInWireOrder(runs, outlet);
  const lone = longest >= loneRunWords;
  const corroborated =
    longest >= evidenceRunWords &&
    runs.some((long) => long.words >= evidenceRunWords && runs.some((other) => !sameWireText(long, other)));
  const several = inWireOrder >= minShortRuns;
  // In an article mostly made of wire words, a long run or two runs in the wire's order are no stock phrases.
  const mostlyWire = reuseShare >= derivedShare && (longest >= evidenceRunWords || inWireOrder >= 2);
  const copied = lone || corroborated || several || mostlyWire;
  const clear = lone || inWireOrder > minShortRuns || (corroborated && runs.length > 2);
  const borderline = copied ? !clear : longest >= evidenceRunWords || inWireOrder === minShortRuns - 1;
  return { longest, inWireOrder, copied, borderline };
}
