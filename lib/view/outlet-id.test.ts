import { describe, expect, it } from 'vitest';
import { outletIdFor } from './outlet-id';

describe('outletIdFor', () => {
  it('keeps a readable slug of the article id and stays the same for the same id', () => {
    const id = outletIdFor('spiegel/2024/Nato-Rütte.txt');
    expect(id).toMatch(/^a-spiegel-2024-nato-rutte-txt-[0-9a-z]{7}$/);
    expect(outletIdFor('spiegel/2024/Nato-Rütte.txt')).toBe(id);
  });
  it('keeps ids apart whose slugs collide', () => {
    expect(outletIdFor('a/b')).not.toBe(outletIdFor('a-b'));
  });
  it('gives ids without letters or digits a hash alone, safe in CSS selectors and URLs', () => {
    expect(outletIdFor('«»')).toMatch(/^a-[0-9a-z]{7}$/);
  });
});
