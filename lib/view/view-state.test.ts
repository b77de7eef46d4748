import { describe, expect, it } from 'vitest';
import { formatOutletOrder, parseAdditionsOnly, parseOutletOrder } from './view-state';

const all = ['outlet-001', 'outlet-002', 'outlet-003'];

describe('the outlets parameter', () => {
  it('keeps known ids in the given order', () => {
    expect(parseOutletOrder('outlet-003,outlet-001', all)).toEqual(['outlet-003', 'outlet-001']);
  });
  it('falls back to all outlets for missing, empty or unknown values, and drops duplicates', () => {
    expect(parseOutletOrder(null, all)).toEqual(all);
    expect(parseOutletOrder(',,', all)).toEqual(all);
    expect(parseOutletOrder('nope,<script>', all)).toEqual(all);
    expect(parseOutletOrder('outlet-002,outlet-002,x', all)).toEqual(['outlet-002']);
  });
  it('is left out of links when it is the default', () => {
    expect(formatOutletOrder(all, all)).toBeNull();
    expect(formatOutletOrder(['outlet-002'], all)).toBe('outlet-002');
  });
  it('can name a version outside the defaults, and falls back to the defaults', () => {
    const defaults = ['outlet-002', 'outlet-001'];
    expect(parseOutletOrder('outlet-003', all, defaults)).toEqual(['outlet-003']);
    expect(parseOutletOrder(null, all, defaults)).toEqual(defaults);
    expect(formatOutletOrder(defaults, defaults)).toBeNull();
  });
  it('reads the additions-only switch', () => {
    expect(parseAdditionsOnly('added')).toBe(true);
    expect(parseAdditionsOnly('yes')).toBe(false);
    expect(parseAdditionsOnly(null)).toBe(false);
  });
});
