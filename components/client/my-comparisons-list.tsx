'use client';

import { useEffect, useState } from 'react';
import { forgetMyComparison, readMyComparisons, type MyComparison } from './my-comparisons';

const button = 'rounded border px-2 py-0.5 text-sm';

/** The comparisons saved from this browser: open, edit (a new comparison, prefilled) or delete for good. */
export function MyComparisonsList() {
  const [list, setList] = useState<MyComparison[] | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading localStorage, an external system
    setList(readMyComparisons());
  }, []);

  const remove = async (comparison: MyComparison) => {
    if (!window.confirm(`Delete "${comparison.title}" for everyone who has its link? This cannot be undone.`))
      return;
    const response = await fetch(`/api/comparisons/${comparison.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${comparison.deleteToken}` },
    }).catch(() => null);
    if (response && (response.status === 204 || response.status === 404)) {
      forgetMyComparison(comparison.id);
      setList(readMyComparisons());
      setMessage(`Deleted "${comparison.title}": its link, JSON and CSV no longer answer.`);
    } else {
      const body = (await response?.json().catch(() => null)) as { error?: string } | null;
      setMessage(body?.error ?? 'Could not reach the server; nothing was deleted. Try again.');
    }
  };

  if (list === null) return <p className="mt-4">Loading…</p>;
  return (
    <>
      {message && (
        <p role="status" className="mt-4 rounded border border-sky-700 bg-sky-50 p-3 dark:bg-sky-950">
          {message}
        </p>
      )}
      {list.length === 0 ? (
        <p className="mt-4">
          No comparison saved from this browser yet.{' '}
          <a href="/new" className="underline">
            Make one
          </a>
          .
        </p>
      ) : (
        <ul className="mt-4 grid gap-2" aria-label="My comparisons">
          {list.map((comparison) => (
            <li
              key={comparison.id}
              data-comparison={comparison.id}
              className="flex flex-wrap items-center gap-3 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
            >
              <a
                href={`/c/${comparison.id}`}
                className="font-medium text-sky-800 underline dark:text-sky-300"
              >
                {comparison.title}
              </a>
              <span className="text-sm text-stone-600 dark:text-stone-400">
                saved {comparison.savedOn.slice(0, 16).replace('T', ' ')} UTC
              </span>
              <span className="ml-auto flex gap-2">
                <a href={`/new?from=${comparison.id}`} className={`${button} border-sky-700`}>
                  Edit
                </a>
                <button
                  type="button"
                  onClick={() => remove(comparison)}
                  className={`${button} border-rose-700`}
                >
                  Delete
                </button>
                <button
                  type="button"
                  onClick={() => {
                    forgetMyComparison(comparison.id);
                    setList(readMyComparisons());
                  }}
                  className={`${button} border-stone-400`}
                >
                  Forget
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
