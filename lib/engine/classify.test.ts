import { describe, expect, it } from 'vitest';
import { classify, longestNonDecreasing } from './classify';
import { prepareDocument } from './document';
import { indexWire } from './candidates';
import { matchOutlet } from './match';

function run(wireText: string, outletText: string) {
  const wire = prepareDocument(wireText);
  const outlet = prepareDocument(outletText);
  return classify(wire, outlet, matchOutlet(indexWire(wire), outlet));
}

describe('longestNonDecreasing', () => {
  it('keeps the longest run in order; repeats are not moves', () => {
    expect([...longestNonDecreasing([3, 0, 1, 2])].sort()).toEqual([1, 2, 3]);
    expect(longestNonDecreasing([0, 0, 1, 2]).size).toBe(4);
    expect(longestNonDecreasing([]).size).toBe(0);
  });
});

describe('classify', () => {
  const wire =
    '«Die Lage ist ernst und wir müssen sofort handeln», sagte der Minister am Montag in Berlin. Die Opposition kritisierte die späte Reaktion der Regierung scharf und verlangte Aufklärung.';

  it('flags a unit that only shares a quotation (and its speaker) as sharedQuote', () => {
    const { units } = run(
      wire,
      'Der Minister warnte: „Die Lage ist ernst und wir müssen sofort handeln“, sagte er.',
    );
    expect(units[0]).toMatchObject({ status: 'edited', sharedQuote: true, wire: ['w1'] });
  });
  it("does not flag a copy that keeps the wire's own attribution", () => {
    const { units } = run(
      wire,
      '"Die Lage ist ernst und wir müssen sofort handeln", sagte der Minister am Montag in Berlin.',
    );
    expect(units[0]).toMatchObject({ status: 'copied', sharedQuote: false });
  });
  it('marks wire units kept, edited and dropped', () => {
    const result = run(
      wire,
      '"Die Lage ist ernst und wir müssen sofort handeln", sagte der Minister am Montag in Berlin.',
    );
    expect(result.wireStatus).toEqual({ w1: 'kept', w2: 'dropped' });
    const edited = run(
      wire,
      'Die Opposition kritisierte die Reaktion der Regierung scharf und verlangte Aufklärung.',
    );
    expect(edited.wireStatus).toEqual({ w1: 'dropped', w2: 'edited' });
    expect(edited.units[0]!.diff.map((op) => op.op)).toEqual(['same', 'del', 'same']);
  });
});

describe('a sentence combined from two distant wire sentences (issue 14)', () => {
  const harbour = [
    'Der Hamburger Hafen hat im ersten Halbjahr deutlich weniger Container umgeschlagen, als die Hafenbehörde noch im Frühjahr für das laufende Jahr vorhergesagt hatte, und liegt damit auch klar unter dem Ergebnis des Vorjahres.',
    'Insgesamt wurden 3,8 Millionen Standardcontainer bewegt, ein Minus von 4,1 Prozent.',
    'Vor allem der Verkehr mit China ging zurück, während die Mengen aus den USA leicht zunahmen.',
    'Die Reedereien verweisen auf die schwache Nachfrage in Europa und auf hohe Energiepreise.',
    'Hafenchef Jens Meier sprach von einer schwierigen Lage für die gesamte Branche in Nordeuropa.',
    'Nach Einschätzung der Behörde, die sich dabei auf Gespräche mit den großen Reedereien und Logistikern stützt, ist für das zweite Halbjahr eine Stabilisierung auf niedrigem Niveau zu erwarten.',
  ].join(' ');
  const combined =
    'Der Hamburger Hafen hat im ersten Halbjahr deutlich weniger Container umgeschlagen, für das zweite Halbjahr ist eine Stabilisierung auf niedrigem Niveau zu erwarten.';

  it('is diffed only against the words it used of each: no wall of deleted wire text between them', () => {
    const [unit] = run(harbour, combined).units;
    expect(unit!.wire).toEqual(['w1', 'w6']);
    const deleted = unit!.diff.filter((op) => op.op === 'del').map((op) => harbour.slice(op.start, op.end));
    expect(deleted).toEqual([]);
  });
});
