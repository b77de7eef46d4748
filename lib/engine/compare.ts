/**
 * The engine's one entry: compare a wire text with any number of outlet texts.
 * Pipeline, numbered in the stage files' headers as they run: 1 normalize.ts → 2 unwrap.ts → 3 tokenize.ts (with
 * quotations.ts) → 4 segment.ts → 5 furniture.ts (1–5 joined in document.ts) → 6 candidates.ts → 7 match.ts (with in-place.ts) →
 * 8 classify.ts → 9 evidence.ts → 10 summarize.ts → 11 resemblance.ts (independent outlets only).
 * Pure: text in, plain data out; no I/O.
 * Known weakness: texts are compared with the wire only, not with each other, so two outlets sharing a later
 * agency update look like two independent edits.
 */
import { classify, wireUnitId } from './classify';
import { prepareDocument, type DocumentOptions, type PreparedDocument } from './document';
import { indexWire, type WireIndex } from './candidates';
import { furnitureLookup, type LearnedFurniture } from './furniture-learning';
import { findSharedRuns, indexWireRuns, type WireRunIndex } from './evidence';
import { alignInPlace } from './in-place';
import { matchOutlet } from './match';
import { asResemblance } from './resemblance';
import { summarize } from './summarize';
import type { Alignment, OutletAlignment, WireUnit } from './types';
import { profileCache, type UnitProfile } from './unit-profile';
import type { WordFrequencies } from './word-frequencies';

/** What `compare` may know beyond the texts: the furniture learned from the wire's feed and each outlet. */
export interface CompareOptions {
  /** Furniture learned from the wire's feed ({@link learnFurniture} over many of its items). */
  wireFurniture?: LearnedFurniture;
  /** Per outlet (by index), furniture learned from many articles of that outlet. */
  outletFurniture?: ReadonlyArray<LearnedFurniture | undefined>;
  /**
   * The archive's document frequencies ({@link wordFrequencies}): how common words are (the banality of shared
   * runs) and, for a language without a stop-word list, its function words.
   */
  frequencies?: WordFrequencies;
}

/**
 * Compares `wire` with each of `outlets` (texts as published, BOM removed). Lines that `options` name as learned
 * furniture are set aside as `recurring`, with a note saying where they recur.
 */
export function compare(wire: string, outlets: string[], options: CompareOptions = {}): Alignment {
  const { frequencies } = options;
  const wireDoc = prepareDocument(wire, { furniture: furnitureLookup(options.wireFurniture), frequencies });
  const index = indexWire(wireDoc);
  const wireProfile = profileCache(wireDoc);
  const wireRuns = indexWireRuns(wireDoc);
  return {
    wire: { units: wireUnits(wireDoc) },
    outlets: outlets.map((text, i) =>
      compareOne(index, wireProfile, wireRuns, text, {
        furniture: furnitureLookup(options.outletFurniture?.[i]),
        frequencies,
      }),
    ),
  };
}

function wireUnits(doc: PreparedDocument): WireUnit[] {
  return doc.units.map((unit, u) => ({
    id: wireUnitId(u),
    start: unit.start,
    end: unit.end,
    kind: unit.furniture !== null ? 'boilerplate' : unit.role === 'heading' ? 'heading' : 'text',
    ...(unit.furniture !== null ? { furniture: unit.furniture } : {}),
    ...(unit.furnitureNote !== undefined ? { furnitureNote: unit.furnitureNote } : {}),
  }));
}

function compareOne(
  index: WireIndex,
  wireProfile: (unit: number) => UnitProfile,
  wireRuns: WireRunIndex,
  text: string,
  documentOptions: DocumentOptions,
): OutletAlignment {
  const wireDoc = index.doc;
  const outletDoc = prepareDocument(text, documentOptions);
  const sharedRuns = findSharedRuns(wireRuns, outletDoc);
  const matches = alignInPlace(wireDoc, outletDoc, matchOutlet(index, outletDoc, wireProfile), sharedRuns);
  const classified = classify(wireDoc, outletDoc, matches);
  const { stats, verdict, reason } = summarize(wireDoc, outletDoc, classified, sharedRuns);
  const { quoteOnlyWire } = classified;
  if (verdict === 'independent')
    return { verdict, reason, quoteOnlyWire, ...asResemblance(classified, stats) };
  const { units, wireStatus } = classified;
  return { verdict, reason, stats, units, wireStatus, wireResemblance: {}, quoteOnlyWire };
}
