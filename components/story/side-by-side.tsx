import Link from 'next/link';
import { ColumnControls } from '@/components/client/column-controls';
import type {
  AlignedCell,
  OutletSummaryView,
  SentenceGroup,
  SentenceView,
  StoryView,
} from '@/lib/view/types';
import { rowsOfPage } from '@/lib/view/row-pages';
import { VerdictBadge } from './badges';
import { RowPager } from './row-pager';
import { FurnitureGroup } from './furniture-group';
import { OUTLET_STATUS, WIRE_STATUS } from './marks';
import { SentenceFlags, SentencePieces, StatusSymbol } from './sentence';

function OutletSentence({ sentence }: { sentence: SentenceView }) {
  return (
    <p
      id={sentence.anchor}
      data-status={sentence.status}
      data-outlet={sentence.outletId}
      className={`target-focus mb-1 rounded-r border-l-4 px-2 py-1 ${OUTLET_STATUS[sentence.status].className} ${sentence.kind === 'heading' ? 'font-semibold' : ''}`}
    >
      <StatusSymbol status={sentence.status} />
      <span className="sr-only">{OUTLET_STATUS[sentence.status].label}: </span>
      <SentencePieces sentence={sentence} />
      <SentenceFlags sentence={sentence} />
    </p>
  );
}

function SentenceList({ groups }: { groups: SentenceGroup[] }) {
  return (
    <>
      {groups.map((group) =>
        group.furniture ? (
          <FurnitureGroup key={group.sentences[0]!.anchor} sentences={group.sentences} />
        ) : (
          group.sentences.map((sentence) => <OutletSentence key={sentence.anchor} sentence={sentence} />)
        ),
      )}
    </>
  );
}

function WireCell({ outletId, cell }: { outletId: string; cell: AlignedCell }) {
  if (cell.groups.length > 0) return <SentenceList groups={cell.groups} />;
  if (cell.status !== 'dropped') {
    return (
      <p
        data-status={cell.status}
        data-outlet={outletId}
        className="px-2 py-1 text-sm text-stone-600 italic dark:text-stone-400"
      >
        <span aria-hidden="true">↑ </span>merged into a sentence above ({WIRE_STATUS[cell.status].label})
      </p>
    );
  }
  return (
    <p
      data-status="dropped"
      data-outlet={outletId}
      className="rounded border border-dashed border-stone-400 px-2 py-1 text-sm text-stone-500 dark:text-stone-400"
    >
      <span aria-hidden="true">✕ </span>dropped
    </p>
  );
}

const cellClass = 'min-w-0 border-b border-stone-200 p-2 dark:border-stone-800';
/** The wire column stays in place while the versions scroll sideways inside the grid. */
const wireCellClass = `${cellClass} sbs-pin`;

/** A version's column: independent versions (shown when every version is, or when the URL names them) dimmed. */
function columnProps(outlet: OutletSummaryView) {
  return {
    'data-col': outlet.id,
    'data-dimmed': outlet.verdict === 'independent' || undefined,
  };
}

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
  const pager = (position: 'top' | 'bottom') =>
    page !== undefined && <RowPager rows={view.rows} paging={view.paging} page={page} position={position} />;
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
      {columns.length > 0 && pager('top')}
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
              {rows.map((row) =>
                row.type === 'wire' ? (
                  <div
                    role="row"
                    key={row.wire.id}
                    id={row.wire.id}
                    data-wire-unit={row.wire.id}
                    className="sbs-row target-focus"
                  >
                    <div
                      role="rowheader"
                      data-col="wire"
                      lang="de"
                      className={`${wireCellClass} ${row.wire.kind === 'heading' ? 'font-semibold' : ''}`}
                    >
                      <span className="mr-1 font-mono text-xs text-stone-500 dark:text-stone-400">
                        {row.wire.id}
                      </span>
                      {row.wire.text}
                    </div>
                    {columns.map((outlet) => (
                      <div
                        role="cell"
                        key={outlet.id}
                        {...columnProps(outlet)}
                        lang="de"
                        className={cellClass}
                      >
                        <WireCell outletId={outlet.id} cell={row.cells[outlet.id]!} />
                      </div>
                    ))}
                  </div>
                ) : (
                  <div
                    role="row"
                    key={row.key}
                    data-extra-for={Object.keys(row.cells).join(' ')}
                    className="sbs-row sbs-extra"
                  >
                    <div
                      role="rowheader"
                      data-col="wire"
                      className={`${wireCellClass} text-xs text-emerald-900 italic dark:text-emerald-200`}
                    >
                      <span aria-hidden="true">+ </span>Not in the wire: what versions put here
                    </div>
                    {columns.map((outlet) => (
                      <div
                        role="cell"
                        key={outlet.id}
                        {...columnProps(outlet)}
                        lang="de"
                        className={cellClass}
                      >
                        {row.cells[outlet.id] && <SentenceList groups={row.cells[outlet.id]!} />}
                      </div>
                    ))}
                  </div>
                ),
              )}
            </div>
          </div>
        </div>
      )}
      {columns.length > 0 && pager('bottom')}
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
