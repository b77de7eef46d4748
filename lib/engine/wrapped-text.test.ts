import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { hardWrap } from '../text/hard-wrap';
import { compare } from './compare';

const seed = seedTexts();
const outlets = Object.values(seed.outlets);
const figures = (wire: string, texts: string[]) =>
  compare(wire, texts).outlets.map((outlet) => ({
    verdict: outlet.verdict,
    reuse: outlet.stats.reuseShare * 100,
    coverage: outlet.stats.wireCoverage * 100,
  }));

describe('compare on hard-wrapped text (issue 14)', () => {
  const asPublished = figures(seed.wire, outlets);
  for (const width of [72, 60]) {
    it(`gives the seed story the same verdicts and figures within one point when wrapped at ${width} columns`, () => {
      const wrapped = figures(
        hardWrap(seed.wire, width),
        outlets.map((text) => hardWrap(text, width)),
      );
      wrapped.forEach((outlet, i) => {
        expect(outlet.verdict).toBe(asPublished[i]!.verdict);
        expect(Math.abs(outlet.reuse - asPublished[i]!.reuse)).toBeLessThanOrEqual(1);
        expect(Math.abs(outlet.coverage - asPublished[i]!.coverage)).toBeLessThanOrEqual(1);
      });
    });
  }
  it('cuts the wrapped wire into as many units as the wire in paragraphs', () => {
    const units = (wire: string) => compare(wire, []).wire.units.length;
    expect(units(hardWrap(seed.wire, 72))).toBe(units(seed.wire));
  });
});
