/**
 * A least-recently-used cache of promises, bounded by how many entries it holds and by their total weight, which
 * is known once each promise resolves. Promises are held, not values, so that callers asking together share one
 * computation; a promise that resolves to null or fails is dropped, so it is asked again next time.
 * Known weakness: an entry's weight counts only once it resolved; many large computations started at once can
 * exceed the bound until they finish.
 */
export class WeightedCache<V> {
  private readonly entries = new Map<string, { value: Promise<V | null>; weight: number }>();
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number,
  ) {}

  /** The entry under `key`, now the most recently used; undefined when there is none. */
  get(key: string): Promise<V | null> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Holds `value` under `key`, dropping the least recently used entries beyond the bounds. */
  set(key: string, value: Promise<V | null>): void {
    this.delete(key);
    const entry = { value, weight: 0 };
    this.entries.set(key, entry);
    this.evict(key);
    const current = () => this.entries.get(key) === entry;
    value.then(
      (resolved) => {
        if (!current()) return;
        if (resolved === null) return this.delete(key);
        entry.weight = this.weigh(resolved);
        this.total += entry.weight;
        this.evict(key);
      },
      () => {
        if (current()) this.delete(key);
      },
    );
  }

  /** Drops the entry under `key`, if any. */
  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total -= entry.weight;
    this.entries.delete(key);
  }

  /** The keys held, least recently used first. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The total weight of the resolved entries. */
  weight(): number {
    return this.total;
  }

  private evict(keep: string): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.total <= this.maxWeight) return;
      if (key !== keep) this.delete(key);
    }
  }
}
