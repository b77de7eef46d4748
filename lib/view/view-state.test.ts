import { describe, expect, it } from 'vitest';
import { formatOutletOrder, parseOutletOrder } from './view-state';

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
});
