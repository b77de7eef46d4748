import { describe, expect, it } from 'vitest';
import { readCodingsCsv } from './codings-csv';

const sample = new Set(['spiegel/2019-03-12-sturm', 'taz-4711', 'zeit-kursk', '-minus-id']);

describe('readCodingsCsv', () => {
  it('reads labels and notes, whatever the case of labels and headers', () => {
    const csv =
      '\uFEFFArticle,Label,Note\r\n' +
      'spiegel/2019-03-12-sturm,WD,\r\n' +
      'taz-4711,pd,"Lede from the wire, then ""own"" reporting"\r\n' +
      '\r\n' +
      'zeit-kursk, Unsure ,\r\n';
    expect(readCodingsCsv(csv, sample)).toEqual({
      codings: [
        { article: 'spiegel/2019-03-12-sturm', label: 'WD', line: 2 },
        { article: 'taz-4711', label: 'PD', note: 'Lede from the wire, then "own" reporting', line: 3 },
        { article: 'zeit-kursk', label: 'unsure', line: 5 },
      ],
      problems: [],
    });
  });

  it('reports an unknown article or label with its line and keeps every other row', () => {
    const csv = 'article,label\nspiegel/2019-03-12-sturm,WD\nwelt-1,ND\ntaz-4711,maybe\nzeit-kursk,ND\n';
    const { codings, problems } = readCodingsCsv(csv, sample);
    expect(codings.map((c) => [c.line, c.article, c.label])).toEqual([
      [2, 'spiegel/2019-03-12-sturm', 'WD'],
      [5, 'zeit-kursk', 'ND'],
    ]);
    expect(problems).toEqual([
      { line: 3, message: 'Article "welt-1" is not in this sample.' },
      {
        line: 4,
        message:
          '"maybe" is not a label: use WD (wholly derived), PD (partially derived), ND (not derived) or unsure.',
      },
    ]);
  });

  it('reads a German Excel file: semicolons, a note across two lines', () => {
    const csv =
      'article;label;note\r\ntaz-4711;ND;"Eigene Recherche;\r\nkeine Agenturzeile"\r\nzeit-kursk;WD;\r\n';
    const { codings, problems } = readCodingsCsv(csv, sample);
    expect(problems).toEqual([]);
    expect(codings).toEqual([
      { article: 'taz-4711', label: 'ND', note: 'Eigene Recherche;\r\nkeine Agenturzeile', line: 2 },
      { article: 'zeit-kursk', label: 'WD', line: 4 },
    ]);
  });

  it('keeps the last of two labels for one article, saying so', () => {
    const { codings, problems } = readCodingsCsv('article,label\ntaz-4711,WD\ntaz-4711,PD\n', sample);
    expect(codings).toEqual([{ article: 'taz-4711', label: 'PD', line: 3 }]);
    expect(problems).toEqual([
      { line: 3, message: 'Article "taz-4711" was already labelled on line 2; this line\'s label is kept.' },
    ]);
  });

  it('reads back an id that an export defused against formulas', () => {
    expect(readCodingsCsv("article,label\n'-minus-id,ND\n", sample).codings).toEqual([
      { article: '-minus-id', label: 'ND', line: 2 },
    ]);
  });

  it('refuses a file without the header, and says where an unclosed quote stopped the reading', () => {
    expect(readCodingsCsv('taz-4711,WD\n', sample)).toEqual({
      codings: [],
      problems: [
        {
          line: 1,
          message:
            'The first line must be the header "article,label" (a "note" column may follow); found "taz-4711,WD".',
        },
      ],
    });
    const { codings, problems } = readCodingsCsv(
      'article,label,note\ntaz-4711,WD,"open\nzeit-kursk,ND,\n',
      sample,
    );
    expect(codings).toEqual([]);
    expect(problems).toEqual([
      {
        line: 2,
        message:
          'A quoted cell opened here is never closed: this line and the rest of the file were not read.',
      },
    ]);
  });
});
