import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import {
  candidatesFromCounts,
  compareSources,
  mayBeSource,
  verifyCandidates,
  type WireForVerification,
} from './discovery';
import { BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE } from './fixtures/wires';
import type { MatchSource } from './types';

const seed = seedTexts();
const wires: Record<string, WireForVerification> = {
  'nato-1': { text: seed.wire, published: '2024-10-28T12:00:00Z', story: 'nato' },
  bahn: { text: BAHN_WIRE, published: '2024-10-28T09:00:00Z' },
  flut: { text: HOCHWASSER_WIRE },
  tarif: { text: TARIF_WIRE, published: '2024-10-20' },
};
const getWire = (id: string) => wires[id];
const copied = `Bahn steckt Milliarden ins Netz\n\n${BAHN_WIRE}\n\nUnsere Zeitung hat bei Pendlern nachgefragt: Viele sind genervt.`;

describe('verifyCandidates', () => {
  it('traces a copied article to its wire, best first, and takes the best source verdict', () => {
    const match = verifyCandidates(
      { id: 'a1', text: copied, outlet: 'Tagblatt', published: '2024-10-28T10:00:00Z' },
      [
        { wire: 'tarif', score: 0.1, shared: 3 },
        { wire: 'bahn', score: 0.9, shared: 40 },
      ],
      getWire,
    );
    expect(match).toMatchObject({ id: 'a1', outlet: 'Tagblatt', verdict: 'derived' });
    expect(match.sources).toHaveLength(1);
    expect(match.sources[0]).toMatchObject({ wire: 'bahn', verdict: 'derived', score: 0.9 });
    expect(match.sources[0]!.story).toBeUndefined();
    expect(match.sources[0]!.wireCoverage).toBeGreaterThan(0.95);
  });

  it('keeps an independent article independent, with no sources', () => {
    const { outlets } = seed;
    const match = verifyCandidates(
      { id: 'outlet-003', text: outlets['outlet-003']! },
      [{ wire: 'nato-1', score: 0.3, shared: 12 }],
      getWire,
    );
    expect(match).toEqual({ id: 'outlet-003', verdict: 'independent', sources: [] });
  });

  it('reports a partial copy of the seed wire with its story', () => {
    const match = verifyCandidates(
      { id: 'outlet-001', text: seed.outlets['outlet-001']! },
      [{ wire: 'nato-1', score: 0.5, shared: 30 }],
      getWire,
    );
    expect(match.verdict).toBe('partial');
    expect(match.sources[0]).toMatchObject({ wire: 'nato-1', story: 'nato', verdict: 'partial' });
  });

  it('never takes a wire published after the article (beyond the clock skew)', () => {
    const article = { id: 'a2', text: copied, published: '2024-10-27T12:00:00Z' };
    expect(verifyCandidates(article, [{ wire: 'bahn', score: 0.9 }], getWire).verdict).toBe('independent');
    // Three hours early is clock skew; an undated article is never excluded.
    expect(
      verifyCandidates(
        { ...article, published: '2024-10-28T06:00:00Z' },
        [{ wire: 'bahn', score: 0.9 }],
        getWire,
      ).verdict,
    ).toBe('derived');
    expect(
      verifyCandidates({ id: 'a3', text: copied }, [{ wire: 'bahn', score: 0.9 }], getWire).verdict,
    ).toBe('derived');
  });

  it('lists two stories an article combines, the one it explains more of first', () => {
    const combined = `${BAHN_WIRE}\n\n${HOCHWASSER_WIRE.split('\n\n')[0]}`;
    const match = verifyCandidates(
      { id: 'a4', text: combined },
      [
        { wire: 'flut', score: 0.3, shared: 10 },
        { wire: 'bahn', score: 0.6, shared: 20 },
      ],
      getWire,
    );
    expect(match.sources.map((source) => source.wire)).toEqual(['bahn', 'flut']);
    expect(match.sources[0]!.reuseShare).toBeGreaterThan(match.sources[1]!.reuseShare);
  });

  it('skips candidates with too few shared fingerprints and ids the getter does not know', () => {
    const match = verifyCandidates(
      { id: 'a5', text: copied },
      [
        { wire: 'bahn', score: 0.9, shared: 1 },
        { wire: 'gone', score: 0.8 },
      ],
      getWire,
    );
    expect(match.sources).toEqual([]);
  });
});

describe('mayBeSource and compareSources', () => {
  it('applies the date rule only when both sides are dated', () => {
    expect(mayBeSource('2024-10-30', '2024-10-28')).toBe(false);
    // A day without a time covers the whole day: a wire at noon may be the source of that day's article.
    expect(mayBeSource('2024-10-28T12:00:00Z', '2024-10-28')).toBe(true);
    expect(mayBeSource('2024-10-30T12:00:00Z', '2024-10-29')).toBe(false);
    expect(mayBeSource('2024-10-28T17:00:00Z', '2024-10-28T10:00:00Z')).toBe(false);
    expect(mayBeSource('2024-10-28T05:00:00Z', '2024-10-28')).toBe(true);
    expect(mayBeSource(undefined, '2024-10-28')).toBe(true);
    expect(mayBeSource('2024-10-29', undefined)).toBe(true);
  });
  it('orders derived before partial, then by reuse share', () => {
    const source = (wire: string, verdict: MatchSource['verdict'], reuseShare: number): MatchSource => ({
      wire,
      verdict,
      reuseShare,
      wireCoverage: 0.5,
      score: 0.5,
    });
    const sorted = [
      source('a', 'partial', 0.4),
      source('b', 'derived', 0.6),
      source('c', 'derived', 0.9),
    ].sort(compareSources);
    expect(sorted.map((s) => s.wire)).toEqual(['c', 'b', 'a']);
  });
});

describe('candidatesFromCounts', () => {
  it('scores SQL counts as the index does: shared over the article fingerprints that are not stock', () => {
    expect(
      candidatesFromCounts(60, 10, [
        { wire: 'b', shared: 5 },
        { wire: 'a', shared: 40 },
      ]),
    ).toEqual([
      { wire: 'a', shared: 40, score: 0.8 },
      { wire: 'b', shared: 5, score: 0.1 },
    ]);
  });
});
