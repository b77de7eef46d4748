import Link from 'next/link';
import { ColumnControls } from '@/components/client/column-controls';
import type { StoryView } from '@/lib/view/types';
import { rowsOfPage, rowWeight } from '@/lib/view/row-pages';
import { VerdictBadge } from './badges';
import { InTurns } from './in-turns';
import { RowPager } from './part-pager';
import { columnProps, SideBySideRowView } from './side-by-side-row';

/**
 * The wire and the versions in columns, row by row along the wire's sentences. Every version has its cells; the
 * derived ones are shown by default (every version, dimmed, when none is derived) and `?outlets=` brings in any.
 */
export function SideBySide({
  view,
  agency,
  basePath,
  page,
}: {
  view: StoryView;
  agency: string;
  basePath: string;
  /** The part of a long comparison to show (row-pages.ts); every row when not given. */
  page?: number;
}) {
  const columns = view.columns;
  const rows = page === undefined ? view.rows : rowsOfPage(view.rows, view.paging, page);
  const independent = view.independent;
  return (
    <section aria-labelledby="side-by-side-heading" className="mt-6">
      <h2 id="side-by-side-heading" className="text-lg font-semibold">
        Side by side
      </h2>
      <ColumnControls
        columns={columns.map(({ id, name, verdict, reuseShare, addedWords }) => ({
          id,
          name,
          verdict,
          reuseShare,
          addedWords,
        }))}
        defaults={view.defaultColumns}
      />
      {view.aligned.length === 0 && columns.length > 0 && (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">
          No version is derived from the wire: they are shown dimmed, and what looks shared is resemblance
          (the same facts, names or quotations), not copying.
        </p>
      )}
      {columns.length > 0 && <RowPager view={view} page={page} position="top" />}
      {columns.length > 0 && (
        <div
          className="sbs-scroll mt-3"
          tabIndex={0}
          role="region"
          aria-label="Side-by-side table, scrolls sideways"
        >
          <div role="table" aria-label="Wire sentences and each version's matching sentences" className="sbs">
            <div role="rowgroup" className="sbs-head">
              <div role="row" className="sbs-row border-b-2 border-stone-400 text-sm font-semibold">
                <div role="columnheader" data-col="wire" className="sbs-pin p-2">
                  {agency ? `Wire (${agency})` : 'Wire'}
                </div>
                {columns.map((outlet) => (
                  <div role="columnheader" key={outlet.id} {...columnProps(outlet)} className="p-2">
                    {outlet.name} <VerdictBadge verdict={outlet.verdict} className="ml-1" />
                  </div>
                ))}
              </div>
            </div>
            <div role="rowgroup">
              <InTurns
                items={rows}
                weight={rowWeight}
                render={(row) => (
                  <SideBySideRowView
                    key={row.type === 'wire' ? row.wire.id : row.key}
                    row={row}
                    columns={columns}
                  />
                )}
              />
            </div>
          </div>
        </div>
      )}
      {columns.length > 0 && <RowPager view={view} page={page} position="bottom" />}
      {independent.length > 0 && view.aligned.length > 0 && (
        <section
          aria-labelledby="independent-heading"
          className="mt-6 rounded-lg border border-stone-300 p-3 dark:border-stone-700"
        >
          <h3 id="independent-heading" className="font-semibold">
            Not derived from the wire
          </h3>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            These versions report the same event independently, so they are not put into rows unless you tick
            them under Columns (they are then shown dimmed).
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {independent.map((outlet) => (
              <li key={outlet.id} data-outlet={outlet.id} data-verdict="independent">
                <Link
                  href={`${basePath}/outlets/${outlet.id}`}
                  className="font-medium text-sky-800 underline dark:text-sky-300"
                >
                  {outlet.name}
                </Link>
                : {outlet.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
