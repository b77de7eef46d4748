import { describe, expect, it } from 'vitest';
import { compare } from './compare';

// A regional wire story of three sentences (dpa style), and outlets that rewrite its middle sentence.
const WIRE =
  'Hamburg (dpa) - Der Senat hat am Dienstag einen neuen Plan für den Hafen beschlossen. ' +
  'Nach Angaben der Wirtschaftsbehörde sollen bis 2030 rund 400 Millionen Euro in die Modernisierung der Containerterminals fließen. ' +
  'Die Opposition kritisierte, der Plan komme viel zu spät und sei schlecht finanziert.';
const FIRST = 'Der Senat hat am Dienstag einen neuen Plan für den Hafen beschlossen.';
const LAST = 'Die Opposition kritisierte, der Plan komme viel zu spät und sei schlecht finanziert.';

const middleOf = (outlet: string, sentence: string) => {
  const [alignment] = compare(WIRE, [outlet]).outlets;
  const unit = alignment!.units.find((u) => outlet.slice(u.start, u.end).trim() === sentence)!;
  return { status: unit.status, wire: unit.wire, same: unit.diff.filter((op) => op.op === 'same') };
};

describe('an edit that keeps a distinctive run in its place', () => {
  // Five words kept: too few for match.ts's rules (three shared content words, or a run of six).
  const rewrite = 'Viel Geld solle in die Modernisierung der Containerterminals gesteckt werden, hieß es.';
  it('is aligned with the wire sentence between its neighbours, the run shown whole', () => {
    const outlet = `${FIRST} ${rewrite} ${LAST}`;
    const middle = middleOf(outlet, rewrite);
    expect(middle.status).toBe('edited');
    expect(middle.wire).toEqual(['w3']);
    expect(middle.same.map((op) => outlet.slice(op.start, op.end))).toEqual([
      'in die Modernisierung der Containerterminals',
    ]);
  });
  it('is not aligned when it stands elsewhere', () => {
    const outlet = `${FIRST} ${LAST}\n\n${rewrite}`;
    expect(middleOf(outlet, rewrite).status).toBe('added');
  });
  it('is not aligned when the run is only a name with its title', () => {
    const agreed =
      'Die Nato-Staaten sagten ihm bei einem Treffen in Brüssel weitere Systeme zu, nannten aber keine Zahlen.';
    const wire = `Berlin (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj forderte am Montag mehr Hilfe. ${agreed}`;
    const outlet = `Der ukrainische Präsident Wolodymyr Selenskyj reiste am Abend nach Paris. ${agreed}`;
    const [alignment] = compare(wire, [outlet]).outlets;
    expect(alignment!.units.map((unit) => unit.status)).toEqual(['added', 'copied']);
  });
});
