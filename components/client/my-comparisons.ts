/**
 * "My comparisons": the comparisons saved from this browser, kept in its localStorage with their delete secrets.
 * Nothing about them is stored on the server beyond the comparisons themselves, so the list is this browser's.
 */

/** One comparison saved from this browser. */
export interface MyComparison {
  id: string;
  title: string;
  savedOn: string;
  /** The secret that deletes it (given once, when it was saved). */
  deleteToken: string;
}

const KEY = 'wiretrace:my-comparisons';

/** The comparisons saved from this browser, newest first. */
export function readMyComparisons(): MyComparison[] {
  try {
    const list = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as MyComparison[]).filter((c) => typeof c?.id === 'string') : [];
  } catch {
    return [];
  }
}

function write(list: MyComparison[]): void {
  window.localStorage.setItem(KEY, JSON.stringify(list));
}

/** Remembers a comparison just saved. */
export function rememberComparison(comparison: MyComparison): void {
  write([comparison, ...readMyComparisons().filter((c) => c.id !== comparison.id)]);
}

/** Forgets a comparison (after deleting it, or when the reader no longer wants it listed). */
export function forgetMyComparison(id: string): void {
  write(readMyComparisons().filter((c) => c.id !== id));
}
