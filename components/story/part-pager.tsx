import { PageLink } from '@/components/client/page-link';
import { pageCount, rowsOfPage } from '@/lib/view/row-pages';
import type { SideBySideRow, StoryView } from '@/lib/view/types';

/**
 * Moves between the parts of a long comparison or article (row-pages.ts, article-parts.ts): where this part
 * stands, what it holds, and links to the first, previous, next and last part. Nothing when there is one part.
 */
export function PartPager({
  page,
  count,
  holds,
  param,
  position,
}: {
  page: number;
  count: number;
  /** What this part holds, e.g. "wire sentences w12–w40". */
  holds: string;
  /** The query parameter that names the part. */
  param: 'rows' | 'part';
  position: 'top' | 'bottom';
}) {
  if (count <= 1) return null;
  const links: Array<[number, string, string]> = [
    [1, '« First', 'First part'],
    [page - 1, '‹ Previous', 'Previous part'],
    [page + 1, 'Next ›', 'Next part'],
    [count, 'Last »', 'Last part'],
  ];
  return (
    <nav
      aria-label={`Parts (${position})`}
      className="my-3 flex flex-wrap items-center gap-2 text-sm"
      data-print="hide"
    >
      <span className="font-medium">
        Part {page} of {count}
      </span>
      <span className="text-stone-600 dark:text-stone-400">({holds})</span>
      {links
        .filter(
          ([target, text]) =>
            target >= 1 &&
            target <= count &&
            target !== page &&
            // "First" and "Last" only where they differ from "Previous" and "Next".
            !(text.includes('First') && target === page - 1) &&
            !(text.includes('Last') && target === page + 1),
        )
        .map(([target, text, label]) => (
          <PageLink key={text} page={target} param={param} label={label}>
            {text}
          </PageLink>
        ))}
    </nav>
  );
}

/** The first and last wire sentence on a page of rows. */
function wireRange(rows: SideBySideRow[]): string {
  const ids = rows.flatMap((row) => (row.type === 'wire' ? [row.wire.id] : []));
  if (ids.length === 0) return 'additions only';
  return ids.length === 1 ? `wire sentence ${ids[0]}` : `wire sentences ${ids[0]}–${ids.at(-1)}`;
}

/** The pager of the side-by-side rows, the wire view and the heat map (`?rows=`); nothing when not paged. */
export function RowPager({
  view,
  page,
  position,
}: {
  view: StoryView;
  /** The part shown; not given when the view shows every row. */
  page: number | undefined;
  position: 'top' | 'bottom';
}) {
  if (page === undefined) return null;
  return (
    <PartPager
      page={page}
      count={pageCount(view.paging)}
      holds={wireRange(rowsOfPage(view.rows, view.paging, page))}
      param="rows"
      position={position}
    />
  );
}
