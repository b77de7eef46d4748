import { describe, expect, it } from 'vitest';
import { compare } from '../engine';
import { alignmentToCsv } from './export-csv';

function splitOutsideQuotes(row: string, separator: string): string[] {
  const cells = [''];
  let quoted = false;
  for (const char of row) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) cells.push('');
    else cells[cells.length - 1] += char;
  }
  return cells;
}

describe('alignmentToCsv', () => {
  it('writes one row per outlet sentence with quoting and formula protection', () => {
    const wire =
      'Berlin (dpa) - Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher.';
    const outlet =
      'Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher.\n=HYPERLINK("x")';
    const csv = alignmentToCsv(compare(wire, [outlet]), [{ name: 'Taz, Berlin', text: outlet }]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFoutlet,status,wire,moved,sharedQuote,text',
      '"Taz, Berlin",copied,w2,false,false,"Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher."',
      `"Taz, Berlin",added,,false,false,"'=HYPERLINK(""x"")"`,
      '',
    ]);
  });
  it('quotes semicolons and tabs and neutralises formulas in every cell, as German Excel splits them', () => {
    const wire = 'Berlin (dpa) - Die Bahn fährt wieder. Der Streik ist vorbei.';
    const outlet = "Quelle;=cmd|' /C calc'!A0 steht hier. Die Bahn fährt wieder.";
    const csv = alignmentToCsv(compare(wire, [outlet]), [{ name: '@Bild\tOnline', text: outlet }]);
    const rows = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows[1]).toBe(`"'@Bild\tOnline",added,,false,false,"Quelle;=cmd|' /C calc'!A0 steht hier."`);
    expect(rows[2]).toBe(`"'@Bild\tOnline",copied,w2,false,false,Die Bahn fährt wieder.`);
    // Split the way a semicolon spreadsheet does (quotes group, `;` separates): no cell starts a formula.
    const cells = rows.slice(1, 3).flatMap((row) => splitOutsideQuotes(row, ';'));
    expect(cells.length).toBe(2);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});
