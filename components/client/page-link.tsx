'use client';

import { useEffect, useState } from 'react';
import { VIEW_STATE_EVENT } from './view-tabs';

/**
 * A link to another part of a long page (`?rows=n`, `?part=n`) that keeps the rest of the address (`?outlets=`,
 * `?only=`) as it is now: the column controls rewrite the address after the page was rendered.
 */
export function PageLink({
  page,
  param,
  label,
  children,
}: {
  page: number;
  param: 'rows' | 'part';
  label: string;
  children: React.ReactNode;
}) {
  const [search, setSearch] = useState(page > 1 ? `?${param}=${page}` : '');
  useEffect(() => {
    const sync = () => {
      const params = new URLSearchParams(window.location.search);
      if (page > 1) params.set(param, String(page));
      else params.delete(param);
      const query = params.toString();
      setSearch(query ? `?${query}` : '');
    };
    sync();
    window.addEventListener(VIEW_STATE_EVENT, sync);
    return () => window.removeEventListener(VIEW_STATE_EVENT, sync);
  }, [page, param]);
  return (
    <a
      href={search || '?'}
      aria-label={label}
      className="rounded border border-stone-300 px-2 py-1 text-sky-800 hover:bg-stone-100 dark:border-stone-700 dark:text-sky-300 dark:hover:bg-stone-900"
    >
      {children}
    </a>
  );
}
