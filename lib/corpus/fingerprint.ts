/**
 * Order-free fingerprints of a text for source discovery: winnowing (Schleimer, Wilkerson and Aiken 2003, the
 * method behind MOSS) of hashed word k-grams over the engine's normalized tokens.
 * Method: each normalized word is hashed (FNV-1a, 32 bit); a k-gram's hash is a polynomial over its word hashes
 * (rolled in O(1) per word) passed through murmur3's finalizer; in every window of w consecutive grams the
 * smallest hash is kept. Any run of at least w + k − 1 shared words therefore shares a fingerprint, wherever it
 * stands in either text (see CORPUS_CONFIG.fingerprint: that run is the engine's evidence run).
 * Output: the text's distinct fingerprints as a sorted Int32Array. Signed 32-bit, because SQL INTEGER is signed in
 * both SQLite and PostgreSQL: a fingerprint can be stored as it is.
 * Known weaknesses: 32-bit hashes collide by chance (about one in four billion per pair, harmless after
 * verification); quoted words count like any other, so a shared long quotation makes a candidate that the
 * engine's verification then calls independent.
 */
import { tokenize } from '../engine';
import { CORPUS_CONFIG } from './config';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// An odd multiplier for the gram polynomial (any odd constant is invertible mod 2^32; this one mixes well).
const GRAM_BASE = 0x9e3779b1;

/** The 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}

function finalize(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The hashes of every k-gram of `words` (k = `gramWords`), in text order. */
export function gramHashes(words: readonly string[], gramWords: number): Int32Array {
  const count = Math.max(0, words.length - gramWords + 1);
  const grams = new Int32Array(count);
  if (count === 0) return grams;
  // BASE^(k-1), to take the oldest word out of the rolling polynomial.
  let outgoing = 1;
  for (let i = 1; i < gramWords; i += 1) outgoing = Math.imul(outgoing, GRAM_BASE);
  const wordHashes = words.map(hashWord);
  let rolling = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (i >= gramWords) rolling = (rolling - Math.imul(wordHashes[i - gramWords]!, outgoing)) | 0;
    rolling = (Math.imul(rolling, GRAM_BASE) + wordHashes[i]!) | 0;
    if (i >= gramWords - 1) grams[i - gramWords + 1] = finalize(rolling);
  }
  return grams;
}

/**
 * Winnows gram hashes: the minimum of every window of `windowGrams` consecutive hashes (a text with fewer grams
 * than a window keeps its one minimum). Returns the distinct selected hashes, sorted ascending.
 */
export function winnow(grams: Int32Array, windowGrams: number): Int32Array {
  if (grams.length === 0) return new Int32Array(0);
  const selected: number[] = [];
  const width = Math.min(windowGrams, grams.length);
  // A monotone deque of positions gives each window's minimum in amortized O(1).
  const deque = new Int32Array(grams.length);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = 0; i < grams.length; i += 1) {
    while (tail > head && grams[deque[tail - 1]!]! >= grams[i]!) tail -= 1;
    deque[tail++] = i;
    const windowStart = i - width + 1;
    if (windowStart < 0) continue;
    while (deque[head]! < windowStart) head += 1;
    if (deque[head] !== last) {
      last = deque[head]!;
      selected.push(grams[last]!);
    }
  }
  return sortedDistinct(Int32Array.from(selected));
}

/** The normalized words of a text, as the engine compares them. */
export function normalizedWords(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}

/** A text's distinct winnowed fingerprints, sorted ascending (signed 32-bit; see the module comment). */
export function fingerprint(text: string, config = CORPUS_CONFIG.fingerprint): Int32Array {
  return fingerprintWords(normalizedWords(text), config);
}

/** The fingerprints of a text already split into its normalized words ({@link normalizedWords}). */
export function fingerprintWords(
  words: readonly string[],
  { gramWords, windowGrams } = CORPUS_CONFIG.fingerprint,
): Int32Array {
  return winnow(gramHashes(words, gramWords), windowGrams);
}

/** Sorts a hash array ascending and drops repeats (in place where it can). */
export function sortedDistinct(values: Int32Array): Int32Array {
  values.sort();
  let write = 0;
  for (let read = 0; read < values.length; read += 1)
    if (read === 0 || values[read] !== values[write - 1]) values[write++] = values[read]!;
  return values.subarray(0, write);
}

/** How many values two sorted distinct hash arrays share (a merge walk). */
export function countShared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      shared += 1;
      i += 1;
      j += 1;
    }
  }
  return shared;
}
