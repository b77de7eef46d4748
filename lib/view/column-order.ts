/**
 * Orders the versions of a comparison: the side-by-side columns' default order and the reader's "sort by" choices.
 * Method: a stable sort on one figure, ties kept in the order the versions were given. The default puts the most
 * derived versions first (verdict, then the share of their words from the wire), so that with a dozen versions
 * the first columns on screen are the ones that say most about the wire. Weakness: the share is the only
 * tie-breaker within a verdict, so two versions of equal share keep input order whatever else differs.
 */
import type { Verdict } from '../engine';
import type { OutletSummaryView } from './types';

/** The orders a reader can choose: as given, by verdict, by share of words from the wire, by words added. */
export type ColumnSort = 'input' | 'verdict' | 'reuse' | 'added';

/** Labels for the sort choices, in the order a menu lists them. */
export const COLUMN_SORT_LABEL: Record<ColumnSort, string> = {
  verdict: 'verdict, most derived first',
  reuse: 'share of words from the wire',
  added: 'words added',
  input: 'order given',
};

/** Verdicts from most to least dependent on the wire. */
const VERDICT_RANK: Record<Verdict, number> = { derived: 0, partial: 1, independent: 2 };

/** The figures a sort reads; a subset of the outlet summary, so client code can pass just these. */
export type SortableOutlet = Pick<OutletSummaryView, 'id' | 'verdict' | 'reuseShare' | 'addedWords'>;

const COMPARE: Record<ColumnSort, (a: SortableOutlet, b: SortableOutlet) => number> = {
  input: () => 0,
  verdict: (a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || b.reuseShare - a.reuseShare,
  reuse: (a, b) => b.reuseShare - a.reuseShare,
  added: (a, b) => b.addedWords - a.addedWords,
};

/** The outlets sorted by `sort` (a new array; ties keep the given order). */
export function sortOutlets<T extends SortableOutlet>(outlets: readonly T[], sort: ColumnSort): T[] {
  return outlets
    .map((outlet, index) => ({ outlet, index }))
    .sort((a, b) => COMPARE[sort](a.outlet, b.outlet) || a.index - b.index)
    .map(({ outlet }) => outlet);
}

/** Whether a string names a sort, for reading it from a URL. */
export function isColumnSort(value: string | null | undefined): value is ColumnSort {
  return value !== null && value !== undefined && Object.hasOwn(COLUMN_SORT_LABEL, value);
}
