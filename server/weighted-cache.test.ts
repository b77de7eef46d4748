import { describe, expect, it } from 'vitest';
import { WeightedCache } from './weighted-cache';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WeightedCache', () => {
  it('drops the least recently used entries beyond the count', async () => {
    const cache = new WeightedCache<string>(2, Infinity, () => 1);
    cache.set('a', Promise.resolve('A'));
    cache.set('b', Promise.resolve('B'));
    await cache.get('a'); // a is now more recent than b
    cache.set('c', Promise.resolve('C'));
    expect(cache.keys()).toEqual(['a', 'c']);
  });
  it('drops entries beyond the total weight once it is known, never the one just added', async () => {
    const cache = new WeightedCache<string>(64, 10, (text) => text.length);
    cache.set('small', Promise.resolve('1234'));
    cache.set('other', Promise.resolve('12345'));
    await settle();
    expect(cache.weight()).toBe(9);
    cache.set('huge', Promise.resolve('x'.repeat(50)));
    await settle();
    expect(cache.keys()).toEqual(['huge']);
    expect(cache.weight()).toBe(50);
  });
  it('shares one pending promise, and forgets what resolved to null or failed', async () => {
    const cache = new WeightedCache<string>(8, Infinity, () => 1);
    const pending = Promise.resolve('A');
    cache.set('a', pending);
    expect(cache.get('a')).toBe(pending);
    cache.set('missing', Promise.resolve(null));
    cache.set('failed', Promise.reject(new Error('no')));
    await settle();
    expect(cache.keys()).toEqual(['a']);
  });
});
