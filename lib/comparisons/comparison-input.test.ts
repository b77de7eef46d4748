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
  it('refuses lone surrogates anywhere, naming the field and the place', () => {
    // What JSON.parse makes of "\ud800": a lone high surrogate, which would be stored as U+FFFD.
    const parsed = JSON.parse(
      '{"wire": "Berlin \\ud800 (dpa)", "outlets": ["ok", {"name": "Taz\\udc00", "text": "ok"}]}',
    );
    const result = validateComparisonInput(parsed);
    expect(result.ok === false && result.errors).toEqual([
      {
        field: 'wire',
        message:
          'The wire text contains U+D800 (a lone UTF-16 surrogate, which is not a character) at character 8; remove it and send again.',
      },
      {
        field: 'outlets.1.name',
        message:
          'The name contains U+DC00 (a lone UTF-16 surrogate, which is not a character) at character 4; remove it and send again.',
      },
    ]);
    // A real pair (an emoji) is fine.
    expect(fields({ title: 'Gipfel 🇩🇪', wire: 'Ein Satz 😀.', outlets: ['y'] })).toEqual([]);
  });
  it('refuses control characters in names and titles, and all but tab and line breaks in texts', () => {
    expect(
      fields({
        title: 'Gipfel\u001b[31m',
        wire: 'Satz eins.\tSatz zwei.\r\nSatz drei.',
        outlets: [
          { name: 'Taz\u0007', text: 'Ein Satz.' },
          { name: 'Zeit\u0085', text: 'Ein Satz.' },
          { name: 'Spiegel\nOnline', text: 'Ein Satz.' },
          { name: 'FAZ', text: 'Ein \u001b Satz.' },
          { name: 'SZ', text: 'Ein \u000c Satz.' },
        ],
      }),
    ).toEqual([
      'title',
      'outlets.0.name',
      'outlets.1.name',
      'outlets.2.name',
      'outlets.3.text',
      'outlets.4.text',
    ]);
    const result = validateComparisonInput({ wire: 'x', outlets: [{ name: 'Taz\u0000', text: 'y' }] });
    expect(result.ok === false && result.errors[0]!.message).toBe(
      'The name contains U+0000 (a control character) at character 4; remove it and send again.',
    );
  });
});

describe('validateComparisonInput: metadata', () => {
  it('keeps the agency, the wire date and each outlet URL and date', () => {
    const result = validateComparisonInput({
      agency: ' dpa ',
      wirePublished: '2024-10-28T14:05:00+01:00',
      wire: 'Wire text.',
      outlets: [{ name: 'A', text: 'Outlet text.', url: 'https://a.example/x', published: '2024-10-29' }],
    });
    expect(result).toMatchObject({
      ok: true,
      draft: {
        agency: 'dpa',
        wirePublished: '2024-10-28T14:05:00+01:00',
        outlets: [{ name: 'A', text: 'Outlet text.', url: 'https://a.example/x', published: '2024-10-29' }],
      },
    });
  });
  it('names every bad metadata field and leaves empty ones out', () => {
    const result = validateComparisonInput({
      agency: '',
      wirePublished: '28.10.2024',
      wire: 'Wire text.',
      outlets: [{ text: 'Outlet text.', url: 'javascript:alert(1)', published: '' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'wirePublished',
          message:
            "The wire's publication date must be an ISO 8601 date such as 2024-10-28 or 2024-10-28T14:05:00+01:00.",
        },
        { field: 'outlets.0.url', message: 'The URL of outlet 1 must be an http:// or https:// address.' },
      ],
    });
  });
});

describe('validateComparisonInput: one-line metadata', () => {
  it('refuses control characters and lone surrogates in the agency, URLs and wire version labels', () => {
    const result = validateComparisonInput({
      agency: 'dpa\u0007',
      wire: 'Berlin (dpa) - Die Bahn fährt wieder.',
      wireVersions: [{ label: 'Eil\ud800', text: 'Berlin (dpa) - Die Bahn fährt wieder. Mehr.' }],
      outlets: [{ name: 'Taz', text: 'Die Bahn fährt wieder.', url: 'https://taz.de/\u0000' }],
    });
    expect(result.ok === false && result.errors).toEqual([
      {
        field: 'agency',
        message: 'The agency contains U+0007 (a control character) at character 4; remove it and send again.',
      },
      {
        field: 'wireVersions.0.label',
        message:
          'The label of wire version 2 contains U+D800 (a lone UTF-16 surrogate, which is not a character) at character 4; remove it and send again.',
      },
      {
        field: 'outlets.0.url',
        message:
          'The URL of outlet 1 contains U+0000 (a control character) at character 16; remove it and send again.',
      },
    ]);
  });
  it('counts list entries before checking them: 21 outlets get one message', () => {
    const result = validateComparisonInput({ wire: 'x', outlets: Array.from({ length: 21 }, () => 42) });
    expect(result.ok === false && result.errors).toEqual([
      { field: 'outlets', message: 'Too many outlet versions: 21; the limit is 20.' },
    ]);
    expect(fields({ wire: 'x', outlets: 'y'.repeat(30) })).toEqual(['outlets']);
  });
});
