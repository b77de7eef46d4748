/**
 * An in-memory inverted index from winnowed fingerprints to the wire items that hold them, for source discovery
 * over an archive (named apart from the engine's per-text `indexWire`, which indexes one wire's sentences).
 * Method: items are added one by one as sorted fingerprint arrays; `build()` radix-sorts the (hash, item) pairs
 * into postings held in three typed arrays (distinct hashes, offsets, item numbers: about 8 bytes per posting, so
 * 100,000 wires of 300 words take about 100 MB), and drops fingerprints held by more than
 * `CORPUS_CONFIG.index.maxItemsPerFingerprint` items as stock phrases (passim and Churnalism do the same). Items
 * added with the same group (the versions of one agency story) count once, so that a story with many updates
 * does not make its own sentences stock.
 * Lookups binary-search each article fingerprint and count shared fingerprints per item in a reused counter.
 * Known weaknesses: items cannot be removed or replaced after `build()` (rebuild instead); the index holds item
 * numbers, so callers keep their own number → id table.
 */
import { CORPUS_CONFIG } from './config';

/** A wire item that shares fingerprints with an article. */
export interface IndexCandidate {
  /** The item's number: the order in which it was added, from 0. */
  item: number;
  /** Fingerprints the article shares with the item (stock fingerprints left out). */
  shared: number;
  /** `shared` as a share of the article's fingerprints that are not stock, 0..1. */
  score: number;
}

/** Collects items' fingerprints; `build()` turns them into a {@link WireFingerprintIndex}. */
export class WireFingerprintIndexBuilder {
  private hashes: Int32Array = new Int32Array(1 << 16);
  private items: Int32Array = new Int32Array(1 << 16);
  private groups: Int32Array = new Int32Array(1 << 10);
  private length = 0;
  private itemCount = 0;

  /**
   * Adds the next item's distinct fingerprints; returns its item number. Items sharing a `group` (a number the
   * caller assigns, e.g. per agency story id) count as one item for the document-frequency filter.
   */
  add(prints: Int32Array, group?: number): number {
    const item = this.itemCount;
    this.itemCount += 1;
    if (item >= this.groups.length) this.groups = grow(this.groups, this.groups.length * 2);
    this.groups[item] = group ?? -1 - item;
    if (this.length + prints.length > this.hashes.length) {
      const size = Math.max(this.hashes.length * 2, this.length + prints.length);
      this.hashes = grow(this.hashes, size);
      this.items = grow(this.items, size);
    }
    this.hashes.set(prints, this.length);
    this.items.fill(item, this.length, this.length + prints.length);
    this.length += prints.length;
    return item;
  }

  /** Sorts the postings and applies the document-frequency filter. The builder is empty afterwards. */
  build(maxItemsPerFingerprint: number = CORPUS_CONFIG.index.maxItemsPerFingerprint): WireFingerprintIndex {
    const [hashes, items] = radixSortPairs(
      this.hashes.subarray(0, this.length),
      this.items.subarray(0, this.length),
    );
    this.hashes = new Int32Array(0);
    this.items = new Int32Array(0);
    const groups = this.groups;
    // Distinct groups in a run are counted with a stamp per group (the run's start), in one pass.
    const stampOf = new Map<number, number>();
    const distinctGroups = (start: number, end: number) => {
      let count = 0;
      for (let p = start; p < end; p += 1) {
        const group = groups[items[p]!]!;
        if (group < 0) count += 1;
        else if (stampOf.get(group) !== start) {
          stampOf.set(group, start);
          count += 1;
        }
      }
      return count;
    };
    let distinct = 0;
    for (let i = 0; i < hashes.length; i += 1) if (i === 0 || hashes[i] !== hashes[i - 1]) distinct += 1;
    const keptHashes = new Int32Array(distinct);
    const offsets = new Uint32Array(distinct + 1);
    const stock: number[] = [];
    let kept = 0;
    let write = 0;
    for (let start = 0; start < hashes.length;) {
      let end = start + 1;
      while (end < hashes.length && hashes[end] === hashes[start]) end += 1;
      if (end - start <= maxItemsPerFingerprint || distinctGroups(start, end) <= maxItemsPerFingerprint) {
        keptHashes[kept] = hashes[start]!;
        offsets[kept] = write;
        items.copyWithin(write, start, end);
        write += end - start;
        kept += 1;
      } else stock.push(hashes[start]!);
      start = end;
    }
    offsets[kept] = write;
    this.groups = new Int32Array(0);
    const index = new WireFingerprintIndex(
      keptHashes.slice(0, kept),
      offsets.slice(0, kept + 1),
      items.slice(0, write),
      Int32Array.from(stock),
      this.itemCount,
    );
    this.length = 0;
    return index;
  }
}

/** The built index; see the module comment. */
export class WireFingerprintIndex {
  private readonly counts: Uint32Array;

  constructor(
    /** Distinct kept fingerprints, ascending. */
    readonly hashes: Int32Array,
    /** Postings of hashes[i] are items[offsets[i] … offsets[i + 1]). */
    readonly offsets: Uint32Array,
    readonly items: Int32Array,
    /** Fingerprints dropped as stock phrases, ascending. */
    readonly stockHashes: Int32Array,
    readonly itemCount: number,
  ) {
    this.counts = new Uint32Array(itemCount);
  }

  /** The items holding `hash` (ascending item numbers), empty when unknown or stock. */
  postings(hash: number): Int32Array {
    const at = binarySearch(this.hashes, hash);
    return at < 0 ? this.items.subarray(0, 0) : this.items.subarray(this.offsets[at]!, this.offsets[at + 1]!);
  }

  /** True when `hash` was dropped by the document-frequency filter. */
  isStock(hash: number): boolean {
    return binarySearch(this.stockHashes, hash) >= 0;
  }

  /**
   * Items sharing fingerprints with `prints` (an article's sorted distinct fingerprints), most shared first,
   * at most `limit`, each sharing at least `minShared`.
   */
  candidates(prints: Int32Array, limit = 50, minShared = 1): IndexCandidate[] {
    const touched: number[] = [];
    let usable = 0;
    for (const hash of prints) {
      const at = binarySearch(this.hashes, hash);
      if (at < 0) {
        if (!this.isStock(hash)) usable += 1;
        continue;
      }
      usable += 1;
      for (let p = this.offsets[at]!; p < this.offsets[at + 1]!; p += 1) {
        const item = this.items[p]!;
        if (this.counts[item] === 0) touched.push(item);
        this.counts[item] = this.counts[item]! + 1;
      }
    }
    const found: IndexCandidate[] = [];
    for (const item of touched) {
      const shared = this.counts[item]!;
      this.counts[item] = 0;
      if (shared >= minShared) found.push({ item, shared, score: shared / Math.max(usable, 1) });
    }
    found.sort((a, b) => b.shared - a.shared || a.item - b.item);
    return found.slice(0, limit);
  }

  /** Bytes held by the postings (for benchmarks). */
  get byteLength(): number {
    return this.hashes.byteLength + this.offsets.byteLength + this.items.byteLength + this.counts.byteLength;
  }
}

function grow(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid]!;
    if (at < value) low = mid + 1;
    else if (at > value) high = mid - 1;
    else return mid;
  }
  return -1;
}

// LSD radix sort on the signed hash (two 16-bit passes; stable, so items stay ascending within a hash).
function radixSortPairs(hashes: Int32Array, items: Int32Array): [Int32Array, Int32Array] {
  let keysIn = Int32Array.from(hashes);
  let valuesIn = Int32Array.from(items);
  let keysOut = new Int32Array(keysIn.length);
  let valuesOut = new Int32Array(keysIn.length);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(65537);
    // The top pass flips the sign bit so that negative hashes sort first.
    const digit = (key: number) => (shift === 0 ? key & 0xffff : ((key >>> 16) ^ 0x8000) & 0xffff);
    for (let i = 0; i < keysIn.length; i += 1) {
      const at = digit(keysIn[i]!) + 1;
      counts[at] = counts[at]! + 1;
    }
    for (let d = 1; d <= 65536; d += 1) counts[d] = counts[d]! + counts[d - 1]!;
    for (let i = 0; i < keysIn.length; i += 1) {
      const at = digit(keysIn[i]!);
      const to = counts[at]!;
      counts[at] = to + 1;
      keysOut[to] = keysIn[i]!;
      valuesOut[to] = valuesIn[i]!;
    }
    [keysIn, keysOut] = [keysOut, keysIn];
    [valuesIn, valuesOut] = [valuesOut, valuesIn];
  }
  return [keysIn, valuesIn];
}
