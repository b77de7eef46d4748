/**
 * The outlets table's query from URL parameters (?from=&to=&agency=&q=&sort=&dir=), checked, with a message per
 * bad field; and the table's sorting. Dates are UTC days (YYYY-MM-DD), both ends included: the aggregates are kept
 * per day, so a day is the finest filter that stays exact.
 * Known weakness: sorting happens in memory over the filtered outlets — thousands of outlets, not millions.
 */
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
export interface QueryProblem {
  field: string;
  message: string;
}

type Params = Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string {
  const value = params[key];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day parameter (YYYY-MM-DD, a day that exists), or a problem naming the field. */
export function parseDayParam(field: string, value: string): { day: string } | { problem: QueryProblem } {
  const match = DATE_ONLY.exec(value);
  // Date.parse rolls 2024-02-31 over into March: a day that does not exist is a typo, not a date.
  const time = match ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  return valid
    ? { day: value }
    : { problem: { field, message: `"${field}" must be a day like 2024-10-28 (got "${value}").` } };
}

/** The day range of `params` (from, to; both inclusive, UTC), checked. */
export function parseDayRange(params: Params): { from?: string; to?: string; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const range: { from?: string; to?: string } = {};
  for (const field of ['from', 'to'] as const) {
    const value = first(params, field);
    if (!value) continue;
    const parsed = parseDayParam(field, value);
    if ('problem' in parsed) problems.push(parsed.problem);
    else range[field] = parsed.day;
  }
  if (range.from && range.to && range.from > range.to)
    problems.push({ field: 'to', message: `"to" (${range.to}) is before "from" (${range.from}).` });
  return { ...range, problems };
}

/** The outlets query of `params`; bad fields are reported and left out (the rest still applies). */
export function parseOutletQuery(params: Params): { query: OutletQuery; problems: QueryProblem[] } {
  const { problems, ...range } = parseDayRange(params);
  const sortParam = first(params, 'sort');
  const sort = (OUTLET_SORT_KEYS as readonly string[]).includes(sortParam)
    ? (sortParam as OutletSortKey)
    : 'articles';
  if (sortParam && sort !== sortParam)
    problems.push({
      field: 'sort',
      message: `Unknown sort "${sortParam}": use one of ${OUTLET_SORT_KEYS.join(', ')}.`,
    });
  const dirParam = first(params, 'dir');
  if (dirParam && dirParam !== 'asc' && dirParam !== 'desc')
    problems.push({ field: 'dir', message: `"dir" must be asc or desc (got "${dirParam}").` });
  const dir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : sort === 'outlet' ? 'asc' : 'desc';
  const agency = first(params, 'agency');
  const name = first(params, 'q');
  return {
    query: { ...range, ...(agency ? { agency } : {}), ...(name ? { name } : {}), sort, dir },
    problems,
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
