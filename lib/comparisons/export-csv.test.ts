import { describe, expect, it } from 'vitest';
import { compare } from '../engine';
import { alignmentToCsv } from './export-csv';

describe('alignmentToCsv', () => {
  it('writes one row per outlet sentence with quoting and formula protection', () => {
    const wire =
      'Berlin (dpa) - Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher.';
    const outlet =
      'Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher.\n=HYPERLINK("x")';
    const csv = alignmentToCsv(compare(wire, [outlet]), [{ name: 'Taz, Berlin', text: outlet }]);
    expect(csv.split('\r\n')).toEqual([
      'outlet,status,wire,moved,sharedQuote,text',
      '"Taz, Berlin",copied,w2,false,false,"Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher."',
      `"Taz, Berlin",added,,false,false,"'=HYPERLINK(""x"")"`,
      '',
    ]);
  });
});
