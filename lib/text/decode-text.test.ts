import { describe, expect, it } from 'vitest';
import { checkText, decodeText } from './decode-text';
import { findArchiveMarker } from './archive-marker';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('keeps umlauts, guillemets and emoji, and drops a BOM', () => {
    expect(decodeText(utf8('\uFEFFBrüssel (dpa) - «Zitat» 🙂'))).toEqual({
      ok: true,
      text: 'Brüssel (dpa) - «Zitat» 🙂',
    });
  });
  it('refuses NUL bytes as binary', () => {
    expect(decodeText(Uint8Array.from([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, problem: 'binary' });
  });
  it('refuses invalid UTF-8 (a Latin-1 file) instead of guessing', () => {
    expect(decodeText(Uint8Array.from([0x42, 0x72, 0xfc, 0x73, 0x73, 0x65, 0x6c]))).toMatchObject({
      ok: false,
      problem: 'encoding',
    });
  });
  it('refuses empty and whitespace-only text', () => {
    expect(decodeText(utf8(''))).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkText(' \n\t\r\n')).toMatchObject({ ok: false, problem: 'empty' });
  });
  it('accepts CRLF and right-to-left text', () => {
    expect(checkText('שלום עולם\r\nمرحبا')).toMatchObject({ ok: true });
  });
});

describe('findArchiveMarker', () => {
  it('finds a leading " date YYYY-MM " marker and its length', () => {
    expect(findArchiveMarker(' date 2024-10 Brüssel (dpa) -')).toEqual({ date: '2024-10', length: 14 });
    expect(findArchiveMarker(' date 2024-11-03 Text')).toEqual({ date: '2024-11-03', length: 17 });
  });
  it('ignores the word "date" inside text', () => {
    expect(findArchiveMarker('An update date 2024-10 was set')).toBeNull();
  });
});
