import { describe, expect, it } from 'vitest';
import { validateLookupInput } from './lookup-input';

const ARTICLE = 'Berlin (dpa) - Die Bahn fährt wieder. Der Streik der Lokführer ist nach drei Tagen vorbei.';

describe('validateLookupInput', () => {
  it('keeps the text, a trimmed date and whether to open the comparison', () => {
    expect(validateLookupInput({ text: `\uFEFF${ARTICLE}`, published: ' 2024-10-28 ', open: true })).toEqual({
      ok: true,
      input: { text: ARTICLE, published: '2024-10-28', open: true },
    });
    expect(validateLookupInput({ text: ARTICLE, published: '' })).toEqual({
      ok: true,
      input: { text: ARTICLE, open: false },
    });
  });

  it('names each bad field with what to fix', () => {
    expect(validateLookupInput({ text: '   ', published: '28.10.2024', open: 'ja' })).toEqual({
      ok: false,
      errors: [
        { field: 'text', message: 'The article is missing: paste or upload its text.' },
        {
          field: 'published',
          message:
            'The publication date must be an ISO 8601 date, e.g. 2024-10-28 or 2024-10-28T14:05:00+01:00.',
        },
        { field: 'open', message: '"open" must be true or false.' },
      ],
    });
    expect(validateLookupInput([ARTICLE])).toEqual({
      ok: false,
      errors: [{ field: 'text', message: 'Send a JSON object: { "text": "…" }.' }],
    });
  });

  it('refuses what a comparison would refuse: too long, binary, a lone surrogate', () => {
    const messages = (text: string) => {
      const result = validateLookupInput({ text });
      return result.ok ? [] : result.errors.map((e) => e.message);
    };
    expect(messages('x'.repeat(200_001))).toEqual([
      'The article has 200,001 characters; the limit is 200,000.',
    ]);
    expect(messages(`${ARTICLE}\u0000`)).toEqual([
      'The article looks like binary data (it contains NUL or other control bytes), not plain text',
    ]);
    // JSON.parse keeps "\ud800" as a lone code unit: it would be saved as U+FFFD and shift every offset.
    expect(messages(JSON.parse('"Die Bahn \\ud800 fährt."'))).toEqual([
      'The article contains U+D800 (a lone UTF-16 surrogate, which is not a character) at character 10; remove it and send again.',
    ]);
  });
});
