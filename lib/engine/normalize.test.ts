import { describe, expect, it } from 'vitest';
import { normalizeWord, unifyLineBreaks } from './normalize';

describe('normalizeWord', () => {
  it('folds case, soft hyphens and zero-width characters', () => {
    expect(normalizeWord('Verteidi\u00ADgungs\u200Bbündnis')).toBe('verteidigungsbündnis');
  });
  it('unifies hyphen variants and apostrophes', () => {
    expect(normalizeWord('Nato\u2011Staaten')).toBe('nato-staaten');
    expect(normalizeWord('India’s')).toBe("india's");
  });
  it('treats number separators alike (600.000 = 600,000, 16.00 = 16:00)', () => {
    expect(normalizeWord('600.000')).toBe(normalizeWord('600,000'));
    expect(normalizeWord('16.00')).toBe(normalizeWord('16:00'));
  });
  it('keeps umlauts and folds ß to ss, as Swiss outlets write it', () => {
    expect(normalizeWord('Größe')).toBe('grösse');
    expect(normalizeWord('Straße')).toBe(normalizeWord('Strasse'));
    expect(normalizeWord('STRASSE')).toBe('strasse');
  });
});

describe('unifyLineBreaks', () => {
  it('keeps every offset: CRLF becomes space + LF, lone CR becomes LF', () => {
    const raw = 'Eins.\r\nZwei.\rDrei.';
    const unified = unifyLineBreaks(raw);
    expect(unified).toBe('Eins. \nZwei.\nDrei.');
    expect(unified).toHaveLength(raw.length);
  });
});
