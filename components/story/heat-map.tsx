import type { StoryView } from '@/lib/view/types';
import { SHARED_QUOTE_CELL, WIRE_STATUS } from './marks';

const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * One row per wire sentence, one column per outlet; each cell kept / edited / dropped, linking to its row in the
 * side-by-side view. `rowsHref` is '' on that page itself, so the link keeps the page's ?outlets state.
 */
export function HeatMap({ view, rowsHref }: { view: StoryView; rowsHref: string }) {
  return (
    <div className="relative mt-4 overflow-x-auto">
      <table
        className="border-collapse text-xs"
        aria-label="Heat map: what each version did with each wire sentence"
      >
        <caption className="mb-1 text-left text-sm font-semibold">Wire sentences by version</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-2 text-left font-medium">
              Wire sentence
            </th>
            {view.outlets.map((outlet) => (
              <th key={outlet.id} scope="col" className="px-1 font-medium whitespace-nowrap">
                {outlet.name}
                {outlet.verdict === 'independent' && (
                  <span className="block font-normal text-stone-500 dark:text-stone-400">independent</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.wireOutcomes.map(({ wire, statuses }) => (
            <tr key={wire.id}>
              <th scope="row" className="max-w-[22rem] truncate pr-2 text-left font-normal" lang="de">
                <span className="mr-1 font-mono text-stone-500 dark:text-stone-400">{wire.id}</span>
                {preview(wire.text)}
              </th>
              {statuses.map(({ outletId, outletName: name, status, sharedQuote }) => {
                const mark = sharedQuote ? SHARED_QUOTE_CELL : WIRE_STATUS[status];
                return (
                  <td
                    key={outletId}
                    className="p-0.5 text-center"
                    data-outlet={outletId}
                    data-wire-unit={wire.id}
                    data-status={status}
                    data-shared-quote={sharedQuote || undefined}
                  >
                    <a
                      href={`${rowsHref}#${wire.id}`}
                      className={`block min-w-10 rounded px-1 py-0.5 font-bold ${mark.className}`}
                      title={`${name}: ${mark.label}`}
                    >
                      <span aria-hidden="true">{mark.symbol}</span>
                      <span className="sr-only">{`${wire.id}, ${name}: ${mark.label}`}</span>
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
