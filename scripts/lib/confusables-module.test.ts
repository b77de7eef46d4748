import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONFUSABLE_PAIRS } from '../../lib/engine/confusables-data';
import { deriveConfusablePairs, readUnhomoglyph } from './confusables-module';

describe('the look-alike table', () => {
  it('is what scripts/generate-confusables.ts makes of the installed confusables data', () => {
    const { data } = readUnhomoglyph(
      (file) => readFileSync(file, 'utf8'),
      createRequire(import.meta.url).resolve,
    );
    expect(CONFUSABLE_PAIRS).toBe(deriveConfusablePairs(data));
  });
  it('keeps Cyrillic and Greek look-alikes, and leaves out ASCII, Latin-1 and precomposed letters', () => {
    const pairs = deriveConfusablePairs({ а: 'a', ο: 'o', m: 'rn', ö: 'ة', é: 'e', '1': 'l', ı: 'i' });
    expect(pairs).toBe('131:69 3bf:6f 430:61');
  });
});
