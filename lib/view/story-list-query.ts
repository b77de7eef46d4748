/**
 * The home page's story search, read from the URL: `?title=&agency=&from=&to=&page=`, checked by a zod schema per
 * parameter (lib/input/query.ts). A bad value never fails the page: it is dropped and reported, so the reader
 * sees the unfiltered list and what to fix.
 */
import { z } from 'zod';
import { dayParam, parseQuery, type QueryParams } from '../input/query';

/** The filters of the story list, as the corpus store takes them. */
export interface StoryListQuery {
  page: number;
  title?: string;
  agency?: string;
  from?: string;
  to?: string;
}

/** What a field of the search form holds and, if it was refused, why. */
export interface StoryListParse {
  query: StoryListQuery;
  /** Refused fields with a message each, in form order. */
  problems: Array<{ field: 'title' | 'agency' | 'from' | 'to' | 'page'; message: string }>;
}

// Long enough for any headline; longer input is a paste accident, not a search.
const MAX_FILTER_CHARS = 200;

const filterText = (field: 'title' | 'agency') =>
  z.string().refine((value) => value.length <= MAX_FILTER_CHARS, {
    error: `The ${field} filter is longer than ${MAX_FILTER_CHARS} characters.`,
  });
const day = dayParam((value) => `"${value}" is not a date: write it as YYYY-MM-DD.`);

/** The story list's filters, in the order of the search form. */
const STORY_FILTERS = { title: filterText('title'), agency: filterText('agency'), from: day, to: day };

/** The page of the list, after the filters. */
const STORY_PAGE = {
  page: z
    .string()
    .refine((value) => /^\d{1,6}$/.test(value) && Number(value) >= 1, {
      error: (issue) => `"${issue.input}" is not a page number.`,
    })
    .transform(Number),
};

/** Parses the search parameters of the story list. */
export function parseStoryListQuery(params: QueryParams): StoryListParse {
  const { values: filters, problems } = parseQuery(STORY_FILTERS, params);
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push({
      field: 'to',
      message: `The end date ${filters.to} is before the start date ${filters.from}.`,
    });
    delete filters.to;
  }
  const { values: paging, problems: pageProblems } = parseQuery(STORY_PAGE, params);
  return {
    query: { page: paging.page ?? 1, ...filters },
    problems: [...problems, ...pageProblems],
  };
}

/** The URL of the story list for a query (empty fields left out), for paging links. */
export function storyListHref(query: StoryListQuery): string {
  const params = new URLSearchParams();
  for (const key of ['title', 'agency', 'from', 'to'] as const) if (query[key]) params.set(key, query[key]);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `/?${search}` : '/';
}
