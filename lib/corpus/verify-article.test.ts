import { describe, expect, it } from 'vitest';
import { BAHN_WIRE, TARIF_WIRE } from './fixtures/wires';
import { splitPieces, verifyArticle } from './verify-article';

const chronicle = (count: number) =>
  Array.from({ length: count }, (_, i) => `Eintrag ${i} der Chronik, Seite ${i % 977}.`).join(' ');

describe('verifyArticle', () => {
  it('compares a normal article whole, as the engine does', () => {
    expect(verifyArticle(BAHN_WIRE, `${BAHN_WIRE}\n\nUnser Kommentar dazu.`)).toMatchObject({
      verdict: 'derived',
    });
    expect(verifyArticle(BAHN_WIRE, TARIF_WIRE)).toMatchObject({ verdict: 'independent', reuseShare: 0 });
  });

  it('finds a wire inside a long article piece by piece, with its share of the whole article', () => {
    const long = `${chronicle(3000)}\n\n${BAHN_WIRE}\n\n${chronicle(3000)}`;
    const whole = verifyArticle(BAHN_WIRE, long, 1_000_000);
    const pieces = verifyArticle(BAHN_WIRE, long, 20_000);
    expect(pieces.verdict).toBe('partial');
    expect(whole.verdict).toBe('partial');
    expect(pieces.wireCoverage).toBeGreaterThan(0.95);
    expect(pieces.reuseShare).toBeGreaterThan(whole.reuseShare * 0.8);
    expect(pieces.reuseShare).toBeLessThan(whole.reuseShare * 1.2);
  });

  it('says derived when the long article is mostly the wire, independent when it holds none of it', () => {
    const mostly = Array.from({ length: 40 }, () => BAHN_WIRE).join('\n\n');
    expect(verifyArticle(BAHN_WIRE, mostly, 5_000).verdict).toBe('derived');
    expect(verifyArticle(BAHN_WIRE, chronicle(3000), 5_000)).toMatchObject({
      verdict: 'independent',
      reuseShare: 0,
    });
  });
});

describe('splitPieces', () => {
  it('cuts at blank lines first and keeps every character', () => {
    const text = `${'a '.repeat(30)}\n\n${'b '.repeat(30)}\n\n${'c '.repeat(30)}`;
    const pieces = splitPieces(text, 100);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 100)).toBe(true);
    expect(pieces[1]!.startsWith('\n\nb')).toBe(true);
  });
  it('cuts a text without breaks at white space', () => {
    const text = 'wort '.repeat(100);
    const pieces = splitPieces(text, 52);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 52)).toBe(true);
    expect(pieces.slice(1).every((piece) => piece.startsWith(' wort'))).toBe(true);
  });
});
