import { describe, expect, it } from 'vitest';
import { fitWords, previewLayout } from './preview-layout';
import type { OutletSummaryView } from './types';

const outlet = (id: string, name: string, verdict: OutletSummaryView['verdict'], reuseShare: number) => ({
  id,
  name,
  verdict,
  reuseShare,
  reason: '',
  wireCoverage: 0,
  addedWords: 0,
  words: 100,
});

describe('fitWords', () => {
  it('cuts at a word boundary with an ellipsis, never mid-word', () => {
    expect(fitWords('Westdeutsche Allgemeine Abendausgabe', 24)).toBe('Westdeutsche Allgemeine…');
    expect(fitWords('Radio Bremen', 24)).toBe('Radio Bremen');
  });
  it('cuts inside a single word only when that word alone is too long', () => {
    expect(fitWords('Donaudampfschifffahrtsgesellschaft', 12)).toBe('Donaudampfs…');
  });
});

describe('previewLayout', () => {
  // Six independent versions typed first, then six derived ones: the case that drew none of the derived.
  const outlets = [
    ...Array.from({ length: 6 }, (_, i) => outlet(`i${i}`, `Unabhängig ${i}`, 'independent', 0.01)),
    ...Array.from({ length: 6 }, (_, i) => outlet(`d${i}`, `Abgeschrieben ${i}`, 'derived', 0.5 + i / 20)),
  ];
  it('draws the derived versions first and says how many are left out', () => {
    const layout = previewLayout('Nato: Putin auf ausländische Hilfe angewiesen', outlets);
    expect(layout.rows.slice(0, 3).map((r) => r.outlet.id)).toEqual(['d5', 'd4', 'd3']);
    expect(layout.rows.length + layout.more).toBe(12);
    expect(layout.more).toBeGreaterThan(0);
    expect(layout.titleSize).toBe(52);
  });
  it('shrinks a long title, then cuts it at a word', () => {
    const long =
      'Nato: Putin auf ausländische Hilfe angewiesen, nordkoreanische Truppen in Kursk, Selenskyj warnt vor einer weiteren Eskalation des Krieges';
    const layout = previewLayout(long, outlets.slice(0, 4));
    expect(layout.titleSize).toBeLessThan(52);
    expect(layout.rows).toHaveLength(4);
    expect(layout.more).toBe(0);
  });
});
