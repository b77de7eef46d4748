import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from './scales';

describe('linearScale', () => {
  it('rounds the domain up to a round step and maps it upwards onto a vertical axis', () => {
    const y = linearScale(37, [200, 0], 5);
    expect(y.ticks).toEqual([0, 10, 20, 30, 40]);
    expect(y(0)).toBe(200);
    expect(y(40)).toBe(0);
    expect(y(20)).toBe(100);
  });

  it('ticks shares in steps of 20 %', () => {
    expect(linearScale(1, [100, 0], 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('bandScale', () => {
  it('spreads four bands evenly with padding between them', () => {
    const bands = bandScale(4, [0, 400], 0.2);
    expect(bands.step).toBe(100);
    expect(bands.width).toBe(80);
    expect(bands.start(0)).toBe(10);
    expect(bands.start(3)).toBe(310);
  });

  it('keeps a lone band narrow and centred', () => {
    const bands = bandScale(1, [0, 400], 0.2, 40);
    expect(bands.width).toBe(40);
    expect(bands.start(0)).toBe(180);
  });
});
