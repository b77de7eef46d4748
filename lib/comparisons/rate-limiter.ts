/**
 * A per-client limit on events per window (comparisons created, lookups, comparison reads, wrong admin tokens): a
 * sliding window of timestamps per key.
 * Pure and clock-injected, so it is tested without waiting. Known weakness: state lives in one process; several
 * server processes would each allow the limit.
 */

/** Whether one more is allowed and, if not, after how many seconds to retry. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts events per key within a window and says whether one more is allowed. */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for `key`; returns whether it is allowed and, if not, after how many seconds to retry. */
  attempt(key: string): RateVerdict {
    const now = this.now();
    const verdict = this.verdict(key, now);
    if (!verdict.allowed) return verdict;
    const recent = this.events.get(key) ?? [];
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.forgetIdle(now);
    return { allowed: true };
  }

  /**
   * Whether one more attempt for `key` would be allowed now, without recording one: for work that may end in an
   * attempt (a lookup that may save a comparison), asked before the work is done.
   */
  check(key: string): RateVerdict {
    return this.verdict(key, this.now());
  }

  private verdict(key: string, now: number): RateVerdict {
    const recent = (this.events.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length > 0) this.events.set(key, recent);
    else this.events.delete(key);
    if (recent.length < this.limit) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)),
    };
  }

  private forgetIdle(now: number) {
    for (const [key, times] of this.events)
      if (times.every((time) => now - time >= this.windowMs)) this.events.delete(key);
  }
}
