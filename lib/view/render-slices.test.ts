import { describe, expect, it } from 'vitest';
import { sliceByWeight } from './render-slices';

describe('sliceByWeight', () => {
  it('keeps items in order and each slice within the weight, a heavier item alone', () => {
    const words = ['aaaa', 'bb', 'cccccccc', 'd', 'ee', 'fff'];
    expect(sliceByWeight(words, (w) => w.length, 6)).toEqual([
      ['aaaa', 'bb'],
      ['cccccccc'],
      ['d', 'ee', 'fff'],
    ]);
  });
  it('makes one slice of a short list, and none of an empty one', () => {
    expect(sliceByWeight(['a', 'b'], () => 1)).toEqual([['a', 'b']]);
    expect(sliceByWeight([], () => 1)).toEqual([]);
  });
});
