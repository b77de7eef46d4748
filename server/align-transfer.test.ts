import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { alignTexts } from '@/lib/view/story-view';
import { rowPaging } from '@/lib/view/row-pages';
import { assembleAligned, splitAligned } from './align-transfer';

const seed = seedTexts();
const aligned = alignTexts({
  wireText: seed.wire,
  outlets: Object.entries(seed.outlets).map(([id, text]) => ({ id, name: id, text })),
});

describe('an aligned comparison sent in pieces', () => {
  it('arrives whole: the same alignment and view as were sent', () => {
    const receiver = assembleAligned();
    for (const piece of splitAligned(aligned)) receiver.add(structuredClone(piece));
    expect(receiver.result()).toEqual(aligned);
  });
  it('sends a long comparison a page of rows at a time, one article and one outlet alignment per piece', () => {
    const paged = { ...aligned, view: { ...aligned.view, paging: rowPaging(aligned.view.rows, 1500) } };
    const pieces = [...splitAligned(paged)];
    const pages = paged.view.paging.starts.length;
    expect(pages).toBeGreaterThan(3);
    const parts = pieces.map((piece) => piece.part);
    expect(parts.filter((part) => part === 'rows')).toHaveLength(pages);
    expect(parts.filter((part) => part === 'outcomes')).toHaveLength(pages);
    expect(parts.filter((part) => part === 'article')).toHaveLength(Object.keys(seed.outlets).length);
    expect(parts.filter((part) => part === 'alignment-outlet')).toHaveLength(
      Object.keys(seed.outlets).length,
    );
    const receiver = assembleAligned();
    for (const piece of pieces) receiver.add(structuredClone(piece));
    expect(receiver.result()).toEqual(paged);
  });
  it('holds each sentence once again: rows, wire outcomes and articles share the same objects', () => {
    const receiver = assembleAligned();
    for (const piece of splitAligned(aligned)) receiver.add(structuredClone(piece));
    const { view } = receiver.result();
    const inArticles = new Set(
      Object.values(view.articles).flatMap((blocks) => blocks.flatMap((b) => b.sentences)),
    );
    const inRows = view.rows.flatMap((row) =>
      row.type === 'wire'
        ? Object.values(row.cells).flatMap((cell) => cell.groups.flatMap((group) => group.sentences))
        : Object.values(row.cells).flatMap((groups) => groups.flatMap((group) => group.sentences)),
    );
    const inOutcomes = view.wireOutcomes.flatMap((o) => o.statuses.flatMap((s) => s.sentences));
    expect(inRows.length).toBeGreaterThan(20);
    expect(inRows.every((s) => inArticles.has(s))).toBe(true);
    expect(inOutcomes.every((s) => inArticles.has(s))).toBe(true);
  });
  it('refuses pieces that come before their base', () => {
    const receiver = assembleAligned();
    expect(() => receiver.add({ part: 'rows', value: [] })).toThrow(/base .* must come first/);
  });
});
