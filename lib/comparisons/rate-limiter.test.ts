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
  it('tells the wait without recording, so a limit can count failures only', () => {
    let now = 0;
    const failures = new RateLimiter(2, 900_000, () => now);
    expect(failures.waitSeconds('a')).toBe(0);
    expect(failures.waitSeconds('a')).toBe(0);
    failures.attempt('a');
    now = 60_000;
    failures.attempt('a');
    expect(failures.waitSeconds('a')).toBe(840);
    expect(failures.waitSeconds('b')).toBe(0);
    now = 900_000;
    expect(failures.waitSeconds('a')).toBe(0);
  });
});
