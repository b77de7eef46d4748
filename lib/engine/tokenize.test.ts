import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string) => tokenize(text).map((token) => text.slice(token.start, token.end));

describe('tokenize', () => {
  it('keeps numbers with separators, hyphenated words, umlauts and ß whole', () => {
    expect(
      words('Mehr als 600.000 Soldaten der 32 Nato-Staaten, euro-atlantischen Raum; Größe 5,4 %'),
    ).toEqual([
      'Mehr',
      'als',
      '600.000',
      'Soldaten',
      'der',
      '32',
      'Nato-Staaten',
      'euro-atlantischen',
      'Raum',
      'Größe',
      '5,4',
    ]);
  });
  it('splits glued headline and kicker at the quote mark', () => {
    expect(words('Nato sieht „erhebliche Eskalation“Extreme Verluste')).toEqual([
      'Nato',
      'sieht',
      'erhebliche',
      'Eskalation',
      'Extreme',
      'Verluste',
    ]);
  });
  it('keeps apostrophes inside words and soft hyphens inside words', () => {
    expect(words("India's Adani, Verteidi\u00ADgung")).toEqual(["India's", 'Adani', 'Verteidi\u00ADgung']);
  });
  it('marks function words as non-content', () => {
    expect(tokenize('der Nato und die Ukraine').map((token) => token.content)).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
  });
  it('tokenizes emoji-free scripts of other directions', () => {
    expect(words('שלום עולם 🙂 مرحبا')).toEqual(['שלום', 'עולם', 'مرحبا']);
  });
});
