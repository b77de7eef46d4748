/**
 * How many of one kind of heavy request (a lookup, a full export) may run at once: at most `perClient` for one
 * client and `total` for all. Beyond that a request is refused at once, never queued: a queue would hold its
 * body and socket while it waits, and an unbounded one is what let a burst stall the server.
 * Pure (no timers), so it is tested without waiting. Known weakness: counts live in one process; several server
 * processes would each allow the bounds.
 */

/** A place taken: give it back when the work ends, however it ends (at most once counts). */
export type Release = () => void;

/** Why a request was refused: its client is at its own bound, or everyone together is at the total. */
export type Refusal = 'client' | 'total';

/** Counts what runs, per client and in all. */
export class ConcurrencyLimit {
  private readonly running = new Map<string, number>();
  private all = 0;

  constructor(
    readonly perClient: number,
    readonly total: number,
  ) {}

  /**
   * Which bound a request for `key` would pass now, or null when a place is free — taking none: asked before a
   * request body is read, so that a busy server refuses before the work of reading it, while a slow upload
   * holds no place.
   */
  refusal(key: string): Refusal | null {
    if ((this.running.get(key) ?? 0) >= this.perClient) return 'client';
    return this.all >= this.total ? 'total' : null;
  }

  /** Takes a place for `key`, or says which bound it would pass. */
  acquire(key: string): { release: Release } | { refused: Refusal } {
    const refused = this.refusal(key);
    if (refused) return { refused };
    const mine = this.running.get(key) ?? 0;
    this.running.set(key, mine + 1);
    this.all += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.all -= 1;
        const left = (this.running.get(key) ?? 1) - 1;
        if (left > 0) this.running.set(key, left);
        else this.running.delete(key);
      },
    };
  }

  /** How many run now, in all. */
  get size(): number {
    return this.all;
  }
}
