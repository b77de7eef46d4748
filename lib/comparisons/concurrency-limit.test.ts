import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from './concurrency-limit';

describe('ConcurrencyLimit', () => {
  it('lets each client run its share and all together the total, refusing the rest at once', () => {
    const limit = new ConcurrencyLimit(1, 2);
    const first = limit.acquire('198.51.100.1');
    expect(first).toHaveProperty('release');
    expect(limit.acquire('198.51.100.1')).toEqual({ refused: 'client' });
    const second = limit.acquire('198.51.100.2');
    expect(limit.acquire('198.51.100.3')).toEqual({ refused: 'total' });
    expect(limit.size).toBe(2);
    if ('release' in first) first.release();
    expect(limit.acquire('198.51.100.3')).toHaveProperty('release');
    if ('release' in second) second.release();
    expect(limit.size).toBe(1);
  });

  it('says which bound a request would pass without taking a place', () => {
    const limit = new ConcurrencyLimit(1, 2);
    expect(limit.refusal('a')).toBeNull();
    limit.acquire('a');
    expect(limit.refusal('a')).toBe('client');
    limit.acquire('b');
    expect(limit.refusal('c')).toBe('total');
    expect(limit.size).toBe(2);
  });

  it('counts a place given back twice once', () => {
    const limit = new ConcurrencyLimit(2, 2);
    const place = limit.acquire('a');
    limit.acquire('a');
    if ('release' in place) {
      place.release();
      place.release();
    }
    expect(limit.size).toBe(1);
    expect(limit.acquire('a')).toHaveProperty('release');
    expect(limit.acquire('a')).toEqual({ refused: 'client' });
  });
});
