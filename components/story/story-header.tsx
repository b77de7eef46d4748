import { CopyLinkButton } from '@/components/client/copy-link-button';
import { FindInComparison } from '@/components/client/find-in-comparison';
import { ViewTabs, type ViewName } from '@/components/client/view-tabs';
import { CsvExportLinks } from '@/components/csv-export-links';
import { formatPartialDate } from '@/components/format';
import { Legend } from './legend';

/** The downloads every comparison offers (see server/export-response.ts); the CSVs also for German Excel. */
const EXPORTS: Array<{ label: string; query: string; title: string; csv?: true }> = [
  { label: 'JSON', query: '', title: 'The alignment as wiretrace.alignment/1 JSON' },
  {
    label: 'CSV',
    query: '?format=csv',
    title: 'One row per sentence, with the wire sentences and what was dropped',
    csv: true,
  },
  {
    label: 'Outlets CSV',
    query: '?format=outlets',
    title: 'One row per outlet: metadata, verdict and figures',
    csv: true,
  },
  {
    label: 'Bundle',
    query: '?format=bundle',
    title: 'Self-contained JSON: metadata, the texts and the alignment',
  },
  { label: 'Texts', query: '?format=texts', title: 'The original texts' },
];

export type StoryViewName = ViewName;

interface StoryHeaderProps {
  title: string;
  date?: string;
  agency: string;
  versions: number;
  basePath: string;
  current: StoryViewName;
  firstOutletId?: string;
  /** The version shown, on the outlet view: the outlet tab comes back to it. */
  outletId?: string;
  /** The API address of this comparison's JSON; `?format=csv` gives the CSV. */
  exportHref: string;
  /** True when the page shows one part of a long comparison or article: find searches that part. */
  partial?: boolean;
}

/** Title, facts, the view switcher, find, export, the copy-link control and the (collapsed) legend. */
export function StoryHeader({
  title,
  date,
  agency,
  versions,
  basePath,
  current,
  firstOutletId,
  outletId,
  exportHref,
  partial = false,
}: StoryHeaderProps) {
  const tabs: Array<{ name: StoryViewName; label: string; href: string }> = [
    { name: 'overview', label: 'Overview', href: `${basePath}/overview` },
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
        <ViewTabs tabs={tabs} current={current} basePath={basePath} outletId={outletId} />
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <FindInComparison inPart={partial} />
          {/* One Tab stop and one short line on a phone: the export formats fold out. */}
          <details data-print="hide" className="relative">
            <summary className="cursor-pointer text-sky-800 underline dark:text-sky-300">Export</summary>
            <ul className="absolute right-0 z-20 mt-1 w-max space-y-1 rounded border border-stone-300 bg-white p-2 shadow dark:border-stone-700 dark:bg-stone-900">
              {EXPORTS.map((item) => (
                <li key={item.label}>
                  {item.csv ? (
                    <CsvExportLinks
                      href={`${exportHref}${item.query}`}
                      label={item.label}
                      title={item.title}
                    />
                  ) : (
                    <a
                      href={`${exportHref}${item.query}`}
                      download
                      title={item.title}
                      className="text-sky-800 underline dark:text-sky-300"
                    >
                      {item.label}
                    </a>
                  )}
                  {/* On a phone the menu stays on screen: the titles (also the links' tooltips) show from sm up. */}
                  <span className="ml-2 hidden text-xs text-stone-600 sm:inline dark:text-stone-400">
                    {item.title}
                  </span>
                </li>
              ))}
            </ul>
          </details>
          <CopyLinkButton />
        </div>
      </div>
      <div className="mt-3">
        <Legend />
      </div>
    </header>
  );
}
