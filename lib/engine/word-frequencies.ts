/**
 * Stage 3 (part), word frequencies: how common a word is, from an archive when there is one and from the
 * language's list of its most common words otherwise (common-words-data.ts) — what the banality filter of
 * evidence.ts weighs shared runs by (TextPAIR's filter: a passage of common words is formulaic) — and, for a
 * language without a stop-word list, its function words.
 * Method: an archive's document frequencies (in how many of its documents each normalized word occurs, counted by
 * {@link wordFrequencies}, an even sample of a large archive) are plain data, to be computed once per archive and
 * passed to `compare`. A word is common when at least `commonDocumentShare` of the documents hold it; a function
 * word when at least `functionWordShare` do (function words are in nearly every text, content words rarely in a
 * third). An archive of fewer than `minArchiveDocuments` is not trusted.
 * Known weaknesses: the lists come from subtitles (Dutch, Italian), Wiktionary (German, French, Spanish) and web
 * pages (English), not news, so some news words ("Regierung") count as rare; an archive of one topic makes that
 * topic's words common.
 */
import { COMMON_WORDS } from './common-words-data';
import { ENGINE_CONFIG } from './config';
import type { Language } from './languages';

const { commonDocumentShare, minArchiveDocuments } = ENGINE_CONFIG.banality;
const { functionWordShare, sampleTexts } = ENGINE_CONFIG.archiveWords;

/** In how many documents of an archive each normalized word occurs; plain data, to be stored and reused. */
export interface WordFrequencies {
  documents: number;
  /** [normalized word, documents holding it], for the words in at least two documents. */
  words: Array<[string, number]>;
}

/** Counts document frequencies over `texts` given as their normalized words (an even sample of a large archive). */
export function wordFrequencies(texts: ReadonlyArray<readonly string[]>): WordFrequencies {
  const counts = new Map<string, number>();
  const step = Math.max(1, texts.length / sampleTexts);
  let documents = 0;
  for (let at = 0; at < texts.length; at += step) {
    documents += 1;
    for (const word of new Set(texts[Math.floor(at)]!)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return { documents, words: [...counts].filter(([, count]) => count >= 2) };
}

let lists: Map<string, ReadonlySet<string>> | undefined;

function commonList(language: Language): ReadonlySet<string> {
  lists ??= new Map(Object.entries(COMMON_WORDS).map(([code, words]) => [code, new Set(words.split(' '))]));
  if (language !== 'unknown') return lists.get(language)!;
  let all = lists.get('unknown');
  if (!all) lists.set('unknown', (all = new Set([...lists.values()].flatMap((words) => [...words]))));
  return all;
}

/** What the engine knows of a text's words beyond the text: which are common, and which are function words. */
export interface WordKnowledge {
  /** True when `word` (normalized) is common in the text's language or archive. */
  isCommon: (word: string) => boolean;
  /** Function words learned from the archive (for languages without a list); empty without a trusted archive. */
  functionWords: ReadonlySet<string>;
}

/** How common words are in `language`, from `archive` when it is large enough, else from the language's list. */
export function wordKnowledge(language: Language, archive?: WordFrequencies): WordKnowledge {
  if (archive && archive.documents >= minArchiveDocuments) {
    const counts = new Map(archive.words);
    const functionWords = new Set(
      archive.words
        .filter(([, count]) => count >= functionWordShare * archive.documents)
        .map(([word]) => word),
    );
    return {
      isCommon: (word) => (counts.get(word) ?? 0) >= commonDocumentShare * archive.documents,
      functionWords,
    };
  }
  const list = commonList(language);
  return { isCommon: (word) => list.has(word), functionWords: new Set() };
}
