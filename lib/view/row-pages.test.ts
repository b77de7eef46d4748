import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { alignTexts } from './story-view';
import { pageOfWireSentence, pageStarts, parseRowPage, rowPage, rowWeight } from './row-pages';

const seed = seedTexts();
const { view } = alignTexts({
  wireText: seed.wire,
  outlets: Object.entries(seed.outlets).map(([id, text]) => ({ id, name: id, text })),
});
const rows = view.rows;
const totalChars = rows.reduce((sum, row) => sum + rowWeight(row), 0);

describe('row pages', () => {
  it('keeps the seed story on one page under the default budget', () => {
    expect(rowPage(rows, 1)).toEqual({ rows, page: 1, pageCount: 1 });
  });
  it('weighs a row by the text it shows, wire and outlets together', () => {
    // The seed's first wire sentence is copied by the derived outlets, so its row weighs several times its length.
    const first = rows.find((row) => row.type === 'wire');
    if (first?.type !== 'wire') throw new Error('the seed story has wire rows');
    expect(rowWeight(first)).toBeGreaterThanOrEqual(2 * first.wire.text.length);
  });
  it('splits a long comparison into pages under the budget, every row on exactly one page', () => {
    const budget = Math.ceil(totalChars / 4);
    const starts = pageStarts(rows, budget);
    expect(starts.length).toBeGreaterThanOrEqual(4);
    const pages = starts.map((_, i) => rowPage(rows, i + 1, budget));
    expect(pages.flatMap((page) => page.rows)).toEqual(rows);
    for (const page of pages) {
      const weight = page.rows.reduce((sum, row) => sum + rowWeight(row), 0);
      // Only a single row heavier than the budget may exceed it.
      expect(weight <= budget || page.rows.length === 1).toBe(true);
    }
  });
  it('finds the page of a wire sentence, for links to #w…', () => {
    const budget = Math.ceil(totalChars / 4);
    const last = rows.filter((row) => row.type === 'wire').at(-1)!;
    const id = last.type === 'wire' ? last.wire.id : '';
    const page = pageOfWireSentence(rows, id, budget);
    // The last wire sentence stands on one of the last pages (additions after it may fill one more).
    expect(page).toBeGreaterThanOrEqual(pageStarts(rows, budget).length - 1);
    expect(rowPage(rows, page, budget).rows).toContain(last);
    expect(pageOfWireSentence(rows, 'w9999', budget)).toBe(1);
  });
  it('reads ?rows= leniently: anything but a page number in range is page 1', () => {
    expect(parseRowPage('3', 5)).toBe(3);
    for (const bad of [null, '', '0', '6', '-1', '2.5', 'abc', '1e3']) expect(parseRowPage(bad, 5)).toBe(1);
    expect(rowPage(rows, 99).page).toBe(1);
  });
});
