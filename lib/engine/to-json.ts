/**
 * The stable JSON contract `wiretrace.alignment/1` for scripts (CLI and HTTP API). Fields may be added, none
 * renamed; lib/engine/alignment.schema.json checks the shape. Extra fields beyond the documented ones (`kind`,
 * `reason`, `diff`, `furniture`, `unquotedReusedWords`) are additions the schema allows.
 */
import type { Alignment, OutletAlignment, OutletUnit, WireUnit } from './types';

/** The schema identifier written into every document. */
export const ALIGNMENT_SCHEMA = 'wiretrace.alignment/1';

/** One outlet in the JSON contract. */
export interface AlignmentJsonOutlet extends OutletAlignment {
  source: string;
}

/** The whole JSON document. */
export interface AlignmentJson {
  schema: typeof ALIGNMENT_SCHEMA;
  wire: { source: string; units: WireUnit[] };
  outlets: AlignmentJsonOutlet[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function unitJson(unit: OutletUnit): OutletUnit {
  const { furniture, ...rest } = unit;
  return furniture ? { ...rest, furniture } : rest;
}

/** Wraps an alignment with its sources into the `wiretrace.alignment/1` document. */
export function toAlignmentJson(
  alignment: Alignment,
  wireSource: string,
  outletSources: string[],
): AlignmentJson {
  return {
    schema: ALIGNMENT_SCHEMA,
    wire: { source: wireSource, units: alignment.wire.units },
    outlets: alignment.outlets.map((outlet, i) => ({
      source: outletSources[i] ?? `outlet-${i + 1}`,
      verdict: outlet.verdict,
      reason: outlet.reason,
      stats: {
        ...outlet.stats,
        reuseShare: round(outlet.stats.reuseShare),
        wireCoverage: round(outlet.stats.wireCoverage),
      },
      units: outlet.units.map(unitJson),
      wireStatus: outlet.wireStatus,
    })),
  };
}
