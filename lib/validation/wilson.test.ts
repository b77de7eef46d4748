import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson';

// Newcombe, "Two-sided confidence intervals for the single proportion" (Statistics in Medicine 1998), Table II,
// method 3 (score interval without continuity correction), to four decimals.
describe('wilsonInterval against Newcombe (1998)', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i is [%f, %f]', (x, n, low, high) => {
    const [lo, hi] = wilsonInterval(x, n)!;
    expect(lo).toBeCloseTo(low, 4);
    expect(hi).toBeCloseTo(high, 4);
  });
});

describe('wilsonInterval', () => {
  it('stays inside [0, 1] and is not empty at n of n, unlike the Wald interval', () => {
    expect(wilsonInterval(20, 20)).toEqual([expect.closeTo(0.8389, 4), 1]);
    expect(wilsonInterval(0, 1)).toEqual([0, expect.closeTo(0.7935, 4)]);
  });
  it('is symmetric: x of n mirrors n − x of n', () => {
    const [lo, hi] = wilsonInterval(7, 30)!;
    const [mlo, mhi] = wilsonInterval(23, 30)!;
    expect(lo).toBeCloseTo(1 - mhi, 12);
    expect(hi).toBeCloseTo(1 - mlo, 12);
  });
  it('is null without trials and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });
});
