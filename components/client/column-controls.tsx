'use client';

import { useEffect, useState } from 'react';
import { formatOutletOrder, parseOutletOrder } from '@/lib/view/view-state';

interface Column {
  id: string;
  name: string;
}

function replaceOutletsParam(value: string | null) {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete('outlets');
  else url.searchParams.set('outlets', value);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Which versions the side-by-side view shows, and in which order, kept in `?outlets=`. The columns are rendered
 * on the server; this leaf only writes the CSS that hides and orders them, so it stays small.
 */
export function ColumnControls({ columns }: { columns: Column[] }) {
  const all = columns.map((column) => column.id);
  const [order, setOrder] = useState<string[]>(all);

  useEffect(() => {
    // The page is static: the URL is read once it runs in the browser.
    const fromUrl = parseOutletOrder(new URLSearchParams(window.location.search).get('outlets'), all);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from the URL, an external system
    setOrder(fromUrl);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (next: string[]) => {
    if (next.length === 0) return;
    setOrder(next);
    replaceOutletsParam(formatOutletOrder(next, all));
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
  const nameOf = (id: string) => columns.find((c) => c.id === id)?.name ?? id;
  const listed = [...order, ...all.filter((id) => !order.includes(id))];

  const css = [
    `.sbs{--cols:${order.length + 1}}`,
    ...order.map((id, i) => `.sbs [data-col="${id}"]{order:${i + 1}}`),
    ...all.filter((id) => !order.includes(id)).map((id) => `.sbs [data-col="${id}"]{display:none}`),
    // On a phone: the wire plus the first version only, and no rows of additions that version does not have.
    `@media (max-width:767px){.sbs [data-col]:not([data-col="wire"]):not([data-col="${order[0]}"]),.sbs [data-extra-for]:not([data-extra-for~="${order[0]}"]){display:none}}`,
  ].join('\n');

  if (columns.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <style>{css}</style>
      <label className="flex items-center gap-2 md:hidden">
        <span className="font-medium">Version beside the wire</span>
        <select
          className="rounded border border-stone-400 bg-white px-2 py-1 dark:bg-stone-900"
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
      <fieldset className="hidden flex-wrap items-center gap-x-4 gap-y-1 md:flex">
        <legend className="sr-only">Columns shown, in order</legend>
        <span aria-hidden="true" className="font-medium">
          Columns:
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
    </div>
  );
}
