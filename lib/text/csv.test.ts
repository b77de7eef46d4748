import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvLine, parseCsvDialect } from './csv';

describe('csvCell', () => {
  it('quotes what a comma- or semicolon-splitting spreadsheet would cut', () => {
    expect(csvCell('Taz, Berlin')).toBe('"Taz, Berlin"');
    expect(csvCell('Quelle; dpa')).toBe('"Quelle; dpa"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('er sagte "nein"')).toBe('"er sagte ""nein"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
  });
  it('defuses formulas in every text cell, quoted or not', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('\tTabelle')).toBe('"\'\tTabelle"');
  });
  it('defuses a formula after leading spaces, which some spreadsheets skip', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('   @SUM(A1)')).toBe("'   @SUM(A1)");
  });
  it('defuses a formula after a separator inside the cell, where a spreadsheet ignoring the quotes splits', () => {
    // German Excel opening a comma file splits on the semicolon; the fragment after it must not run.
    expect(csvCell('Quelle;=HYPERLINK("x")')).toBe('"Quelle;\'=HYPERLINK(""x"")"');
    expect(csvCell("Quelle;=cmd|' /C calc'!A0")).toBe("\"Quelle;'=cmd|' /C calc'!A0\"");
    expect(csvCell('Berlin, +49 30 1234')).toBe('"Berlin,\' +49 30 1234"');
    expect(csvCell('eins\n@zwei')).toBe('"eins\n\'@zwei"');
    // Prose that only looks alike is left as it is.
    expect(csvCell('Bahn-, Bus- und Flugverkehr; dazu 3-mal mehr')).toBe(
      '"Bahn-, Bus- und Flugverkehr; dazu 3-mal mehr"',
    );
  });
  it('writes absent values as empty cells and numbers as numbers', () => {
    expect([csvCell(undefined), csvCell(null), csvCell(0.4567), csvCell(true), csvCell(Number.NaN)]).toEqual([
      '',
      '',
      '0.4567',
      'true',
      '',
    ]);
  });
  it('writes decimal commas in the excel-de dialect, and defuses the same', () => {
    expect(csvCell(0.4567, 'excel-de')).toBe('0,4567');
    expect(csvCell(-12.5, 'excel-de')).toBe('-12,5');
    expect(csvCell(1200, 'excel-de')).toBe('1200');
    expect(csvCell('Quelle;=HYPERLINK("x")', 'excel-de')).toBe('"Quelle;\'=HYPERLINK(""x"")"');
  });
});

describe('csvLine and csvDocument', () => {
  it('start with a byte-order mark so spreadsheets read umlauts, and end lines in CRLF', () => {
    expect(csvDocument(['name', 'text'], [['Süddeutsche', 'Grüße']])).toBe(
      '\uFEFFname,text\r\nSüddeutsche,Grüße\r\n',
    );
  });
  it('separate cells with semicolons in the excel-de dialect', () => {
    expect(csvLine(['taz, die tageszeitung', 0.8123, 12, null], 'excel-de')).toBe(
      '"taz, die tageszeitung";0,8123;12;\r\n',
    );
    expect(csvDocument(['outlet', 'reuse_share'], [['Spiegel', 0.5]], 'excel-de')).toBe(
      '\uFEFFoutlet;reuse_share\r\nSpiegel;0,5\r\n',
    );
  });
});

describe('parseCsvDialect', () => {
  it('takes the default when none is given, a known dialect by name, and names the dialects otherwise', () => {
    expect(parseCsvDialect(null)).toEqual({ dialect: 'rfc4180' });
    expect(parseCsvDialect('')).toEqual({ dialect: 'rfc4180' });
    expect(parseCsvDialect('excel-de')).toEqual({ dialect: 'excel-de' });
    expect(parseCsvDialect('excel')).toEqual({
      problem: 'Unknown CSV dialect "excel": use dialect=rfc4180 or dialect=excel-de.',
    });
    expect(parseCsvDialect('toString')).toMatchObject({ problem: expect.stringContaining('Unknown') });
  });
});
