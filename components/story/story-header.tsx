import Link from 'next/link';
import { Fragment } from 'react';
import { CopyLinkButton } from '@/components/client/copy-link-button';
import { formatPartialDate } from '@/components/format';
import { Legend } from './legend';

/** The downloads every comparison offers (see server/export-response.ts). */
const EXPORTS = [
  { label: 'JSON', query: '', title: 'The alignment as wiretrace.alignment/1 JSON' },
  {
    label: 'CSV',
    query: '?format=csv',
    title: 'One row per sentence, with the wire sentences and what was dropped',
  },
  {
    label: 'Outlets CSV',
    query: '?format=outlets',
    title: 'One row per outlet: metadata, verdict and figures',
  },
  {
    label: 'Bundle',
    query: '?format=bundle',
    title: 'Self-contained JSON: metadata, the texts and the alignment',
  },
  { label: 'Texts', query: '?format=texts', title: 'The original texts' },
];

export type StoryViewName = 'side-by-side' | 'outlet' | 'wire';

interface StoryHeaderProps {
  title: string;
  date?: string;
  agency: string;
  versions: number;
  basePath: string;
  current: StoryViewName;
  firstOutletId?: string;
  /** The API address of this comparison's JSON; `?format=csv` gives the CSV. */
  exportHref: string;
}

/** Title, facts, the view switcher, the copy-link control and the legend. */
export function StoryHeader({
  title,
  date,
  agency,
  versions,
  basePath,
  current,
  firstOutletId,
  exportHref,
}: StoryHeaderProps) {
  const tabs: Array<{ name: StoryViewName; label: string; href: string }> = [
    { name: 'side-by-side', label: 'Side by side', href: basePath },
    { name: 'outlet', label: 'Outlet view', href: `${basePath}/outlets/${firstOutletId ?? ''}` },
    { name: 'wire', label: 'Wire view', href: `${basePath}/wire` },
  ];
  return (
    <header>
      <h1 lang="de" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {date && (
          <>
            <time dateTime={date}>{formatPartialDate(date)}</time> ·{' '}
          </>
        )}
        {agency && <>wire: {agency} · </>}
        {versions} version{versions === 1 ? '' : 's'}
      </p>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Views" className="flex gap-1">
          {tabs.map((tab) => (
            <Link
              key={tab.name}
              href={tab.href}
              aria-current={tab.name === current ? 'page' : undefined}
              className="rounded-t border-b-2 border-transparent px-3 py-1.5 text-sm font-medium hover:border-stone-400 aria-[current=page]:border-sky-700 aria-[current=page]:text-sky-800 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:text-sky-300"
            >
              {tab.label}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            Export:{' '}
            {EXPORTS.map((item, i) => (
              <Fragment key={item.label}>
                {i > 0 && ' · '}
                <a
                  href={`${exportHref}${item.query}`}
                  download
                  title={item.title}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {item.label}
                </a>
              </Fragment>
            ))}
          </span>
          <CopyLinkButton />
        </div>
      </div>
      <div className="mt-3">
        <Legend />
      </div>
    </header>
  );
}
