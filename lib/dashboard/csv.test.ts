import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes cells with quotes, commas, semicolons, tabs and line breaks', () => {
    expect(csvCell('Süddeutsche Zeitung')).toBe('Süddeutsche Zeitung');
    expect(csvCell('Spiegel, online')).toBe('"Spiegel, online"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('Der "Tagesspiegel"')).toBe('"Der ""Tagesspiegel"""');
  });

  it('neutralises text that a spreadsheet would run as a formula, but writes numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(null)).toBe('');
  });

  it('opens with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv(['outlet', 'articles'], [['taz', 3]])).toBe('\uFEFFoutlet,articles\r\ntaz,3\r\n');
  });
});
