/**
 * Word-salad German for the corpus benchmark: a seeded random generator, the vocabulary, and sentences whose
 * content words follow the Zipf–Mandelbrot law between German function words, with an editor's touches.
 * Vocabulary: /usr/share/dict/ngerman when present (`apt-get install wngerman`), else the words of content/.
 * Known weakness: the sentences have German word statistics, not German grammar or idiom.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const FUNCTION_WORDS =
  'der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei nach am sie wird werden noch wie einer um über so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei kann gegen vom schon wenn seit ihre dass sagte sollen'.split(
    ' ',
  );
const ZIPF_OFFSET = 100;
/** Stock phrases agencies repeat across stories (the stock-phrase filter must absorb them). */
export const STOCK_PHRASES = [
  'wie ein Sprecher am Montag mitteilte',
  'teilte die Polizei am Abend mit',
  'sagte sie der Deutschen Presse-Agentur',
  'Weitere Einzelheiten waren zunächst nicht bekannt.',
  'Die Ermittlungen dauern an.',
];

/** A small fast PRNG (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
/** The generator returned by {@link createRandom}. */
export type Random = ReturnType<typeof createRandom>;

/** The vocabulary: ngerman's words (letters only), else the words of content/. */
export function loadVocabulary(root = process.cwd()): string[] {
  const dictionary = '/usr/share/dict/ngerman';
  let words: string[];
  if (existsSync(dictionary)) words = readFileSync(dictionary, 'utf8').split('\n');
  else {
    const content = path.join(root, 'content');
    words = readdirSync(content, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(path.join(content, name), 'utf8').split(/[^\p{L}]+/u));
  }
  // Acronyms (ABM, ACPI) are left out: real copy has few of them.
  return [...new Set(words.filter((word) => /^\p{Lu}?\p{Ll}{2,}$/u.test(word)))];
}

/** Writes words, sentences and edits from one vocabulary and generator. */
export class Writer {
  constructor(
    private readonly random: Random,
    private readonly vocabulary: string[],
  ) {}

  word(): string {
    if (this.random.chance(0.4)) return this.random.pick(FUNCTION_WORDS);
    // Zipf–Mandelbrot: rank r has probability ∝ 1/(r + q). The offset q keeps the commonest content word near
    // 0.1 % of words, as in real German copy; plain Zipf would make it 5 % and every text share it.
    const q = ZIPF_OFFSET;
    const rank =
      Math.floor(Math.exp(this.random.next() * Math.log((this.vocabulary.length + q) / q)) * q) - q;
    return this.vocabulary[Math.min(rank, this.vocabulary.length - 1)]!;
  }

  sentence(names: string[]): string {
    const words = Array.from({ length: this.random.int(8, 22) }, () => this.word());
    if (names.length > 0 && this.random.chance(0.4))
      words.splice(this.random.int(1, words.length - 1), 0, this.random.pick(names));
    if (this.random.chance(0.15)) words.push(this.random.pick(STOCK_PHRASES).replace(/\.$/, ''));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  /** Replaces, drops or inserts a word or two: an editor's touch. */
  edit(sentence: string): string {
    const words = sentence.replace(/\.$/, '').split(' ');
    for (let n = this.random.int(1, 2); n > 0; n -= 1) {
      const at = this.random.int(0, words.length - 1);
      const roll = this.random.next();
      if (roll < 0.4) words[at] = this.word();
      else if (roll < 0.7 && words.length > 6) words.splice(at, 1);
      else words.splice(at, 0, this.word());
    }
    return `${words.join(' ')}.`;
  }
}
