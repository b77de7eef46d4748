/**
 * The home page's story search, read from the URL: `?title=&agency=&from=&to=&page=`. A bad value never fails
 * the page: it is dropped and reported, so the reader sees the unfiltered list and what to fix.
 */

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
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** Parses the search parameters of the story list. */
export function parseStoryListQuery(params: Record<string, string | string[] | undefined>): StoryListParse {
  const problems: StoryListParse['problems'] = [];
  const query: StoryListQuery = { page: 1 };
  for (const field of ['title', 'agency'] as const) {
    const value = single(params[field]);
    if (value.length > MAX_FILTER_CHARS)
      problems.push({ field, message: `The ${field} filter is longer than ${MAX_FILTER_CHARS} characters.` });
    else if (value) query[field] = value;
  }
  for (const field of ['from', 'to'] as const) {
    const value = single(params[field]);
    if (!value) continue;
    if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      problems.push({ field, message: `"${value}" is not a date: write it as YYYY-MM-DD.` });
    else query[field] = value;
  }
  if (query.from && query.to && query.from > query.to) {
    problems.push({
      field: 'to',
      message: `The end date ${query.to} is before the start date ${query.from}.`,
    });
    delete query.to;
  }
  const page = single(params.page);
  if (page) {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) query.page = Number(page);
    else problems.push({ field: 'page', message: `"${page}" is not a page number.` });
  }
  return { query, problems };
}

/** The URL of the story list for a query (empty fields left out), for paging links. */
export function storyListHref(query: StoryListQuery): string {
  const params = new URLSearchParams();
  for (const key of ['title', 'agency', 'from', 'to'] as const) if (query[key]) params.set(key, query[key]);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `/?${search}` : '/';
}
