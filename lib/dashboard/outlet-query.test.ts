import { describe, expect, it } from 'vitest';
import { parseOutletQuery, outletTableRows } from './outlet-query';
import type { OutletFigures } from './types';

const outlet = (name: string, articles: number, derived: number, lag: number | null): OutletFigures => ({
  outlet: name,
  slug: name.toLowerCase(),
  articles,
  derived,
  partial: 0,
  independent: articles - derived,
  medianReuseShare: derived / articles,
  medianWireCoverage: 0.5,
  medianLagHours: lag,
});
const rows = [outlet('Spiegel', 10, 8, 2), outlet('taz', 20, 5, null), outlet('Die Zeit', 4, 4, 1)];

describe('parseOutletQuery', () => {
  it('reads a day range, agency, name and sort', () => {
    const { query, problems } = parseOutletQuery({
      from: '2024-10-01',
      to: '2024-10-31',
      agency: 'dpa',
      q: 'zeit',
      sort: 'medianLagHours',
      dir: 'asc',
    });
    expect(problems).toEqual([]);
    expect(query).toEqual({
      from: '2024-10-01',
      to: '2024-10-31',
      agency: 'dpa',
      name: 'zeit',
      sort: 'medianLagHours',
      dir: 'asc',
    });
  });

  it('names each bad field and keeps the rest', () => {
    const { query, problems } = parseOutletQuery({ from: '2024-02-31', to: 'yesterday', sort: 'bogus' });
    expect(problems.map((p) => p.field)).toEqual(['from', 'to', 'sort']);
    expect(problems[0]!.message).toContain('2024-02-31');
    expect(query).toEqual({ sort: 'articles', dir: 'desc' });
  });

  it('refuses a range that ends before it starts', () => {
    expect(parseOutletQuery({ from: '2024-11-01', to: '2024-10-01' }).problems[0]!.field).toBe('to');
    expect(parseOutletQuery({ from: '2024-13-45' }).problems[0]!.message).toContain('"2024-13-45"');
  });
});

describe('outletTableRows', () => {
  it('sorts by a share column, largest first', () => {
    const sorted = outletTableRows(rows, { sort: 'derivedShare', dir: 'desc' });
    expect(sorted.map((r) => r.outlet)).toEqual(['Die Zeit', 'Spiegel', 'taz']);
  });

  it('puts outlets without a lag last in either direction', () => {
    expect(outletTableRows(rows, { sort: 'medianLagHours', dir: 'asc' }).map((r) => r.outlet)).toEqual([
      'Die Zeit',
      'Spiegel',
      'taz',
    ]);
    expect(outletTableRows(rows, { sort: 'medianLagHours', dir: 'desc' }).at(-1)!.outlet).toBe('taz');
  });

  it('filters by a name substring in any case and sorts names alphabetically', () => {
    expect(outletTableRows(rows, { sort: 'outlet', dir: 'asc', name: 'I' }).map((r) => r.outlet)).toEqual([
      'Die Zeit',
      'Spiegel',
    ]);
  });
});
