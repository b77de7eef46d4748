import { describe, expect, it } from 'vitest';
import { prepareDocument } from './document';
import { indexWire } from './candidates';
import { matchOutlet } from './match';

const wire = prepareDocument(
  'Berlin (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj forderte eine internationale Reaktion auf den Einsatz. ' +
    'Nordkoreanische Einheiten seien in der grenznahen Region Kursk stationiert, sagte Rutte in Brüssel.',
);
const index = indexWire(wire);
const matchedUnits = (text: string) => {
  const outlet = prepareDocument(text);
  return matchOutlet(index, outlet).map((m) => m?.wireUnits ?? null);
};

describe('matchOutlet', () => {
  it('does not match a sentence that only shares a title and a name', () => {
    expect(
      matchedUnits(
        'Der ukrainische Präsident Wolodymyr Selenskyj hat lange auf weitreichende Raketen gedrängt.',
      ),
    ).toEqual([null]);
  });
  it('matches a rewrite that carries a distinctive run of six wire words', () => {
    expect(
      matchedUnits('Kims Truppen seien in der grenznahen Region Kursk stationiert, erklärte der Nato-Chef.'),
    ).toEqual([[2]]);
  });
  it('matches regardless of order and ignores furniture', () => {
    const outlet =
      'Nordkoreanische Einheiten seien in der grenznahen Region Kursk stationiert, sagte Rutte in Brüssel.\nAnzeige\nDer ukrainische Präsident Wolodymyr Selenskyj forderte eine internationale Reaktion auf den Einsatz.';
    expect(matchedUnits(outlet)).toEqual([[2], null, [1]]);
  });
  it('pairs matched words with their wire words, typography aside', () => {
    const outlet = prepareDocument(
      'Der ukrainische Präsident Wolodymyr Selenskyj forderte eine „internationale“ Reaktion auf den Einsatz!',
    );
    const [match] = matchOutlet(index, outlet);
    expect(match!.pairs).toHaveLength(outlet.tokens.length);
    expect(match!.pairs.map((p) => wire.tokens[p.wire]!.norm)).toEqual(outlet.tokens.map((t) => t.norm));
  });
});
