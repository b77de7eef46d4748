import { describe, expect, it } from 'vitest';
import { compare } from '../engine';
import { seedTexts } from '@/fixtures/seed-texts';
import { buildStoryView, sentenceAnchor } from './story-view';

const seed = seedTexts();
const texts = {
  wireText: seed.wire,
  outlets: Object.entries(seed.outlets).map(([id, text]) => ({
    id,
    name: id.replace('outlet-', 'Outlet '),
    text,
  })),
};
const view = buildStoryView(
  texts,
  compare(
    texts.wireText,
    texts.outlets.map((o) => o.text),
  ),
);

describe('buildStoryView on the seed story', () => {
  it('aligns only the derived versions in columns', () => {
    expect(view.alignedOutletIds).toEqual(['outlet-001', 'outlet-002']);
    expect(view.outlets.map((o) => o.verdict)).toEqual(['partial', 'partial', 'independent', 'independent']);
  });
  it('has one wire row per wire sentence, in order, with additions between them', () => {
    const wireRows = view.rows.filter((row) => row.type === 'wire');
    expect(wireRows.map((row) => row.wire.id)).toEqual(view.wireSentences.map((s) => s.id));
    expect(view.rows[0]!.type).toBe('extra');
    const w5 = wireRows.find((row) => row.wire.id === 'w5')!;
    expect(w5.cells['outlet-002']).toEqual({ status: 'dropped', sentences: [] });
  });
  it('places every sentence of a derived version exactly once', () => {
    for (const id of view.alignedOutletIds) {
      const placed = view.rows.flatMap((row) =>
        row.type === 'wire' ? (row.cells[id]?.sentences ?? []) : (row.cells[id] ?? []),
      );
      const all = view.articles[id]!.flat();
      expect(placed.map((s) => s.anchor).sort()).toEqual(all.map((s) => s.anchor).sort());
    }
  });
  it('marks wire sentences an independent version shares only through quotations', () => {
    const w3 = view.wireOutcomes.find((o) => o.wire.id === 'w3')!;
    // An independent version kept nothing: its shared quote is not counted as an edit (issue 14).
    expect(w3.statuses.find((s) => s.outletId === 'outlet-003')).toEqual({
      outletId: 'outlet-003',
      status: 'dropped',
      sharedQuote: true,
    });
    expect(w3.counts).toEqual({ kept: 2, edited: 0, dropped: 2 });
  });
  it('keeps articles in their own paragraphs with stable anchors', () => {
    const article = view.articles['outlet-002']!;
    expect(article[0]![0]!.anchor).toBe(sentenceAnchor('outlet-002', 0));
    expect(article.length).toBeGreaterThan(20);
    expect(article.flat().every((s) => s.text.trim() === s.text && s.text.length > 0)).toBe(true);
  });
});
