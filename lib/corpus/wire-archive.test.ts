import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE } from './fixtures/wires';
import { buildWireArchive } from './wire-archive';

const seed = seedTexts();

describe('buildWireArchive', () => {
  const archive = buildWireArchive([
    { id: 'bahn', text: BAHN_WIRE },
    { id: 'nato', text: seed.wire, published: '2024-10-28T11:00:00Z' },
    { id: 'flut', text: HOCHWASSER_WIRE },
    { id: 'tarif', text: TARIF_WIRE },
  ]);

  it('traces the seed outlets as the engine judges them against the seed wire', () => {
    const verdicts = Object.entries(seed.outlets).map(([id, text]) => {
      const match = archive.match({ id, text });
      return [id, match.verdict, match.sources[0]?.wire];
    });
    expect(verdicts).toEqual([
      ['outlet-001', 'partial', 'nato'],
      ['outlet-002', 'partial', 'nato'],
      ['outlet-003', 'independent', undefined],
      ['outlet-004', 'independent', undefined],
    ]);
  });

  it('finds the source of an article that reorders and trims the wire', () => {
    const [first, second, third] = TARIF_WIRE.split('\n\n') as [string, string, string];
    const text = `Einigung im Tarifstreit\n\n${third}\n\n${first.replace('rund 2,5 Millionen', '2,5 Millionen')}\n\nDazu ein Kommentar unserer Redaktion.\n\n${second}`;
    expect(archive.match({ id: 'x', text })).toMatchObject({
      verdict: 'derived',
      sources: [{ wire: 'tarif' }],
    });
  });

  it('applies the date rule through the archive', () => {
    expect(
      archive.match({ id: 'y', text: seed.outlets['outlet-001']!, published: '2024-10-27' }).verdict,
    ).toBe('independent');
  });
});

describe('buildWireArchive learns its feed furniture', () => {
  const SIGN_OFF = 'Kontakt für Rückfragen: Newsdesk Nord, Telefon 040 123456';
  const feed = [BAHN_WIRE, seed.wire, HOCHWASSER_WIRE, TARIF_WIRE, `Kiel (dpa) - Der Landtag tagt.`].map(
    (text, i) => ({ id: `item-${i}`, text: `${text}\n${SIGN_OFF}` }),
  );
  it('sets the feed sign-off aside: an article without it still uses the whole wire', () => {
    const archive = buildWireArchive(feed);
    const withoutSignOff = buildWireArchive(
      feed.map((item) => ({ ...item, text: item.text.slice(0, -SIGN_OFF.length) })),
    );
    const article = { id: 'copy', text: BAHN_WIRE };
    expect(archive.match(article).sources[0]!.wireCoverage).toBe(
      withoutSignOff.match(article).sources[0]!.wireCoverage,
    );
  });
});
