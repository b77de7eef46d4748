/**
 * Stage 3, tokenize: word tokens with raw offsets, their normalized form and whether they stand in a quotation.
 * Method: one Unicode regex (linear; Intl.Segmenter is quadratic on long strings in Node 20). A word is a run of
 * letters, digits and marks that may contain hyphens and apostrophes between letters and separators between
 * digits, so "Nato-Staaten", "600.000", "Britain's" and "euro-atlantischen" stay whole; soft hyphens, zero-width
 * characters and full-width hyphens and apostrophes stay inside (normalize.ts removes or folds them).
 * Whether a word stands in a quotation comes from quotations.ts (double and single marks, apostrophes told apart);
 * whether it is a function word, from the text's language (languages.ts, stopwords.ts).
 * Known weakness: a word hyphenated across a line break stays two words.
 */
import { detectLanguage, type Language } from './languages';
import { INVISIBLE_IN_WORDS, normalizeWord } from './normalize';
import { findQuotations } from './quotations';
import { ANY_STOPWORD, isStopword, STOPWORDS } from './stopwords';
import { wordKnowledge, type WordFrequencies, type WordKnowledge } from './word-frequencies';

/** One word of a text. Offsets are UTF-16 indices into the raw text; `end` is exclusive. */
export interface Token {
  start: number;
  end: number;
  /** Normalized form used for comparison. */
  norm: string;
  /** False for function words, which never anchor a match. */
  content: boolean;
  /** True when the word stands inside quotation marks. */
  quoted: boolean;
}

// Inside a word: letters, digits, marks and invisible characters (INVISIBLE_IN_WORDS); apostrophes and hyphens,
// full-width ones too, between letters; separators between digits.
const WORD = new RegExp(
  `[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}${INVISIBLE_IN_WORDS}]|['’\\-\\u2010\\u2011\\uFF07\\uFF0D](?=[\\p{L}\\p{N}])|(?<=\\p{N})[.,:\\uFF0C\\uFF0E\\uFF1A](?=\\p{N}))*`,
  'gu',
);

/** A text's words, its language and what is known of its words (how common they are). */
export interface TextWords {
  tokens: Token[];
  language: Language;
  knowledge: WordKnowledge;
}

/**
 * Splits `text` into word tokens (see the module comment for what a word is) and tells function words from content
 * words by the text's language (languages.ts); a language without a list takes its function words from `archive`.
 */
export function readWords(text: string, archive?: WordFrequencies): TextWords {
  const quotations = findQuotations(text);
  const tokens: Token[] = [];
  let q = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (q < quotations.length && quotations[q]![1] <= start) q += 1;
    const quote = quotations[q];
    tokens.push({
      start,
      end,
      norm: normalizeWord(match[0]),
      content: true,
      quoted: quote !== undefined && quote[0] < start && end <= quote[1],
    });
  }
  const language = detectLanguage(tokens.map((token) => token.norm));
  const knowledge = wordKnowledge(language, archive);
  const stopwords = language === 'unknown' ? ANY_STOPWORD : STOPWORDS[language]!;
  for (const token of tokens) {
    const { norm } = token;
    token.content =
      !isStopword(norm, stopwords) &&
      !knowledge.functionWords.has(norm) &&
      (norm.length > 1 || /\p{N}/u.test(norm));
  }
  return { tokens, language, knowledge };
}

/** Splits `text` into word tokens; see {@link readWords}. */
export function tokenize(text: string): Token[] {
  return readWords(text).tokens;
}
