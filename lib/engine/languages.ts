/**
 * Stage 3 (part), languages: which of the engine's languages a text is written in, so that its own function words
 * (stopwords.ts) and common words (word-frequencies.ts) apply — English "door" is a word, Dutch "door" is "by".
 * Method: the share of the text's words that are function words of each language; the language with the most
 * wins when they make up at least `minFunctionShare` of the text (function words are 40–55 % of running text in
 * these languages; another language reaches a tenth with the few words they share). Otherwise the language is
 * unknown, and the lists apply together.
 * Known weaknesses: a text of a dozen words may be taken for the wrong language; a text mixing two languages
 * (an English quote in a German report) is read as the one with more function words.
 */
import { ENGINE_CONFIG } from './config';
import { STOPWORDS, withoutElision } from './stopwords';

const { minFunctionShare } = ENGINE_CONFIG.languages;

/** A language the engine has word lists for, or `unknown`. */
export type Language = 'de' | 'en' | 'fr' | 'es' | 'it' | 'nl' | 'unknown';

/** The language of a text from its normalized words. */
export function detectLanguage(words: readonly string[]): Language {
  if (words.length === 0) return 'unknown';
  const lists = Object.entries(STOPWORDS);
  const counts = new Array<number>(lists.length).fill(0);
  for (const word of words) {
    const bare = withoutElision(word);
    lists.forEach(([, list], i) => {
      if (list.has(word) || list.has(bare)) counts[i]! += 1;
    });
  }
  let best = -1;
  counts.forEach((count, i) => {
    if (best === -1 || count > counts[best]!) best = i;
  });
  return counts[best]! >= minFunctionShare * words.length ? (lists[best]![0] as Language) : 'unknown';
}

// Reporting verbs and phrases that introduce what someone stated (closed classes: saying, announcing, stating).
const REPORTING = {
  de: 'sagte sagt sagten erklärte erklärt erklärten teilte teilt mitteilte betonte kündigte verkündete bestätigte hieß heißt laut zufolge',
  en: 'said says told announced announces declared stated added confirmed according statement',
  fr: 'dit déclaré annoncé affirmé indiqué précisé ajouté confirmé selon',
  es: 'dijo dice declaró anunció afirmó indicó señaló añadió confirmó según',
  it: 'detto dichiarato annunciato affermato spiegato aggiunto confermato secondo',
  nl: 'zei zegt verklaarde kondigde meldde bevestigde aldus volgens',
} as const;
const REPORTING_WORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(REPORTING).map(([language, words]) => [language, new Set(words.split(' '))]),
);
const ANY_REPORTING = new Set(Object.values(REPORTING_WORDS).flatMap((words) => [...words]));

/** True for a word that reports a statement ("said", "erklärte", "a déclaré", "según"), in `language`. */
export function isReportingWord(word: string, language: Language): boolean {
  return (language === 'unknown' ? ANY_REPORTING : REPORTING_WORDS[language]!).has(word);
}
