/**
 * Unit profiles: what a sentence-like unit offers for cheap bounds before any alignment — its content words, its
 * normalized key, and its runs of `runWords` words (without a shared one, no distinctive run can exist).
 * Method: content words are collected eagerly (every pair needs them); key and runs are computed on first use,
 * because most pairs are refused on content words alone.
 */
import { ENGINE_CONFIG } from './config';
import type { DocumentUnit, PreparedDocument } from './document';

const { runWords } = ENGINE_CONFIG.match;

/** A unit's content words, and on demand its key and its runs of words. */
export interface UnitProfile {
  content: Set<string>;
  /** The unit's normalized words joined: units with equal keys align identically. */
  key: () => string;
  /** Every run of `runWords` consecutive normalized words. */
  runs: () => Set<string>;
}

/** Profiles one unit of a document. */
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
      for (let i = 0; i + runWords <= all.length; i += 1) runs.add(all.slice(i, i + runWords).join(' '));
      return runs;
    },
  };
}

/** Profiles of a document's units, each computed once: the wire's are reused for every outlet. */
export function profileCache(doc: PreparedDocument): (unit: number) => UnitProfile {
  const cache = new Map<number, UnitProfile>();
  return (u) => {
    let cached = cache.get(u);
    if (!cached) cache.set(u, (cached = profile(doc, doc.units[u]!)));
    return cached;
  };
}
