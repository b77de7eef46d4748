/**
 * A small seeded pseudo-random generator, so that a sample and a bootstrap interval come out the same for the
 * same seed on every machine and in every JavaScript engine (`Math.random` cannot be seeded).
 * Method: sfc32, Chris Doty-Humphrey's "small fast counting" generator from PractRand: four 32-bit words, one of
 * them a counter, so no seed falls into a short cycle; it passes PractRand's statistical tests far beyond the
 * millions of numbers a bootstrap uses. The state is filled from the seed and a stream name hashed with FNV-1a,
 * then 15 outputs are thrown away so that nearby seeds give unrelated sequences. Separate streams (one per
 * stratum, one for the order) keep one stratum's draw unchanged when another stratum gains an article.
 * Known weaknesses: `below(n)` scales a 32-bit output, a bias of at most n / 2³² (under 10⁻³ for a million
 * articles); the generator is not cryptographic — a seed is for reproducing a draw, not for hiding it.
 */
import { fnv1a } from '../text/fnv1a';

/** A seeded generator: uniform numbers in [0, 1) and whole numbers below a bound. */
export interface Random {
  /** A uniform number in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** A uniform whole number in [0, n). */
  below(n: number): number;
}

/** The largest seed: seeds are unsigned 32-bit whole numbers. */
export const MAX_SEED = 0xffff_ffff;

/** True for a seed {@link createRandom} accepts: a whole number from 0 to 4,294,967,295. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/** The generator for `seed` and the named `stream` (streams of one seed are independent of each other). */
export function createRandom(seed: number, stream = ''): Random {
  if (!isSeed(seed)) throw new RangeError(`A seed is a whole number from 0 to ${MAX_SEED}; got ${seed}.`);
  let a = seed | 0;
  let b = fnv1a(stream) | 0;
  let c = (seed ^ 0x9e3779b9) | 0;
  let d = 1;
  const word = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i += 1) word();
  const next = () => word() / 4_294_967_296;
  return { next, below: (n) => Math.floor(next() * n) };
}

/** A copy of `items` in random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `count` of `items` drawn without replacement, in the order drawn (a partial Fisher–Yates shuffle). */
export function drawWithoutReplacement<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i += 1) {
    const j = i + random.below(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
