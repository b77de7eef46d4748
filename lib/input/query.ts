/**
 * URL query parameters checked with zod, field by field: a page's filters come from links people edit and share,
 * so a bad one is reported beside its field and left out while the rest still applies — it never blanks the page.
 * (An API answers 400 when anything was reported.)
 * Method: each parameter is read as Next and URLSearchParams give it (the first of repeated values, trimmed; empty
 * is absent) and parsed by its own schema of the query's shape, in the shape's order.
 */
import { z } from 'zod';
import type { FieldError } from './fields';

/** URL parameters as a page's `searchParams` or `Object.fromEntries(url.searchParams)` give them. */
export type QueryParams = Record<string, string | string[] | undefined>;

/** What a query's parameters hold: each one's value when it passed its schema. */
export type QueryValues<S extends Record<string, z.ZodType>> = { [K in keyof S]?: z.output<S[K]> };

/** A parameter's value: the first of repeated ones, trimmed; absent when empty. */
export function queryParam(params: QueryParams, key: string): string | undefined {
  const value = params[key];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim() || undefined;
}

/** Every parameter of `shape` parsed by its schema; the ones that fail are reported with their message and left out. */
export function parseQuery<S extends Record<string, z.ZodType>>(
  shape: S,
  params: QueryParams,
): { values: QueryValues<S>; problems: Array<FieldError & { field: keyof S & string }> } {
  const values: QueryValues<S> = {};
  const problems: Array<FieldError & { field: keyof S & string }> = [];
  for (const field of Object.keys(shape) as Array<keyof S & string>) {
    const raw = queryParam(params, field);
    if (raw === undefined) continue;
    const parsed = shape[field]!.safeParse(raw);
    if (parsed.success) values[field] = parsed.data as z.output<S[typeof field]>;
    else problems.push({ field, message: parsed.error.issues[0]!.message });
  }
  return { values, problems };
}

/** Whether `value` is a day that exists, written YYYY-MM-DD (2024-02-31 is a typo, not 2 March). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A day parameter (YYYY-MM-DD, a day that exists); `message` says what was wrong with the value given. */
export const dayParam = (message: (value: string) => string) =>
  z.string().refine(isCalendarDay, { error: (issue) => message(issue.input as string) });
