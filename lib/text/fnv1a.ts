/**
 * FNV-1a, the 32-bit Fowler–Noll–Vo hash over a string's UTF-16 code units: tiny, deterministic and the same on
 * every machine. Used where a stable number is needed from text — outlet ids' collision suffix, and the random
 * streams of a validation sample.
 * Known weakness: not cryptographic, and 32 bits collide at random after some 77,000 distinct texts (birthday
 * bound); callers pair it with the text itself where a collision would matter.
 */

/** The 32-bit FNV-1a hash of `text`, as an unsigned whole number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
