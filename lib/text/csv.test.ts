import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv';

describe('csvCell', () => {
  it('quotes what a comma- or semicolon-splitting spreadsheet would cut', () => {
    expect(csvCell('Taz, Berlin')).toBe('"Taz, Berlin"');
    expect(csvCell('Quelle; dpa')).toBe('"Quelle; dpa"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('er sagte "nein"')).toBe('"er sagte ""nein"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
  });
  it('defuses formulas in every text cell, quoted or not', () => {
    expect(csvCell("Quelle;=cmd|' /C calc'!A0")).toBe('"Quelle;=cmd|\' /C calc\'!A0"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell(-3)).toBe('-3');
  });
  it('writes absent values as empty cells and numbers as numbers', () => {
    expect([csvCell(undefined), csvCell(null), csvCell(0.4567), csvCell(true)]).toEqual([
      '',
      '',
      '0.4567',
      'true',
    ]);
  });
});

describe('csvDocument', () => {
  it('starts with a byte-order mark so spreadsheets read umlauts, and ends lines in CRLF', () => {
    expect(csvDocument(['name', 'text'], [['Süddeutsche', 'Grüße']])).toBe(
      '\uFEFFname,text\r\nSüddeutsche,Grüße\r\n',
    );
  });
});
