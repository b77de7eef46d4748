import { RovingGrid } from '@/components/client/roving-grid';
import { outcomesOfPage, sideBySideHref } from '@/lib/view/row-pages';
import type { StoryView } from '@/lib/view/types';
import { wireCellMark } from './marks';
import { RowPager } from './part-pager';

const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
/** More versions than this do not fit a phone's width: the caption says the table scrolls. */
const VERSIONS_ON_A_PHONE = 4;

/**
 * One row per wire sentence, one column per outlet (most derived first); each cell kept / edited / dropped,
 * linking to its row in the side-by-side view. The grid is one Tab stop; the arrow keys move inside it.
 */
export function HeatMap({
  view,
  rowsHref,
  page,
}: {
  view: StoryView;
  rowsHref: string;
  /** The part of a long comparison whose wire sentences are shown (row-pages.ts); all when not given. */
  page?: number;
}) {
  const outcomes = outcomesOfPage(view.wireOutcomes, view.paging, page);
  const statusOf = new Map(
    outcomes.map(({ wire, statuses }) => [
      wire.id,
      new Map(statuses.map((status) => [status.outletId, status])),
    ]),
  );
  return (
    <RovingGrid label="Heat map cells: use the arrow keys to move between them">
      <RowPager view={view} page={page} position="top" />
      <div className="scroll-x relative mt-4">
        <table
          className="border-collapse text-xs"
          aria-label="Heat map: what each version did with each wire sentence"
        >
          <caption className="mb-1 text-left text-sm font-semibold">
            Wire sentences by version
            <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">
              One Tab stop: arrow keys move between cells, Enter opens the row side by side.
              {view.columns.length > VERSIONS_ON_A_PHONE && (
                <span className="sm:hidden"> ⇆ Scroll sideways for all {view.columns.length} versions.</span>
              )}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="heat-pin pr-2 text-left font-medium">
                Wire sentence
              </th>
              {view.columns.map((outlet) => (
                <th key={outlet.id} scope="col" className="px-1 font-medium whitespace-nowrap">
                  {outlet.name}
                  {outlet.verdict === 'independent' && (
                    <span className="block font-normal text-stone-600 dark:text-stone-400">independent</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outcomes.map(({ wire }, row) => (
              <tr key={wire.id}>
                <th
                  scope="row"
                  className="heat-pin max-w-[8rem] truncate pr-2 text-left font-normal sm:max-w-[22rem]"
                  lang="de"
                >
                  <span className="mr-1 font-mono text-stone-600 dark:text-stone-400">{wire.id}</span>
                  {preview(wire.text)}
                </th>
                {view.columns.map((outlet, col) => {
                  const cell = statusOf.get(wire.id)!.get(outlet.id)!;
                  const { status, sharedQuote } = cell;
                  const mark = wireCellMark(cell);
                  return (
                    <td
                      key={outlet.id}
                      className="p-0.5 text-center"
                      data-outlet={outlet.id}
                      data-wire-unit={wire.id}
                      data-status={status}
                      data-shared-quote={sharedQuote || undefined}
                    >
                      <a
                        href={sideBySideHref(rowsHref, view.paging, wire.id)}
                        tabIndex={row === 0 && col === 0 ? 0 : -1}
                        data-row={row}
                        data-col={col}
                        className={`block min-w-8 rounded px-1 py-0.5 font-bold sm:min-w-10 ${mark.className}`}
                        title={`${outlet.name}: ${mark.label}`}
                      >
                        <span aria-hidden="true">{mark.symbol}</span>
                        <span className="sr-only">{`${wire.id}, ${outlet.name}: ${mark.label}`}</span>
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </RovingGrid>
  );
}
