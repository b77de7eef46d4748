import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit per key and window, then says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    expect(limiter.attempt('b')).toEqual({ allowed: true });
    now = 15_000;
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    now = 60_001;
    expect(limiter.attempt('a')).toEqual({ allowed: true });
  });
  it('says whether one more would be allowed without counting it', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 60_000, () => now);
    expect(limiter.check('a')).toEqual({ allowed: true });
    expect(limiter.check('a')).toEqual({ allowed: true });
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    now = 20_000;
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    now = 60_000;
    expect(limiter.check('a')).toEqual({ allowed: true });
    expect(limiter.check('b')).toEqual({ allowed: true });
  });
});
