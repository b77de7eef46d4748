import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { alignTexts } from './story-view';
import {
  pageCount,
  pageOfWire,
  parsePartNumber,
  rowPaging,
  rowsOfPage,
  rowWeight,
  sideBySideHref,
} from './row-pages';

const seed = seedTexts();
const { view } = alignTexts({
  wireText: seed.wire,
  outlets: Object.entries(seed.outlets).map(([id, text]) => ({ id, name: id, text })),
});
const rows = view.rows;
const totalChars = rows.reduce((sum, row) => sum + rowWeight(row), 0);

describe('row pages', () => {
  it('keeps the seed story on one page under the default budget, with no page numbers to carry', () => {
    expect(view.paging).toEqual({ starts: [0], wirePage: {} });
    expect(rowsOfPage(rows, view.paging, 1)).toEqual(rows);
    expect(sideBySideHref('/stories/x', view.paging, 'w7')).toBe('/stories/x#w7');
  });
  it('weighs a row by the text it shows, wire and outlets together', () => {
    // The seed's first wire sentence is copied by the derived outlets, so its row weighs several times its length.
    const first = rows.find((row) => row.type === 'wire');
    if (first?.type !== 'wire') throw new Error('the seed story has wire rows');
    expect(rowWeight(first)).toBeGreaterThanOrEqual(2 * first.wire.text.length);
  });
  it('splits a long comparison into pages under the budget, every row on exactly one page', () => {
    const budget = Math.ceil(totalChars / 4);
    const paging = rowPaging(rows, budget);
    expect(pageCount(paging)).toBeGreaterThanOrEqual(4);
    const pages = paging.starts.map((_, i) => rowsOfPage(rows, paging, i + 1));
    expect(pages.flat()).toEqual(rows);
    for (const page of pages) {
      const weight = page.reduce((sum, row) => sum + rowWeight(row), 0);
      // Only a single row heavier than the budget may exceed it.
      expect(weight <= budget || page.length === 1).toBe(true);
    }
  });
  it('knows the page of every wire sentence, for links to #w…', () => {
    const paging = rowPaging(rows, Math.ceil(totalChars / 4));
    const wireRows = rows.filter((row) => row.type === 'wire');
    expect(Object.keys(paging.wirePage)).toHaveLength(wireRows.length);
    const last = wireRows.at(-1)!;
    const page = pageOfWire(paging, last.wire.id);
    // The last wire sentence stands on one of the last pages (additions after it may fill one more).
    expect(page).toBeGreaterThanOrEqual(pageCount(paging) - 1);
    expect(rowsOfPage(rows, paging, page)).toContain(last);
    expect(sideBySideHref('/c/abc', paging, last.wire.id)).toBe(`/c/abc?rows=${page}#${last.wire.id}`);
    expect(sideBySideHref('/c/abc', paging, 'w1')).toBe('/c/abc#w1');
    expect(pageOfWire(paging, 'w9999')).toBe(1);
  });
  it('reads ?rows= leniently: anything but a page number in range is page 1', () => {
    expect(parsePartNumber('3', 5)).toBe(3);
    expect(parsePartNumber(['2', '4'], 5)).toBe(2);
    for (const bad of [null, undefined, '', '0', '6', '-1', '2.5', 'abc', '1e3'])
      expect(parsePartNumber(bad, 5)).toBe(1);
  });
});
