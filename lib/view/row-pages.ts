/**
 * Splits the side-by-side rows into pages of bounded weight, so a comparison page cannot grow without limit: 20
 * outlets of 200,000 characters each would otherwise render tens of megabytes of HTML in one answer.
 *
 * Method: rows are taken in order, and a page closes before the row that would take it over the character budget
 * (a row heavier than the whole budget gets a page of its own). A row's weight is the characters it shows: its wire
 * sentence and every outlet sentence beside it. Pages are numbered from 1 in the `?rows=` parameter; a wire
 * sentence's page is found from its id, so links to `#w123` can point at the page that holds it.
 * Known weaknesses: the budget counts characters, not markup; an edited sentence renders its deleted wire words
 * too, so its HTML is up to about twice its characters. Not yet wired into the pages (components/story and
 * app/comparison-pages.tsx render all rows): see the report of the hardening branch.
 */
import type { SideBySideRow } from './types';

/** Tunables of the row pages. */
export const ROW_PAGE_CONFIG = {
  /**
   * Characters of text per page: about 150 pages of news copy, which renders to 1–2 MB of HTML and takes a
   * browser well under a second to lay out. Every comparison within the seed stories' size fits on one page.
   */
  maxCharsPerPage: 300_000,
} as const;

/** One page of rows and where it stands among the others. */
export interface RowPage {
  rows: SideBySideRow[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

/** The characters a row shows: its wire sentence and every outlet sentence beside it. */
export function rowWeight(row: SideBySideRow): number {
  const groups =
    row.type === 'wire'
      ? Object.values(row.cells).flatMap((cell) => cell.groups)
      : Object.values(row.cells).flat();
  const outletChars = groups
    .flatMap((group) => group.sentences)
    .reduce((sum, sentence) => sum + sentence.text.length, 0);
  return (row.type === 'wire' ? row.wire.text.length : 0) + outletChars;
}

/** The rows split into pages: each page's first row index, in order (always starting with 0). */
export function pageStarts(
  rows: SideBySideRow[],
  maxChars: number = ROW_PAGE_CONFIG.maxCharsPerPage,
): number[] {
  const starts = [0];
  let weight = 0;
  rows.forEach((row, i) => {
    const next = rowWeight(row);
    if (i > starts.at(-1)! && weight + next > maxChars) {
      starts.push(i);
      weight = 0;
    }
    weight += next;
  });
  return starts;
}

/** The page number from a `?rows=` parameter: a whole number from 1 to `pageCount`, or 1 when it is anything else. */
export function parseRowPage(param: string | null | undefined, pageCount: number): number {
  const page = Number(param);
  return Number.isInteger(page) && page >= 1 && page <= pageCount ? page : 1;
}

/** The rows of page `page` (1-based; out-of-range pages fall back to 1). */
export function rowPage(
  rows: SideBySideRow[],
  page: number,
  maxChars: number = ROW_PAGE_CONFIG.maxCharsPerPage,
): RowPage {
  const starts = pageStarts(rows, maxChars);
  const current = page >= 1 && page <= starts.length ? page : 1;
  return {
    rows: rows.slice(starts[current - 1], starts[current] ?? rows.length),
    page: current,
    pageCount: starts.length,
  };
}

/** The page that holds wire sentence `wireId`, or 1 when no row has it. */
export function pageOfWireSentence(
  rows: SideBySideRow[],
  wireId: string,
  maxChars: number = ROW_PAGE_CONFIG.maxCharsPerPage,
): number {
  const index = rows.findIndex((row) => row.type === 'wire' && row.wire.id === wireId);
  if (index < 0) return 1;
  return pageStarts(rows, maxChars).filter((start) => start <= index).length;
}
