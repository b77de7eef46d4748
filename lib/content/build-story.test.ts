import { describe, expect, it } from 'vitest';
import { buildStory, slugify } from './build-story';

const wire = { source: 'wire.txt', text: ' date 2024-10 Brüssel (dpa) - Text.' };

describe('slugify', () => {
  it('transliterates German and drops marks', () => {
    expect(slugify('Grünen-Spitze tritt ab: Größe & Maß')).toBe('gruenen-spitze-tritt-ab-groesse-mass');
    expect(slugify('Élysée')).toBe('elysee');
  });
});

describe('buildStory', () => {
  it('moves archive markers into the metadata and keeps the rest of each text as given', () => {
    const result = buildStory({
      title: 'Nato',
      agency: 'dpa',
      wire,
      outlets: [
        {
          source: 'a.txt',
          text: ' date 2024-11 Anderer Text\r\n',
          name: 'Outlet A',
          url: 'https://example.org/',
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.slug).toBe('nato');
    expect(result.story.meta.date).toBe('2024-10');
    expect(result.story.meta.outlets).toEqual([
      {
        id: 'outlet-a',
        name: 'Outlet A',
        file: 'outlet-a.txt',
        url: 'https://example.org/',
        date: '2024-11',
      },
    ]);
    expect(result.story.files['wire.txt']).toBe('Brüssel (dpa) - Text.');
    expect(result.story.files['outlet-a.txt']).toBe('Anderer Text\r\n');
    expect(JSON.parse(result.story.files['story.json'] ?? '')).toEqual(result.story.meta);
  });
  it('gives neutral names and unique ids', () => {
    const result = buildStory({
      title: 'T',
      agency: 'dpa',
      date: '2024-01',
      wire,
      outlets: [
        { source: 'a', text: 'x' },
        { source: 'b', text: 'y', name: 'Outlet 1' },
      ],
    });
    expect(result.ok && result.story.meta.outlets.map((o) => o.id)).toEqual(['outlet-1', 'outlet-1-2']);
  });
  it('reports every bad input at once', () => {
    const result = buildStory({
      title: 'T',
      agency: 'dpa',
      wire: { source: 'wire.txt', text: 'no marker' },
      outlets: [
        { source: 'empty.txt', text: '   ' },
        { source: 'bin.txt', text: 'a\u0000b' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'give the story date (--date YYYY-MM): the wire text has no archive date marker',
        'empty.txt is empty (or only white space)',
        'bin.txt looks like binary data (it contains NUL or other control bytes), not plain text',
      ],
    });
  });
});
