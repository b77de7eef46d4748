import { describe, expect, it } from 'vitest';
import { bootstrapAlpha, quantile } from './bootstrap-alpha';
import { alphaOf, tallyUnits } from './krippendorff-alpha';
import { createRandom, type Random } from './random';

const CLASSES = ['WD', 'PD', 'ND'];

/**
 * Two coders on `units` articles whose true class is uniform over WD/PD/ND: the first codes it right, the second
 * gives the true class with probability `p` and otherwise a uniform guess. Both then have uniform marginals and
 * disagree with probability (1 − p)(1 − 1/3), against 1 − 1/3 expected by chance, so the population α is exactly p.
 */
function twoCoders(p: number, units: number, random: Random): string[][] {
  const first: string[] = [];
  const second: string[] = [];
  for (let u = 0; u < units; u += 1) {
    const truth = CLASSES[random.below(3)]!;
    first.push(truth);
    second.push(random.next() < p ? truth : CLASSES[random.below(3)]!);
  }
  return [first, second];
}

describe('quantile', () => {
  it('interpolates between order statistics like R type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10], 0.975)).toBe(10);
  });
});

describe('bootstrapAlpha', () => {
  const data = tallyUnits(twoCoders(0.7, 200, createRandom(7, 'data')));

  it('gives the same interval for the same seed and a slightly different one for another', () => {
    const once = bootstrapAlpha(data, 42);
    expect(bootstrapAlpha(data, 42)).toEqual(once);
    const other = bootstrapAlpha(data, 43).ci!;
    expect(other).not.toEqual(once.ci);
    expect(Math.abs(other[0] - once.ci![0])).toBeLessThan(0.03);
  });

  it('brackets α on 200 articles with a width of about ±2 standard errors', () => {
    const alpha = alphaOf(data).value!;
    const { ci, replicates, undefined: none } = bootstrapAlpha(data, 1);
    expect(replicates).toBe(2000);
    expect(none).toBe(0);
    expect(ci![0]).toBeLessThan(alpha);
    expect(ci![1]).toBeGreaterThan(alpha);
    // For α ≈ 0.7 over 200 units of three classes the standard error is about 0.04–0.05: a width near 0.18.
    expect(ci![1] - ci![0]).toBeGreaterThan(0.12);
    expect(ci![1] - ci![0]).toBeLessThan(0.24);
  });

  it('covers the true α in close to 95 % of 200 simulated studies of 100 articles', () => {
    const random = createRandom(2024, 'coverage');
    let covered = 0;
    const studies = 200;
    for (let s = 0; s < studies; s += 1) {
      const { ci } = bootstrapAlpha(tallyUnits(twoCoders(0.6, 100, random)), s, 1000);
      if (ci && ci[0] <= 0.6 && 0.6 <= ci[1]) covered += 1;
    }
    // Binomial spread of 200 studies at 95 %: ±3 points; percentile intervals run a little narrow at n = 100.
    expect(covered / studies).toBeGreaterThan(0.89);
    expect(covered / studies).toBeLessThanOrEqual(0.99);
  });

  it('is [1, 1] when the coders agree on every article and null without an α', () => {
    const agree = tallyUnits([
      ['WD', 'PD', 'ND', 'WD', 'ND', 'ND'],
      ['WD', 'PD', 'ND', 'WD', 'ND', 'ND'],
    ]);
    const perfect = bootstrapAlpha(agree, 5);
    expect(perfect.ci).toEqual([1, 1]);
    // A resample of only WD units has no variation, hence no α: those are counted, not averaged in.
    expect(perfect.undefined).toBeGreaterThan(0);
    expect(bootstrapAlpha(tallyUnits([['WD', 'WD']]), 5)).toEqual({ ci: null, replicates: 0, undefined: 0 });
  });
});
