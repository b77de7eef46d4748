/**
 * Splits the side-by-side rows into pages of bounded weight, so a comparison page cannot grow without limit: 20
 * outlets of 200,000 characters each would otherwise render about 60 MB of HTML in one answer, seconds of work
 * on the thread that serves everyone.
 *
 * Method: rows are taken in order, and a page closes before the row that would take it over the character budget
 * (a row heavier than the whole budget gets a page of its own). A row's weight is the characters it renders: its
 * wire sentence and every outlet sentence beside it (hidden columns are rendered too, and shown by CSS). Pages are
 * numbered from 1 in the `?rows=` parameter. The wire view and the overview's heat map page along the same wire
 * sentences, so one number means the same part of the wire in every view, and `#w123` links carry its page.
 * Known weaknesses: the budget counts characters, not markup; an edited sentence renders its deleted wire words
 * too, so its HTML is up to about twice its characters.
 */
import { sliceStarts } from './render-slices';
import type { SideBySideRow, WireSentenceOutcome } from './types';

/** Tunables of the row pages. */
export const ROW_PAGE_CONFIG = {
  /**
   * Characters of text per page. Rendered markup runs at about 14 bytes per character (59 MB for the 4.2 million
   * characters of 20 × 200,000), so a page is about 0.5 MB of HTML. Measured with `npm run reliability` on two
   * cores, five readers paging through 20 × 200,000 characters at once: small requests wait a p99 of about
   * 200 ms with 30,000 characters a page, 215 ms with 40,000 and 275 ms with 60,000. Every story of the
   * development set (4,000–14,000 characters, all versions together) is one page.
   */
  maxCharsPerPage: 30_000,
} as const;

/** Where the pages of a comparison's rows start, and the page of each wire sentence. */
export interface RowPaging {
  /** Index of each page's first row, in order; always starts with 0. */
  starts: number[];
  /** The page (1-based) of each wire sentence; empty when everything fits on one page. */
  wirePage: Record<string, number>;
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

/** Splits `rows` into pages of at most `maxChars` characters (see the module comment). */
export function rowPaging(
  rows: SideBySideRow[],
  maxChars: number = ROW_PAGE_CONFIG.maxCharsPerPage,
): RowPaging {
  const starts = sliceStarts(rows, rowWeight, maxChars);
  const wirePage: Record<string, number> = {};
  if (starts.length > 1) {
    let page = 0;
    rows.forEach((row, i) => {
      if (starts[page] === i) page += 1;
      if (row.type === 'wire') wirePage[row.wire.id] = page;
    });
  }
  return { starts, wirePage };
}

/** How many pages there are. */
export const pageCount = (paging: RowPaging): number => paging.starts.length;

/** The part number from a `?rows=` or `?part=` parameter: a whole number from 1 to `count`, else 1. */
export function parsePartNumber(param: string | string[] | null | undefined, count: number): number {
  const page = Number(Array.isArray(param) ? param[0] : param);
  return Number.isInteger(page) && page >= 1 && page <= count ? page : 1;
}

/** The rows of page `page` (1-based, already checked with {@link parsePartNumber}). */
export function rowsOfPage(rows: SideBySideRow[], paging: RowPaging, page: number): SideBySideRow[] {
  return rows.slice(paging.starts[page - 1] ?? 0, paging.starts[page] ?? rows.length);
}

/** The wire outcomes of page `page` (every one when `page` is not given): the same wire sentences as its rows. */
export function outcomesOfPage(
  outcomes: WireSentenceOutcome[],
  paging: RowPaging,
  page: number | undefined,
): WireSentenceOutcome[] {
  if (page === undefined || paging.starts.length === 1) return outcomes;
  return outcomes.filter(({ wire }) => pageOfWire(paging, wire.id) === page);
}

/** The page that holds wire sentence `wireId` (1 when everything is on one page, or the id is unknown). */
export const pageOfWire = (paging: RowPaging, wireId: string): number => paging.wirePage[wireId] ?? 1;

/** The address of wire sentence `wireId` in the side-by-side view at `basePath`, on the page that holds it. */
export function sideBySideHref(basePath: string, paging: RowPaging, wireId: string): string {
  const page = pageOfWire(paging, wireId);
  return `${basePath}${page > 1 ? `?rows=${page}` : ''}#${wireId}`;
}
