/**
 * Cuts a long list (rows, wire sentences, article paragraphs) into slices of bounded text, so that a page can be
 * rendered a slice per turn of the event loop (components/story/in-turns.tsx). Rendering a page of a long
 * comparison takes tens of milliseconds of one thread's time; in slices, other requests are served in between.
 * Known weakness: the weight is characters of text, not the markup they become.
 */

/** Tunables of the render slices. */
export const RENDER_SLICE_CONFIG = {
  /**
   * Characters of text per slice: rendered markup runs at about 14 bytes per character, so a slice is about
   * 50 KB of HTML, two or three milliseconds of rendering: other requests wait at most that long for a turn.
   */
  maxChars: 4_000,
} as const;

/**
 * Where each slice of `items` starts, when items are taken in order and a slice closes before the item that would
 * take it over `maxWeight` (an item heavier than that gets a slice of its own). Always starts with 0; the pages of
 * long comparisons (row-pages.ts, article-parts.ts) are cut the same way.
 */
export function sliceStarts<T>(
  items: readonly T[],
  weight: (item: T) => number,
  maxWeight: number,
): number[] {
  const starts = [0];
  let total = 0;
  items.forEach((item, i) => {
    const next = weight(item);
    if (i > starts.at(-1)! && total + next > maxWeight) {
      starts.push(i);
      total = 0;
    }
    total += next;
  });
  return starts;
}

/** `items` in order, cut into slices whose weights add up to at most `maxWeight` (an item heavier gets its own). */
export function sliceByWeight<T>(
  items: readonly T[],
  weight: (item: T) => number,
  maxWeight: number = RENDER_SLICE_CONFIG.maxChars,
): T[][] {
  if (items.length === 0) return [];
  const starts = sliceStarts(items, weight, maxWeight);
  return starts.map((start, i) => items.slice(start, starts[i + 1] ?? items.length));
}
