/**
 * Stage 11, resemblance: an outlet judged independent kept nothing of the wire, so nothing of it may read as kept
 * or edited. Method: after the verdict, its matches are restated as what they are — resemblances (the same
 * facts, names, numbers in similar words) or shared quotations (a common source). Every wire unit is `dropped`
 * in `wireStatus`, `wireResemblance` says which ones it resembles and how, every unit of its own is `added`
 * (keeping `wire` and `diff`, so a view can still show what it resembles), and its reuse figures are zero:
 * wire status, heat map, counts and JSON then agree with the verdict.
 * Known weakness: the resemblance is all-or-nothing per outlet; a borderline independent version shows no
 * copied sentence even where one sentence is close to the wire's.
 */
import type { Classified } from './classify';
import type { OutletStats, OutletUnit, WireResemblance, WireStatus } from './types';

/** An independent outlet's units, wire status, resemblances and figures. */
export interface Resemblance {
  units: OutletUnit[];
  wireStatus: Record<string, WireStatus>;
  wireResemblance: Record<string, WireResemblance>;
  stats: OutletStats;
}

/** Restates the classified matches of an outlet judged independent as resemblances. */
export function asResemblance(classified: Classified, stats: OutletStats): Resemblance {
  const quoteOnly = new Set(classified.quoteOnlyWire);
  const wireStatus: Record<string, WireStatus> = {};
  const wireResemblance: Record<string, WireResemblance> = {};
  for (const [id, status] of Object.entries(classified.wireStatus)) {
    wireStatus[id] = 'dropped';
    if (status !== 'dropped') wireResemblance[id] = quoteOnly.has(id) ? 'shared-quote' : 'resemblance';
  }
  const units = classified.units.map((unit): OutletUnit =>
    unit.status === 'copied' || unit.status === 'edited' ? { ...unit, status: 'added', moved: false } : unit,
  );
  return {
    units,
    wireStatus,
    wireResemblance,
    stats: {
      ...stats,
      reusedWords: 0,
      reuseShare: 0,
      wireCoverage: 0,
      unquotedReusedWords: 0,
      addedWords: stats.words,
    },
  };
}
