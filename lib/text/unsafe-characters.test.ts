import { describe, expect, it } from 'vitest';
import { findUnsafeCharacter } from './unsafe-characters';

describe('findUnsafeCharacter', () => {
  it('passes ordinary German copy with umlauts, quotes, emoji and line breaks', () => {
    const text = 'Berlin (dpa) – „Wir prüfen das“, sagte Müller.\r\n\tMehr folgt 👍.';
    expect(findUnsafeCharacter(text, 'body')).toBeNull();
    expect(findUnsafeCharacter('Süddeutsche Zeitung', 'label')).toBeNull();
  });
  it('finds a lone high or low surrogate, and its offset', () => {
    expect(findUnsafeCharacter('ab\uD800c', 'body')).toEqual({
      offset: 2,
      codePoint: 'U+D800',
      reason: 'a lone UTF-16 surrogate, which is not a character',
    });
    expect(findUnsafeCharacter('\uDC00', 'label')?.codePoint).toBe('U+DC00');
    expect(findUnsafeCharacter('ends high \uD83D', 'body')?.offset).toBe(10);
    // A low surrogate right after a complete pair is still alone.
    expect(findUnsafeCharacter('😀\uDE00', 'body')?.offset).toBe(2);
  });
  it('allows tab and line breaks in bodies but not in labels', () => {
    expect(findUnsafeCharacter('a\tb\nc', 'body')).toBeNull();
    expect(findUnsafeCharacter('a\tb', 'label')?.codePoint).toBe('U+0009');
    expect(findUnsafeCharacter('Zeit\u0085', 'label')?.codePoint).toBe('U+0085');
    expect(findUnsafeCharacter('bell\u0007', 'body')?.codePoint).toBe('U+0007');
    expect(findUnsafeCharacter('esc\u001b[0m', 'body')?.offset).toBe(3);
  });
});
