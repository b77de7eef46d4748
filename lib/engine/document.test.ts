import { describe, expect, it } from 'vitest';
import { prepareDocument } from './document';

describe('prepareDocument', () => {
  it('gives every unit its tokens, its role and its furniture', () => {
    const doc = prepareDocument('Anzeige\nBerlin (dpa) - Die Regierung tagt heute.\r\nLesezeit 2 Minuten');
    const summary = doc.units.map((unit) => ({
      text: doc.text.slice(unit.start, unit.end).trim(),
      role: unit.role,
      furniture: unit.furniture,
      words: doc.tokens.slice(unit.from, unit.to).map((t) => t.norm),
    }));
    expect(summary).toEqual([
      { text: 'Anzeige', role: 'heading', furniture: 'advertising', words: ['anzeige'] },
      { text: 'Berlin (dpa) -', role: 'dateline', furniture: 'dateline', words: ['berlin', 'dpa'] },
      {
        text: 'Die Regierung tagt heute.',
        role: 'text',
        furniture: null,
        words: ['die', 'regierung', 'tagt', 'heute'],
      },
      {
        text: 'Lesezeit 2 Minuten',
        role: 'heading',
        furniture: 'interface',
        words: ['lesezeit', '2', 'minuten'],
      },
    ]);
    expect(doc.units[2]!.contentWords).toBe(3);
  });
  it('keeps offsets into the raw text when line breaks are CRLF', () => {
    const raw = 'Eins zwei.\r\nDrei vier.';
    const doc = prepareDocument(raw);
    expect(doc.tokens.map((t) => raw.slice(t.start, t.end))).toEqual(['Eins', 'zwei', 'Drei', 'vier']);
  });
});
