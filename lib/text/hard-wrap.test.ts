import { describe, expect, it } from 'vitest';
import { hardWrap } from './hard-wrap';

describe('hardWrap', () => {
  it('breaks long lines greedily at spaces and keeps paragraph breaks', () => {
    expect(hardWrap('Der Bund trägt die Kosten für neue Deiche.\n\nKurz.', 20)).toBe(
      'Der Bund trägt die\nKosten für neue\nDeiche.\n\nKurz.',
    );
  });
  it('puts a word longer than the width on a line of its own', () => {
    expect(hardWrap('ein Donaudampfschifffahrtsgesellschaftskapitän kam', 10)).toBe(
      'ein\nDonaudampfschifffahrtsgesellschaftskapitän\nkam',
    );
  });
});
