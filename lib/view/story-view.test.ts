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
  it('gives each version its verdict and figures', () => {
    expect(
      view.outlets.map((o) => [o.id, o.verdict, o.words, o.addedWords, Math.round(o.reuseShare * 100)]),
    ).toEqual([
      ['outlet-001', 'partial', 276, 142, 46],
      ['outlet-002', 'partial', 847, 590, 29],
      // An independent version reuses nothing: its 21 quoted words are a shared quote, not reuse (issue 14).
      ['outlet-003', 'independent', 558, 558, 0],
      ['outlet-004', 'independent', 255, 255, 0],
    ]);
  });
  it('aligns only the derived versions in columns and lists the independent ones apart', () => {
    expect(view.aligned.map((o) => o.id)).toEqual(['outlet-001', 'outlet-002']);
    expect(view.independent.map((o) => o.id)).toEqual(['outlet-003', 'outlet-004']);
  });
  it('orders the columns most derived first and shows the aligned ones by default', () => {
    expect(view.columns.map((o) => o.id)).toEqual(['outlet-001', 'outlet-002', 'outlet-003', 'outlet-004']);
    expect(view.defaultColumns).toEqual(['outlet-001', 'outlet-002']);
  });
  it('says, per wire sentence, what each version wrote of it', () => {
    const w3 = view.wireOutcomes.find((o) => o.wire.id === 'w3')!;
    const of = (id: string) => w3.statuses.find((s) => s.outletId === id)!.sentences.map((s) => s.text);
    expect(of('outlet-001')).toEqual([expect.stringContaining('Putin')]);
    expect(of('outlet-004')).toEqual([]);
    expect(w3.statuses.map((s) => s.outletId)).toEqual(view.columns.map((o) => o.id));
  });
  it('has one wire row per wire sentence, in order, with additions between them', () => {
    const wireRows = view.rows.filter((row) => row.type === 'wire');
    expect(wireRows.map((row) => row.wire.id)).toEqual(view.wireSentences.map((s) => s.id));
    expect(wireRows).toHaveLength(15);
    expect(view.rows).toHaveLength(22);
    expect(view.rows[0]!.type).toBe('extra');
    const w5 = wireRows.find((row) => row.wire.id === 'w5')!;
    expect(w5.cells['outlet-002']).toEqual({ status: 'dropped', groups: [] });
  });
  it('places every sentence of a derived version exactly once', () => {
    for (const { id } of view.aligned) {
      const placed = view.rows.flatMap((row) =>
        (row.type === 'wire' ? (row.cells[id]?.groups ?? []) : (row.cells[id] ?? [])).flatMap(
          (group) => group.sentences,
        ),
      );
      const all = view.articles[id]!.flatMap((block) => block.sentences);
      expect(placed.map((s) => s.anchor).sort()).toEqual(all.map((s) => s.anchor).sort());
    }
  });
  it('marks wire sentences an independent version shares only through quotations', () => {
    const w3 = view.wireOutcomes.find((o) => o.wire.id === 'w3')!;
    // An independent version kept nothing: its shared quote is not counted as an edit (issue 14).
    expect(w3.statuses.find((s) => s.outletId === 'outlet-003')).toMatchObject({
      outletId: 'outlet-003',
      outletName: 'Outlet 003',
      status: 'dropped',
      sharedQuote: true,
      resembles: false,
    });
    expect(w3.counts).toEqual({ kept: 2, edited: 0, dropped: 2 });
  });
  it('keeps articles in their own paragraphs: furniture, headings and text apart', () => {
    const blocks = view.articles['outlet-002']!.slice(0, 4);
    expect(blocks.map((block) => [block.kind, block.sentences.map((s) => s.text)])).toEqual([
      ['furniture', ['AboAbonnieren']],
      [
        'heading',
        [
          'Nato sieht „erhebliche Eskalation“',
          'Extreme Verluste, „schmächtige“ Soldaten – Kims „Kanonenfutter“ zeigt Putins Probleme',
        ],
      ],
      ['furniture', ['Lesezeit 4 Minuten']],
      ['text', [expect.stringMatching(/^Wladimir Putin zusammen mit Nordkoreas D/), '(Archivbild)']],
    ]);
  });
});

describe('share-link fragments', () => {
  // Links people have shared must keep working: these formats are a public contract.
  it('names an outlet sentence <outlet id>-u<n>, counting from 1', () => {
    expect(sentenceAnchor('outlet-002', 0)).toBe('outlet-002-u1');
    expect(view.articles['outlet-002']![0]!.sentences[0]!.anchor).toBe('outlet-002-u1');
  });
  it('names a wire sentence w<n>, counting from 1 with furniture counted', () => {
    expect(view.wireSentences[0]!.id).toBe('w2');
    expect(view.wireSentences.map((s) => s.id)).toContain('w7');
  });
});
