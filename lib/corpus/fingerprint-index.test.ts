import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';
import { WireFingerprintIndexBuilder } from './fingerprint-index';
import { BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE } from './fixtures/wires';

const DATELINE = 'Berlin (dpa) - Die Bundesregierung hat am Mittwoch in Berlin mitgeteilt, dass';

function buildIndex(texts: string[], maxItems?: number) {
  const builder = new WireFingerprintIndexBuilder();
  texts.forEach((text) => builder.add(fingerprint(text)));
  return builder.build(maxItems);
}

describe('WireFingerprintIndex', () => {
  it('ranks the wire an article copies first, with its share of the article', () => {
    const index = buildIndex([BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE]);
    const article = `Bahn saniert: ${HOCHWASSER_WIRE.split('\n\n')[0]} Die Lage bleibt angespannt, schreibt unsere Redaktion.`;
    const [best, ...rest] = index.candidates(fingerprint(article));
    expect(best).toMatchObject({ item: 1 });
    expect(best!.score).toBeGreaterThan(0.6);
    expect(rest.every((candidate) => candidate.shared < best!.shared)).toBe(true);
  });

  it('returns postings in item order and nothing for an unknown fingerprint', () => {
    const index = buildIndex([TARIF_WIRE, BAHN_WIRE, TARIF_WIRE]);
    const hash = fingerprint(TARIF_WIRE)[0]!;
    expect(Array.from(index.postings(hash))).toEqual([0, 2]);
    expect(index.postings(12345).length).toBe(0);
    expect(index.itemCount).toBe(3);
  });

  it('drops fingerprints held by more items than the cut-off (a dateline) and does not count them', () => {
    const texts = Array.from(
      { length: 6 },
      (_, i) => `${DATELINE} ${[BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE][i % 3]!.slice(20 * i, 20 * i + 400)}`,
    );
    const index = buildIndex(texts, 3);
    const datelinePrints = fingerprint(DATELINE);
    expect(datelinePrints.length).toBeGreaterThan(0);
    for (const hash of datelinePrints) {
      expect(index.isStock(hash)).toBe(true);
      expect(index.postings(hash).length).toBe(0);
    }
    // An article that shares only the dateline finds nothing.
    expect(
      index.candidates(fingerprint(`${DATELINE} die Grünen ein neues Programm vorlegen wollen.`)),
    ).toEqual([]);
  });

  it('honours limit and minShared', () => {
    const index = buildIndex([BAHN_WIRE, `${BAHN_WIRE}\n\nEin neuer Absatz.`, HOCHWASSER_WIRE]);
    const found = index.candidates(fingerprint(BAHN_WIRE), 1);
    expect(found).toHaveLength(1);
    expect(found[0]!.score).toBe(1);
    expect(index.candidates(fingerprint('Fahrgastverband Pro Bahn kritisierte die Planung'), 10, 50)).toEqual(
      [],
    );
  });

  it('scales to many items with typed postings', () => {
    const builder = new WireFingerprintIndexBuilder();
    for (let i = 0; i < 2000; i += 1) builder.add(fingerprint(`${TARIF_WIRE} Meldung ${i} Nummer ${i * 7}`));
    const index = builder.build();
    // Fingerprints shared by all 2000 items are stock; each item keeps its own.
    expect(index.candidates(fingerprint(`${TARIF_WIRE} Meldung 1234 Nummer 8638`), 1)[0]!.item).toBe(1234);
  });
});

describe('WireFingerprintIndex document-frequency filter with story groups', () => {
  it('counts the versions of one story once, and different stories apiece', () => {
    const builder = new WireFingerprintIndexBuilder();
    // Eight updates of one story repeat its first paragraph; the cut-off is three.
    for (let v = 0; v < 8; v += 1)
      builder.add(fingerprint(`${BAHN_WIRE}\n\nUpdate ${v}: neue Einzelheiten.`), 7);
    builder.add(fingerprint(TARIF_WIRE));
    const index = builder.build(3);
    const lead = fingerprint(BAHN_WIRE.split('\n\n')[0]!);
    expect(index.candidates(lead, 20).length).toBe(8);
    expect(lead.some((hash) => index.isStock(hash))).toBe(false);
  });
});
