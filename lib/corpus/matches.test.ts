import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { csvCell, toMatchesCsv, toMatchesJson } from './matches';
import schema from './matches.schema.json';
import type { ArticleMatch } from './types';

const matches: ArticleMatch[] = [
  {
    id: 'taz/2024-10-28-nato.txt',
    outlet: 'taz, die tageszeitung',
    verdict: 'derived',
    sources: [
      {
        wire: 'dpa-0815',
        story: 'nato',
        verdict: 'derived',
        reuseShare: 0.812345,
        wireCoverage: 0.5,
        score: 0.7,
      },
      { wire: 'afp-17', verdict: 'partial', reuseShare: 0.2, wireCoverage: 0.1, score: 0.2 },
    ],
  },
  { id: '=HYPERLINK("x")', verdict: 'independent', sources: [] },
];

describe('matches JSON', () => {
  it('is a valid wiretrace.matches/1 document with rounded shares', () => {
    const json = toMatchesJson(matches);
    expect(new Ajv2020().validate(schema, json)).toBe(true);
    expect(json.schema).toBe('wiretrace.matches/1');
    expect(json.articles[0]!.sources[0]!.reuseShare).toBe(0.8123);
    expect(json.articles[1]).toEqual({ id: '=HYPERLINK("x")', verdict: 'independent', sources: [] });
  });
  it('is refused by the schema when a source says independent or a share exceeds 1', () => {
    const ajv = new Ajv2020();
    const bad = toMatchesJson([
      { ...matches[0]!, sources: [{ ...matches[0]!.sources[0]!, verdict: 'independent' }] },
    ]);
    expect(ajv.validate(schema, bad)).toBe(false);
    const over = toMatchesJson([
      { ...matches[0]!, sources: [{ ...matches[0]!.sources[0]!, reuseShare: 1.5 }] },
    ]);
    expect(ajv.validate(schema, over)).toBe(false);
  });
});

describe('matches CSV', () => {
  it('writes one RFC 4180 row per article with the best source, formulas neutralized', () => {
    expect(toMatchesCsv(matches)).toBe(
      'id,outlet,verdict,best_wire,reuse_share,wire_coverage,sources\r\n' +
        'taz/2024-10-28-nato.txt,"taz, die tageszeitung",derived,dpa-0815,0.8123,0.5,2\r\n' +
        `"'=HYPERLINK(""x"")",,independent,,,,0\r\n`,
    );
  });
  it('quotes line breaks and neutralizes + - @', () => {
    expect(csvCell('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(0.25)).toBe('0.25');
  });
});
