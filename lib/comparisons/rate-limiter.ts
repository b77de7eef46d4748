/**
 * A per-client limit on events per window (comparisons created, comparison reads, wrong admin tokens): a sliding
 * window of timestamps per key.
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
    const recent = this.recent(key, now);
    if (recent.length >= this.limit)
      return { allowed: false, retryAfterSeconds: this.secondsUntilFree(recent, now) };
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.forgetIdle(now);
    return { allowed: true };
  }

  /**
   * Seconds until `key` may act again, 0 when it may now; records nothing. For limits on failures only (wrong
   * secrets): check this first, {@link attempt} after a failure, so that successes never count.
   */
  waitSeconds(key: string): number {
    const now = this.now();
    const recent = this.recent(key, now);
    return recent.length >= this.limit ? this.secondsUntilFree(recent, now) : 0;
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.events.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length > 0) this.events.set(key, recent);
    else this.events.delete(key);
    return recent;
  }

  private secondsUntilFree(recent: number[], now: number): number {
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
  }

  private forgetIdle(now: number) {
    for (const [key, times] of this.events)
      if (times.every((time) => now - time >= this.windowMs)) this.events.delete(key);
  }
}
