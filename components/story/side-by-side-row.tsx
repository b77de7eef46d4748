import type {
  AlignedCell,
  OutletSummaryView,
  SentenceGroup,
  SentenceView,
  SideBySideRow,
} from '@/lib/view/types';
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
export function columnProps(outlet: OutletSummaryView) {
  return {
    'data-col': outlet.id,
    'data-dimmed': outlet.verdict === 'independent' || undefined,
  };
}

/** One row of the grid: a wire sentence and what each version did with it, or what versions added between. */
export function SideBySideRowView({ row, columns }: { row: SideBySideRow; columns: OutletSummaryView[] }) {
  return row.type === 'wire' ? (
    <div role="row" id={row.wire.id} data-wire-unit={row.wire.id} className="sbs-row target-focus">
      <div
        role="rowheader"
        data-col="wire"
        lang="de"
        className={`${wireCellClass} ${row.wire.kind === 'heading' ? 'font-semibold' : ''}`}
      >
        <span className="mr-1 font-mono text-xs text-stone-500 dark:text-stone-400">{row.wire.id}</span>
        {row.wire.text}
      </div>
      {columns.map((outlet) => (
        <div role="cell" key={outlet.id} {...columnProps(outlet)} lang="de" className={cellClass}>
          <WireCell outletId={outlet.id} cell={row.cells[outlet.id]!} />
        </div>
      ))}
    </div>
  ) : (
    <div role="row" data-extra-for={Object.keys(row.cells).join(' ')} className="sbs-row sbs-extra">
      <div
        role="rowheader"
        data-col="wire"
        className={`${wireCellClass} text-xs text-emerald-900 italic dark:text-emerald-200`}
      >
        <span aria-hidden="true">+ </span>Not in the wire: what versions put here
      </div>
      {columns.map((outlet) => (
        <div role="cell" key={outlet.id} {...columnProps(outlet)} lang="de" className={cellClass}>
          {row.cells[outlet.id] && <SentenceList groups={row.cells[outlet.id]!} />}
        </div>
      ))}
    </div>
  );
}
