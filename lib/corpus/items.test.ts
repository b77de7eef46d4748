import { describe, expect, it } from 'vitest';
import { isIsoDate, itemFromObject, itemFromTextFile, parseJsonLine, publishedTime } from './items';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('itemFromObject', () => {
  it('keeps a wire item with all its fields', () => {
    expect(
      itemFromObject(
        {
          id: 'dpa-0815',
          text: 'Brüssel (dpa) - Die Nato wirft Nordkorea vor …',
          title: 'Nato: Nordkoreaner in Kursk',
          published: '2024-10-28T14:05:00+01:00',
          agency: 'dpa',
          story: 'nato-nordkorea',
          extra: 'ignored',
        },
        'wire',
      ),
    ).toEqual({
      ok: true,
      item: {
        id: 'dpa-0815',
        text: 'Brüssel (dpa) - Die Nato wirft Nordkorea vor …',
        title: 'Nato: Nordkoreaner in Kursk',
        published: '2024-10-28T14:05:00+01:00',
        agency: 'dpa',
        story: 'nato-nordkorea',
      },
    });
  });
  it('keeps an article, turns a numeric id into a string and drops null fields', () => {
    expect(itemFromObject({ id: 42, text: 'Text', outlet: 'taz', url: null }, 'article')).toEqual({
      ok: true,
      item: { id: '42', text: 'Text', outlet: 'taz' },
    });
  });
  it('names what is wrong', () => {
    const problem = (value: unknown) => {
      const result = itemFromObject(value, 'article');
      return result.ok ? 'ok' : result.message;
    };
    expect(problem([1, 2])).toMatch(/not a JSON object/);
    expect(problem({ text: 'x' })).toBe('has no "id"');
    expect(problem({ id: '', text: 'x' })).toBe('"id" must be a non-empty string');
    expect(problem({ id: 'a1' })).toBe('item "a1" has no text ("text" is missing)');
    expect(problem({ id: 'a1', text: 5 })).toBe('item "a1": "text" must be a string');
    expect(problem({ id: 'a1', text: '  \n' })).toMatch(/item "a1": "text" is empty/);
    expect(problem({ id: 'a1', text: 'a\u0000b' })).toMatch(/binary data/);
    expect(problem({ id: 'a1', text: 'x', published: 'gestern' })).toBe(
      'item "a1": "published" is not an ISO 8601 date ("gestern")',
    );
    expect(problem({ id: 'a1', text: 'x', outlet: 3 })).toBe('item "a1": "outlet" must be a string');
  });
});

describe('ISO 8601 dates', () => {
  it('accepts dates and date-times with zones, refuses other formats and impossible days', () => {
    for (const ok of [
      '2024-10-28',
      '2024-10-28T14:05',
      '2024-10-28T14:05:00Z',
      '2024-10-28 14:05:00.123+0100',
    ])
      expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['28.10.2024', '2024-02-30', '2024-10-28T25', 'Oct 28, 2024'])
      expect(isIsoDate(bad)).toBe(false);
  });
  it('reads the time, with the zone', () => {
    expect(publishedTime('2024-10-28T14:00:00+01:00')).toBe(Date.UTC(2024, 9, 28, 13));
    expect(publishedTime('2024-10-28')).toBe(Date.UTC(2024, 9, 28));
    expect(publishedTime(undefined)).toBeNaN();
  });
});

describe('parseJsonLine', () => {
  it('parses a line into an item with its line number', () => {
    expect(parseJsonLine('{"id":"w1","text":"Berlin (dpa) - Text"}', 3, 'wire')).toEqual({
      ok: true,
      line: 3,
      item: { id: 'w1', text: 'Berlin (dpa) - Text' },
    });
  });
  it('skips blank lines', () => {
    expect(parseJsonLine('   ', 4, 'wire')).toBeNull();
  });
  it('reports broken JSON, binary data and invalid items with the line number', () => {
    expect(parseJsonLine('{"id":"w1","text":', 7, 'wire')).toMatchObject({
      ok: false,
      line: 7,
      message: expect.stringMatching(/^line 7: broken JSON/),
    });
    expect(parseJsonLine('\u0000\u0001PK', 8, 'wire')).toEqual({
      ok: false,
      line: 8,
      message: 'line 8: binary data, not JSON',
    });
    expect(parseJsonLine('{"id":"w9"}', 9, 'article')).toEqual({
      ok: false,
      line: 9,
      message: 'line 9: item "w9" has no text ("text" is missing)',
    });
  });
});

describe('itemFromTextFile', () => {
  it('uses the relative path as id and decodes UTF-8', () => {
    expect(itemFromTextFile('2024/10/dpa-1.txt', utf8('\uFEFFKursk (dpa) - Text'))).toEqual({
      ok: true,
      item: { id: '2024/10/dpa-1.txt', text: 'Kursk (dpa) - Text' },
    });
  });
  it('refuses binary and empty files, naming them', () => {
    expect(itemFromTextFile('a.txt', Uint8Array.from([0x50, 0x4b, 0x00]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^a\.txt looks like binary data/),
    });
    expect(itemFromTextFile('b.txt', utf8(''))).toMatchObject({
      ok: false,
      message: 'b.txt is empty (or only white space)',
    });
  });
});
