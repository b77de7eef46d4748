import { describe, expect, it } from 'vitest';
import { ENGINE_CONFIG } from '../engine';
import { CORPUS_CONFIG } from './config';
import { countShared, fingerprint, gramHashes, hashWord, winnow } from './fingerprint';

const { gramWords, windowGrams, guaranteedRunWords } = CORPUS_CONFIG.fingerprint;

// A deterministic pseudo-random word stream (no two texts share a run unless the test puts one in).
function wordStream(seed: number) {
  let state = seed >>> 0 || 1;
  const syllables = [
    'ber',
    'lin',
    'na',
    'to',
    'kur',
    'sk',
    'ge',
    'ne',
    'ral',
    'se',
    'kre',
    'tär',
    'mi',
    'li',
    'tär',
  ];
  return (count: number) =>
    Array.from({ length: count }, () => {
      let word = '';
      for (let s = 0; s < 3; s += 1) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        word += syllables[state % syllables.length];
      }
      return `${word}${state % 97}`;
    });
}

describe('fingerprint parameters', () => {
  it("guarantee the engine's shortest evidence run: w + k − 1 = shortRunWords", () => {
    expect(guaranteedRunWords).toBe(ENGINE_CONFIG.verdict.shortRunWords);
    expect(windowGrams + gramWords - 1).toBe(ENGINE_CONFIG.verdict.shortRunWords);
  });
});

describe('fingerprint', () => {
  it('returns sorted distinct signed 32-bit hashes', () => {
    const prints = fingerprint(
      'Brüssel (dpa) - Die Nato hat Nordkorea vorgeworfen, Truppen nach Russland geschickt zu haben. ' +
        'Nordkoreanische Soldaten seien in der Region Kursk stationiert worden, sagte Generalsekretär Mark Rutte.',
    );
    expect(prints).toBeInstanceOf(Int32Array);
    expect(prints.length).toBeGreaterThan(3);
    for (let i = 1; i < prints.length; i += 1) expect(prints[i]!).toBeGreaterThan(prints[i - 1]!);
  });

  it('ignores typography: quotes, case, soft hyphens and number separators do not change fingerprints', () => {
    const a =
      'Die Nato-Staaten schicken 600.000 Soldaten an die Ostflanke, sagte Rutte am Montag in Brüssel.';
    const b =
      'die nato‑staaten schicken 600,000 „Soldaten“ an die Ost\u00ADflanke – sagte Rutte am Montag in Brüssel';
    expect(Array.from(fingerprint(b))).toEqual(Array.from(fingerprint(a)));
  });

  it('always finds a shared run of exactly w + k − 1 words, wherever it stands', () => {
    const next = wordStream(7);
    for (let trial = 0; trial < 300; trial += 1) {
      const run = next(guaranteedRunWords);
      const a = [...next(trial % 40), ...run, ...next(30)].join(' ');
      const b = [...next(25), ...run, ...next((trial * 7) % 50)].join(' ');
      expect(countShared(fingerprint(a), fingerprint(b))).toBeGreaterThan(0);
    }
  });

  it('may miss a shorter run, and never finds one shorter than a gram', () => {
    const next = wordStream(11);
    let missed = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const run = next(guaranteedRunWords - 1);
      const a = [...next(20), ...run, ...next(20)].join(' ');
      const b = [...next(20), ...run, ...next(20)].join(' ');
      if (countShared(fingerprint(a), fingerprint(b)) === 0) missed += 1;
      const short = next(gramWords - 1);
      const c = [...next(20), ...short, ...next(20)].join(' ');
      const d = [...next(20), ...short, ...next(20)].join(' ');
      expect(countShared(fingerprint(c), fingerprint(d))).toBe(0);
    }
    expect(missed).toBeGreaterThan(0);
  });

  it('is order-free: an article with the paragraphs swapped shares the fingerprints of both', () => {
    const first =
      'Die Nato hat Nordkorea vorgeworfen, Tausende Soldaten nach Russland geschickt zu haben, die dort für den Einsatz gegen die Ukraine ausgebildet werden.';
    const second =
      'Generalsekretär Mark Rutte sprach in Brüssel von einer gefährlichen Ausweitung des Krieges und forderte die Verbündeten zu mehr Unterstützung auf.';
    const wire = fingerprint(`${first}\n\n${second}`);
    const swapped = fingerprint(
      `${second}\n\nEin eigener Absatz der Redaktion steht dazwischen.\n\n${first}`,
    );
    expect(countShared(wire, fingerprint(first))).toBeGreaterThan(0);
    expect(countShared(swapped, fingerprint(first))).toBe(countShared(wire, fingerprint(first)));
    expect(countShared(swapped, fingerprint(second))).toBe(countShared(wire, fingerprint(second)));
  });

  it('gives a text shorter than one gram no fingerprints, and a text shorter than a window one', () => {
    // k = 3 words per gram, w = 3 grams per window: two words make no gram, four words two grams, one window.
    expect(fingerprint('Rutte sagte').length).toBe(0);
    expect(fingerprint('Nato wirft Nordkorea vor').length).toBe(1);
  });
});

describe('winnowing pieces', () => {
  it('hashes words with FNV-1a (the published test vector)', () => {
    expect(hashWord('a') >>> 0).toBe(0xe40c292c);
  });
  it('hashes equal grams equally and rolls over the text', () => {
    const grams = gramHashes(['a', 'b', 'c', 'a', 'b', 'c'], 3);
    expect(grams.length).toBe(4);
    expect(grams[0]).toBe(grams[3]);
    expect(grams[0]).not.toBe(grams[1]);
  });
  it('keeps the minimum of every window', () => {
    expect(Array.from(winnow(Int32Array.from([5, 3, 9, 7, 1, 8, 6]), 3))).toEqual([1, 3]);
  });
});

describe('fingerprints see the engine skeleton', () => {
  it('a copy with Cyrillic look-alikes, zero-width spaces and full-width letters has the original fingerprints', () => {
    const original =
      'The county board voted on Monday to close the Elm Street library branch at the end of the year to save money.';
    const disguised = original
      .replace(/o/g, 'о')
      .replace(/e/g, 'е')
      .replace('library', 'lib\u200Brary')
      .replace('Monday', 'Ｍｏｎｄａｙ');
    expect(fingerprint(disguised)).toEqual(fingerprint(original));
  });
});
