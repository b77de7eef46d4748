import { describe, expect, it } from 'vitest';
import { isColumnSort, sortOutlets, type SortableOutlet } from './column-order';

// Six versions of one wire story as a newsroom comparison has them: typed in the order they were found.
const outlets: SortableOutlet[] = [
  { id: 'regional-blog', verdict: 'independent', reuseShare: 0.02, addedWords: 410 },
  { id: 'tagesblatt', verdict: 'partial', reuseShare: 0.31, addedWords: 220 },
  { id: 'news-portal', verdict: 'derived', reuseShare: 0.92, addedWords: 12 },
  { id: 'radio-site', verdict: 'derived', reuseShare: 0.64, addedWords: 80 },
  { id: 'weekly', verdict: 'independent', reuseShare: 0.0, addedWords: 650 },
  { id: 'aggregator', verdict: 'derived', reuseShare: 0.92, addedWords: 3 },
];
const ids = (list: SortableOutlet[]) => list.map((o) => o.id);

describe('sortOutlets', () => {
  it('puts the most derived versions first, then by share from the wire, ties in the order given', () => {
    expect(ids(sortOutlets(outlets, 'verdict'))).toEqual([
      'news-portal',
      'aggregator',
      'radio-site',
      'tagesblatt',
      'regional-blog',
      'weekly',
    ]);
  });
  it('sorts by words added, most first', () => {
    expect(ids(sortOutlets(outlets, 'added'))).toEqual([
      'weekly',
      'regional-blog',
      'tagesblatt',
      'radio-site',
      'news-portal',
      'aggregator',
    ]);
  });
  it('keeps the order given for "input" and does not touch its argument', () => {
    expect(ids(sortOutlets(outlets, 'input'))).toEqual(ids(outlets));
    sortOutlets(outlets, 'reuse');
    expect(outlets[0]!.id).toBe('regional-blog');
  });
  it('recognises sort names from a URL and nothing else', () => {
    expect(isColumnSort('reuse')).toBe(true);
    expect(isColumnSort('constructor')).toBe(false);
    expect(isColumnSort(null)).toBe(false);
  });
});
