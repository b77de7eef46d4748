import { describe, expect, it } from 'vitest';
import { CLASS_OF_VERDICT, isLabel, readLabel } from './labels';

describe('labels', () => {
  it('reads what a person types, and nothing outside the scheme', () => {
    expect(['WD', 'pd', ' nd ', 'Unsure', 'UNSURE'].map(readLabel)).toEqual([
      'WD',
      'PD',
      'ND',
      'unsure',
      'unsure',
    ]);
    expect(['', 'W D', '1', 'derived', 'RW'].map(readLabel)).toEqual([null, null, null, null, null]);
  });
  it('accepts exactly the scheme’s spellings as stored labels', () => {
    expect(['WD', 'PD', 'ND', 'unsure'].every(isLabel)).toBe(true);
    expect(['wd', 'Unsure', 3, null].some(isLabel)).toBe(false);
  });
  it('pairs each tool verdict with its METER class', () => {
    expect(CLASS_OF_VERDICT).toEqual({ derived: 'WD', partial: 'PD', independent: 'ND' });
  });
});
