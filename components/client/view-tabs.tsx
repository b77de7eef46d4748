'use client';

import { useEffect, useState } from 'react';

/** The event ColumnControls fires after it rewrites the address, so links that carry the state follow it. */
export const VIEW_STATE_EVENT = 'wiretrace:view-state';

export type ViewName = 'overview' | 'side-by-side' | 'outlet' | 'wire';

interface Tab {
  name: ViewName;
  label: string;
  href: string;
}

const outletKey = (basePath: string) => `wiretrace:outlet:${basePath}`;

/**
 * The view switcher. Plain links rendered on the server; once running, each carries the page's query
 * (`?outlets=`, `?only=`) so switching views keeps the chosen columns, and the outlet tab returns to the version
 * last opened (remembered per comparison for the browser tab's session).
 */
export function ViewTabs({
  tabs,
  current,
  basePath,
  outletId,
}: {
  tabs: Tab[];
  current: ViewName;
  basePath: string;
  /** The version this page shows, on the outlet view. */
  outletId?: string;
}) {
  const [search, setSearch] = useState('');
  const [rememberedOutlet, setRememberedOutlet] = useState<string | null>(null);

  useEffect(() => {
    const sync = () => setSearch(window.location.search);
    sync();
    try {
      if (outletId) sessionStorage.setItem(outletKey(basePath), outletId);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage, an external system
      else setRememberedOutlet(sessionStorage.getItem(outletKey(basePath)));
    } catch {
      // Storage can be switched off; the tab then opens the first version.
    }
    window.addEventListener(VIEW_STATE_EVENT, sync);
    return () => window.removeEventListener(VIEW_STATE_EVENT, sync);
  }, [basePath, outletId]);

  return (
    <nav aria-label="Views" className="flex flex-wrap gap-0.5 sm:gap-1" data-print="hide">
      {tabs.map((tab) => {
        const href =
          tab.name === 'outlet' && rememberedOutlet ? `${basePath}/outlets/${rememberedOutlet}` : tab.href;
        return (
          <a
            key={tab.name}
            href={`${href}${search}`}
            aria-current={tab.name === current ? 'page' : undefined}
            className="rounded-t border-b-2 border-transparent px-2 py-1.5 sm:px-3 text-sm font-medium hover:border-stone-400 aria-[current=page]:border-sky-700 aria-[current=page]:text-sky-800 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:text-sky-300"
          >
            {tab.label}
          </a>
        );
      })}
    </nav>
  );
}
