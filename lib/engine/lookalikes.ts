/**
 * Stage 9 (part), look-alikes: how many words of a text had letters replaced by look-alikes from another script
 * — evidence in itself, of a copy disguised to escape detection or of an encoding accident.
 * Method, after UTS #39's mixed-script detection: a word counts when it mixes Latin letters with letters of
 * another script that have a prototype (confusables.ts), "rеpоrt" with a Cyrillic е and о; or, in a text whose
 * letters are mostly Latin, when it is written wholly in another script and every letter has a plain Latin
 * prototype — a Cyrillic "а" standing for the article "a".
 * Known weaknesses: look-alikes within Latin (the digit 0 for O) are not counted; a foreign word written in its
 * own script whose letters all look Latin (Russian "сор") counts in a Latin text.
 */
import { skeleton } from './confusables';
import { ENGINE_CONFIG } from './config';
import type { PreparedDocument } from './document';

const { latinTextShare } = ENGINE_CONFIG.lookalikes;

const ONLY_LATIN_1 = /^[\u0000-\u00FF]*$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const PLAIN_LATIN = /^[A-Za-z]+$/;

function latinShare(text: string): number {
  let latin = 0;
  let letters = 0;
  for (const match of text.matchAll(/\p{L}/gu)) {
    letters += 1;
    if (LATIN_LETTER.test(match[0])) latin += 1;
  }
  return letters === 0 ? 0 : latin / letters;
}

/** Whether one word (as written) has letters replaced by look-alikes; `latinText` when the text is mostly Latin. */
export function hasLookalikes(word: string, latinText: boolean): boolean {
  if (ONLY_LATIN_1.test(word) || !OTHER_LETTER.test(word)) return false;
  const folded = word.normalize('NFKC');
  const mapped = skeleton(folded);
  if (mapped === folded) return false;
  if (LATIN_LETTER.test(folded)) return true;
  return latinText && PLAIN_LATIN.test(mapped.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** The number of words outside page furniture with letters replaced by look-alikes. */
export function countLookalikeWords(doc: PreparedDocument): number {
  let latinText: boolean | undefined;
  let count = 0;
  for (const unit of doc.units) {
    if (unit.furniture !== null) continue;
    for (let t = unit.from; t < unit.to; t += 1) {
      const token = doc.tokens[t]!;
      const word = doc.text.slice(token.start, token.end);
      if (ONLY_LATIN_1.test(word)) continue;
      latinText ??= latinShare(doc.text) > latinTextShare;
      if (hasLookalikes(word, latinText)) count += 1;
    }
  }
  return count;
}
