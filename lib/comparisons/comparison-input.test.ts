import { describe, expect, it } from 'vitest';
import { LIMITS, validateComparisonInput } from './comparison-input';

const fields = (input: unknown) => {
  const result = validateComparisonInput(input);
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('validateComparisonInput', () => {
  it('accepts texts as strings or { text } and fills in names and a title', () => {
    const result = validateComparisonInput({
      wire: { text: 'Berlin (dpa) - Ein Satz.\nMehr.' },
      outlets: ['Ein Satz.', { name: ' Taz ', text: 'Anderes.' }],
    });
    expect(result).toEqual({
      ok: true,
      draft: {
        title: 'Berlin (dpa) - Ein Satz.',
        wireText: 'Berlin (dpa) - Ein Satz.\nMehr.',
        outlets: [
          { name: 'Outlet 1', text: 'Ein Satz.' },
          { name: 'Taz', text: 'Anderes.' },
        ],
      },
    });
  });
  it('names each bad field', () => {
    expect(fields(null)).toEqual(['body']);
    expect(fields({ outlets: [] })).toEqual(['wire', 'outlets']);
    expect(
      fields({
        wire: 'x',
        outlets: [{ text: '  ' }, { text: 'a\u0000b' }, { text: 42 }, { name: 7, text: 'ok' }],
      }),
    ).toEqual(['outlets.0.text', 'outlets.1.text', 'outlets.2.text', 'outlets.3.name']);
    expect(fields({ title: 'x'.repeat(LIMITS.maxTitleChars + 1), wire: 'x', outlets: ['y'] })).toEqual([
      'title',
    ]);
  });
  it('enforces the documented limits', () => {
    expect(fields({ wire: 'x', outlets: Array.from({ length: LIMITS.maxOutlets + 1 }, () => 'y') })).toEqual([
      'outlets',
    ]);
    const result = validateComparisonInput({ wire: 'x'.repeat(LIMITS.maxTextChars + 1), outlets: ['y'] });
    expect(result.ok === false && result.errors[0]!.message).toMatch(
      /too long: 200,001 characters; the limit is 200,000/,
    );
  });
});
