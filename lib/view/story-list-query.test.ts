import { describe, expect, it } from 'vitest';
import { parseStoryListQuery, storyListHref } from './story-list-query';

describe('parseStoryListQuery', () => {
  it('reads the filters and the page', () => {
    expect(
      parseStoryListQuery({
        title: ' Nato ',
        agency: 'dpa',
        from: '2024-10-01',
        to: '2024-10-31',
        page: '3',
      }),
    ).toEqual({
      query: { title: 'Nato', agency: 'dpa', from: '2024-10-01', to: '2024-10-31', page: 3 },
      problems: [],
    });
  });
  it('drops and reports what it cannot use, keeping the rest', () => {
    const { query, problems } = parseStoryListQuery({ title: 'Kursk', from: '31.10.2024', page: 'zwei' });
    expect(query).toEqual({ title: 'Kursk', page: 1 });
    expect(problems).toEqual([
      { field: 'from', message: '"31.10.2024" is not a date: write it as YYYY-MM-DD.' },
      { field: 'page', message: '"zwei" is not a page number.' },
    ]);
  });
  it('refuses an end date before the start date', () => {
    const { query, problems } = parseStoryListQuery({ from: '2024-10-31', to: '2024-10-01' });
    expect(query).toEqual({ from: '2024-10-31', page: 1 });
    expect(problems[0]!.field).toBe('to');
  });
});

describe('storyListHref', () => {
  it('keeps the filters in paging links and leaves out page 1', () => {
    expect(storyListHref({ title: 'Nato Kursk', agency: 'dpa', page: 2 })).toBe(
      '/?title=Nato+Kursk&agency=dpa&page=2',
    );
    expect(storyListHref({ page: 1 })).toBe('/');
  });
});
