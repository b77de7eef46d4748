import { describe, expect, it } from 'vitest';
import { compare } from '../engine';
import { alignmentToCsv, outletsToCsv } from './export-csv';

const wire =
  'Berlin (dpa) - Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher. ' +
  'Die Opposition kritisierte die Pläne am Abend scharf und verlangte eine Abstimmung im Bundestag.';
const outlet =
  'Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher.\n=HYPERLINK("x")';
const alignment = compare(wire, [outlet]);

describe('alignmentToCsv', () => {
  it('writes one row per outlet sentence with the wire text, then the wire sentences it dropped', () => {
    const csv = alignmentToCsv(alignment, wire, [{ name: 'Taz; Berlin', text: outlet }]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFoutlet,status,wire,wireText,moved,sharedQuote,text',
      '"Taz; Berlin",copied,w2,"Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher.",false,false,"Die Regierung hat am Dienstag ein großes Paket für die Bahn beschlossen, sagte ein Sprecher."',
      `"Taz; Berlin",added,,,false,false,"'=HYPERLINK(""x"")"`,
      '"Taz; Berlin",dropped,w3,Die Opposition kritisierte die Pläne am Abend scharf und verlangte eine Abstimmung im Bundestag.,false,false,',
      '',
    ]);
  });
});

describe('outletsToCsv', () => {
  it('writes one row per outlet with its metadata and figures', () => {
    const csv = outletsToCsv(alignment, [
      { name: 'Taz', text: outlet, url: 'https://taz.de/a', published: '2024-10-28' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFname,url,published,verdict,reuseShare,wireUsed,words,addedWords,movedSentences',
      // 15 of its 17 words from the wire; 15 of the wire's 29 words (the dateline aside) kept.
      'Taz,https://taz.de/a,2024-10-28,derived,0.8824,0.5172,17,2,0',
      '',
    ]);
  });
});
