'use client';

import { useEffect, useState } from 'react';
import { COLUMN_SORT_LABEL, isColumnSort, sortOutlets, type ColumnSort } from '@/lib/view/column-order';
import type { OutletSummaryView } from '@/lib/view/types';
import { formatOutletOrder, parseAdditionsOnly, parseOutletOrder } from '@/lib/view/view-state';
import { VIEW_STATE_EVENT } from './view-tabs';

type Column = Pick<OutletSummaryView, 'id' | 'name' | 'verdict' | 'reuseShare' | 'addedWords'>;

/** With more shown versions than this beside the wire, the grid is wider than a 1440 px screen. */
const COLUMNS_WITHOUT_SCROLLING = 4;

function replaceParams(params: Record<string, string | null>) {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(params)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(VIEW_STATE_EVENT));
}

/** The CSS that shows, orders and filters the server-rendered grid. Ids come from the view model, never the URL. */
function gridCss(order: string[], all: string[], additionsOnly: boolean): string {
  const shownExtra = order.map((id) => `:not([data-extra-for~="${id}"])`).join('');
  return [
    `.sbs{--cols:${order.length + 1}}`,
    ...order.map((id, i) => `.sbs [data-col="${id}"]{order:${i + 1}}`),
    ...all.filter((id) => !order.includes(id)).map((id) => `.sbs [data-col="${id}"]{display:none}`),
    // Rows of additions by versions not shown would be empty.
    `.sbs [data-extra-for]${shownExtra}{display:none}`,
    ...(additionsOnly ? ['.sbs [role="row"][data-wire-unit]{display:none}'] : []),
    // On a phone: the wire plus the first version only, and no rows of additions that version does not have.
    `@media (max-width:767px){.sbs [data-col]:not([data-col="wire"]):not([data-col="${order[0]}"]),.sbs [data-extra-for]:not([data-extra-for~="${order[0]}"]){display:none}}`,
  ].join('\n');
}

/**
 * Which versions the side-by-side view shows, in which order (`?outlets=`), sorted how, and whether only their
 * own additions (`?only=added`). The columns are rendered on the server; this leaf only writes the CSS that
 * hides, orders and filters them, so it stays small. Any version can be brought in, independent ones too.
 */
export function ColumnControls({ columns, defaults }: { columns: Column[]; defaults: string[] }) {
  const all = columns.map((column) => column.id);
  const [order, setOrder] = useState<string[]>(defaults);
  const [additionsOnly, setAdditionsOnly] = useState(false);
  const [sort, setSort] = useState<ColumnSort | ''>('');

  useEffect(() => {
    // The page is static: the URL is read once it runs in the browser.
    const params = new URLSearchParams(window.location.search);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from the URL, an external system
    setOrder(parseOutletOrder(params.get('outlets'), all, defaults));
    setAdditionsOnly(parseAdditionsOnly(params.get('only')));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (next: string[]) => {
    if (next.length === 0) return;
    setOrder(next);
    replaceParams({ outlets: formatOutletOrder(next, defaults) });
  };
  const toggle = (id: string) => update(order.includes(id) ? order.filter((x) => x !== id) : [...order, id]);
  const move = (id: string, by: -1 | 1) => {
    const i = order.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= order.length) return;
    const next = [...order];
    [next[i], next[j]] = [next[j]!, next[i]!];
    update(next);
  };
  const sortBy = (value: string) => {
    if (!isColumnSort(value)) return;
    setSort(value);
    const shown = columns.filter((column) => order.includes(column.id));
    update(sortOutlets(shown, value).map((column) => column.id));
  };
  const nameOf = (id: string) => columns.find((c) => c.id === id)?.name ?? id;
  const listed = [...order, ...all.filter((id) => !order.includes(id))];

  if (columns.length === 0) return null;
  return (
    <div className="mt-2 space-y-2 text-sm" data-print="hide">
      <style>{gridCss(order, all, additionsOnly)}</style>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2 md:hidden">
          <span className="font-medium">Version beside the wire</span>
          <select
            className="max-w-48 rounded border border-stone-400 bg-white px-2 py-1 dark:bg-stone-900"
            value={order[0]}
            onChange={(event) =>
              update([event.target.value, ...order.filter((id) => id !== event.target.value)])
            }
          >
            {all.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="hidden items-center gap-2 md:flex">
          <span className="font-medium">Sort columns by</span>
          <select
            className="rounded border border-stone-400 bg-white px-2 py-1 dark:bg-stone-900"
            value={sort}
            onChange={(event) => sortBy(event.target.value)}
          >
            <option value="" disabled>
              choose…
            </option>
            {(Object.keys(COLUMN_SORT_LABEL) as ColumnSort[]).map((key) => (
              <option key={key} value={key}>
                {COLUMN_SORT_LABEL[key]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={additionsOnly}
            onChange={(event) => {
              setAdditionsOnly(event.target.checked);
              replaceParams({ only: event.target.checked ? 'added' : null });
            }}
          />
          Only additions: each version&apos;s own text
        </label>
      </div>
      <fieldset className="hidden flex-wrap items-center gap-x-3 gap-y-1 md:flex">
        <legend className="sr-only">Columns shown, in order</legend>
        <span aria-hidden="true" className="font-medium">
          Columns ({order.length} of {all.length}):
        </span>
        {listed.map((id) => {
          const shown = order.includes(id);
          return (
            <span
              key={id}
              className="inline-flex items-center gap-1 rounded border border-stone-300 px-1 dark:border-stone-700"
            >
              <label className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={shown}
                  onChange={() => toggle(id)}
                  disabled={shown && order.length === 1}
                />
                {nameOf(id)}
              </label>
              {shown && order.length > 1 && (
                <>
                  <button
                    type="button"
                    onClick={() => move(id, -1)}
                    disabled={order.indexOf(id) === 0}
                    aria-label={`Move ${nameOf(id)} left`}
                    className="rounded px-1 disabled:opacity-30"
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    onClick={() => move(id, 1)}
                    disabled={order.indexOf(id) === order.length - 1}
                    aria-label={`Move ${nameOf(id)} right`}
                    className="rounded px-1 disabled:opacity-30"
                  >
                    →
                  </button>
                </>
              )}
            </span>
          );
        })}
      </fieldset>
      {order.length > COLUMNS_WITHOUT_SCROLLING && (
        <p className="hidden text-stone-700 md:block dark:text-stone-300" data-scroll-cue="">
          <span aria-hidden="true">⇆ </span>
          {order.length} versions: scroll the table sideways to see them all; the wire column stays in place.
        </p>
      )}
    </div>
  );
}
