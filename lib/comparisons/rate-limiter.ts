/**
 * A per-client limit on how many comparisons can be created per minute: a sliding window of timestamps per key.
 * Pure and clock-injected, so it is tested without waiting. Known weakness: state lives in one process; several
 * server processes would each allow the limit.
 */

/** Counts events per key within a window and says whether one more is allowed. */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for `key`; returns whether it is allowed and, if not, after how many seconds to retry. */
  attempt(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const recent = (this.events.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.forgetIdle(now);
    return { allowed: true };
  }

  private forgetIdle(now: number) {
    for (const [key, times] of this.events)
      if (times.every((time) => now - time >= this.windowMs)) this.events.delete(key);
  }
}
