/**
 * The stable JSON contract `wiretrace.alignment/1` for scripts (CLI and HTTP API). Fields may be added, none
 * renamed; lib/engine/alignment.schema.json checks the shape. Extra fields beyond the documented ones (`kind`,
 * `reason`, `diff`, `furniture`, `unquotedReusedWords`, `quoteOnlyWire`, `wireResemblance`) are additions the schema allows.
 * The engine keeps only the word diff; `parts` (which ranges of a unit match the wire) are derived from it here,
 * because the contract promised them before the diff existed.
 */
import type { Alignment, DiffOp, OutletAlignment, OutletUnit, Span, WireUnit } from './types';

/** The schema identifier written into every document. */
export const ALIGNMENT_SCHEMA = 'wiretrace.alignment/1';

/** A range of an outlet unit and whether its words match the wire. Parts cover the unit without gaps. */
export interface Part extends Span {
  same: boolean;
}

/** One outlet unit in the JSON contract. */
export interface AlignmentJsonUnit extends OutletUnit {
  /** For copied and edited units: which of its text matches the wire; empty for added and boilerplate units. */
  parts: Part[];
}

/** One outlet in the JSON contract. */
export interface AlignmentJsonOutlet extends Omit<OutletAlignment, 'units'> {
  source: string;
  units: AlignmentJsonUnit[];
}

/** The whole JSON document. */
export interface AlignmentJson {
  schema: typeof ALIGNMENT_SCHEMA;
  wire: { source: string; units: WireUnit[] };
  outlets: AlignmentJsonOutlet[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The parts of a unit from its diff: runs of `same` and `ins` ops, stretched to cover the unit without gaps. */
export function partsFromDiff(diff: DiffOp[], start: number, end: number): Part[] {
  if (diff.length === 0) return [];
  const parts: Part[] = [];
  for (const op of diff) {
    if (op.op === 'del') continue;
    const same = op.op === 'same';
    const last = parts.at(-1);
    if (last && last.same === same) continue;
    if (last) last.end = op.start;
    parts.push({ start: parts.length === 0 ? start : op.start, end, same });
  }
  if (parts.length === 0) return [{ start, end, same: false }];
  parts.at(-1)!.end = end;
  return parts;
}

function unitJson(unit: OutletUnit): AlignmentJsonUnit {
  const { furniture, ...rest } = unit;
  // An independent outlet's units are `added` but keep the diff of what they resemble: they have no parts.
  const parts = unit.status === 'added' ? [] : partsFromDiff(unit.diff, unit.start, unit.end);
  const json = { ...rest, parts };
  return furniture ? { ...json, furniture } : json;
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
      wireResemblance: outlet.wireResemblance,
      quoteOnlyWire: outlet.quoteOnlyWire,
    })),
  };
}
