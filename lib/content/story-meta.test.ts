import { describe, expect, it } from 'vitest';
import { parseStoryMeta } from './story-meta';

const valid = {
  title: 'Nato',
  date: '2024-10',
  agency: 'dpa',
  wire: { file: 'wire.txt' },
  outlets: [
    {
      id: 'outlet-001',
      name: 'Outlet 001',
      file: 'outlet-001.txt',
      url: 'https://example.org/a',
      date: '2024-10-28',
    },
  ],
};

describe('parseStoryMeta', () => {
  it('accepts a complete story', () => {
    expect(parseStoryMeta(valid)).toEqual({ ok: true, meta: valid });
  });
  it('names every problem with its field', () => {
    const result = parseStoryMeta({
      ...valid,
      title: '',
      date: '2024-13',
      outlets: [{ id: 'Bad Id', name: 'X', file: '../etc/passwd' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      '"title" is required and must be a non-empty string',
      '"date" must be a date as YYYY-MM or YYYY-MM-DD',
      '"outlets[0].file" must be a .txt file name inside the story folder (no paths)',
      '"outlets[0].id" must be lower-case letters, digits and hyphens',
    ]);
  });
  it('refuses duplicate ids and files, and non-objects', () => {
    const twice = { ...valid, outlets: [valid.outlets[0], valid.outlets[0]] };
    expect(parseStoryMeta(twice)).toMatchObject({
      ok: false,
      problems: ['outlet id "outlet-001" is used twice', 'file "outlet-001.txt" is used twice'],
    });
    expect(parseStoryMeta([])).toMatchObject({ ok: false });
    expect(parseStoryMeta({ ...valid, outlets: [] })).toMatchObject({
      ok: false,
      problems: ['"outlets" must be a non-empty array'],
    });
  });
});
