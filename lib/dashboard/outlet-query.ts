/**
 * The outlets table's query from URL parameters (?from=&to=&agency=&q=&sort=&dir=), checked by zod schemas with a
 * message per bad field (lib/input/query.ts); and the table's sorting. Dates are UTC days (YYYY-MM-DD), both
 * ends included: the aggregates are kept per day, so a day is the finest filter that stays exact.
 * Known weakness: sorting happens in memory over the filtered outlets — thousands of outlets, not millions.
 */
import { z } from 'zod';
import type { FieldError } from '../input/fields';
import { dayParam, parseQuery, type QueryParams } from '../input/query';
import type { OutletFigures } from './types';

/** The columns the table sorts by. */
export const OUTLET_SORT_KEYS = [
  'outlet',
  'articles',
  'derived',
  'derivedShare',
  'partial',
  'partialShare',
  'independent',
  'independentShare',
  'medianReuseShare',
  'medianWireCoverage',
  'medianLagHours',
] as const;

export type OutletSortKey = (typeof OUTLET_SORT_KEYS)[number];

/** A checked query. */
export interface OutletQuery {
  /** Articles published on or after this day (YYYY-MM-DD, UTC). */
  from?: string;
  /** Articles published on or before this day (YYYY-MM-DD, UTC). */
  to?: string;
  agency?: string;
  /** A substring of the outlet name, any case. */
  name?: string;
  sort: OutletSortKey;
  dir: 'asc' | 'desc';
}

/** A bad parameter and what to send instead. */
export type QueryProblem = FieldError;

const dayOf = (field: 'from' | 'to') =>
  dayParam((value) => `"${field}" must be a day like 2024-10-28 (got "${value}").`);

/** The day range's parameters (both days included, UTC). */
const DAY_RANGE = { from: dayOf('from'), to: dayOf('to') };

/** The outlets table's other parameters. */
const OUTLET_FILTERS = {
  agency: z.string(),
  q: z.string(),
  sort: z.enum(OUTLET_SORT_KEYS, {
    error: (issue) => `Unknown sort "${issue.input}": use one of ${OUTLET_SORT_KEYS.join(', ')}.`,
  }),
  dir: z.enum(['asc', 'desc'], { error: (issue) => `"dir" must be asc or desc (got "${issue.input}").` }),
};

/** The day range of `params` (from, to; both inclusive, UTC), checked. */
export function parseDayRange(params: QueryParams): { from?: string; to?: string; problems: QueryProblem[] } {
  const { values: range, problems } = parseQuery(DAY_RANGE, params);
  if (range.from && range.to && range.from > range.to)
    problems.push({ field: 'to', message: `"to" (${range.to}) is before "from" (${range.from}).` });
  return { ...range, problems };
}

/** The outlets query of `params`; bad fields are reported and left out (the rest still applies). */
export function parseOutletQuery(params: QueryParams): { query: OutletQuery; problems: QueryProblem[] } {
  const { problems, ...range } = parseDayRange(params);
  const { values, problems: filterProblems } = parseQuery(OUTLET_FILTERS, params);
  const sort = values.sort ?? 'articles';
  const dir = values.dir ?? (sort === 'outlet' ? 'asc' : 'desc');
  return {
    query: {
      ...range,
      ...(values.agency ? { agency: values.agency } : {}),
      ...(values.q ? { name: values.q } : {}),
      sort,
      dir,
    },
    problems: [...problems, ...filterProblems],
  };
}

/** The value an outlet is sorted by; shares are of the outlet's articles. */
function sortValue(row: OutletFigures, key: OutletSortKey): number | string | null {
  switch (key) {
    case 'outlet':
      return row.outlet.toLocaleLowerCase('de');
    case 'derivedShare':
      return row.articles ? row.derived / row.articles : null;
    case 'partialShare':
      return row.articles ? row.partial / row.articles : null;
    case 'independentShare':
      return row.articles ? row.independent / row.articles : null;
    default:
      return row[key];
  }
}

/**
 * The rows of the outlets table: the outlets whose name contains `name` (any case), sorted by the query's column,
 * missing values last.
 */
export function outletTableRows(rows: readonly OutletFigures[], query: OutletQuery): OutletFigures[] {
  const needle = query.name?.toLocaleLowerCase('de');
  const sign = query.dir === 'asc' ? 1 : -1;
  return rows
    .filter((row) => !needle || row.outlet.toLocaleLowerCase('de').includes(needle))
    .sort((a, b) => {
      const x = sortValue(a, query.sort);
      const y = sortValue(b, query.sort);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'string' ? x.localeCompare(y as string, 'de') : x - (y as number);
      return order * sign || a.outlet.localeCompare(b.outlet, 'de');
    });
}
