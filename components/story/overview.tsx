import Link from 'next/link';
import { formatPartialDate, formatShare } from '@/components/format';
import type { StoryView } from '@/lib/view/types';
import { HeatMap } from './heat-map';
import { VerdictBadge } from './badges';

function ShareBar({ share, label }: { share: number; label: string }) {
  return (
    <span className="flex items-center gap-2">
      <span className="w-12 text-right tabular-nums">{formatShare(share)}</span>
      <span
        aria-hidden="true"
        className="hidden h-2 w-24 overflow-hidden rounded bg-stone-200 sm:inline-block dark:bg-stone-700"
      >
        <span
          className="block h-full bg-sky-600 dark:bg-sky-400"
          style={{ width: `${Math.round(share * 100)}%` }}
        />
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** Per outlet: verdict, reuse figures; then the heat map of wire sentences. */
export function Overview({
  view,
  basePath,
  onSideBySide = false,
}: {
  view: StoryView;
  basePath: string;
  onSideBySide?: boolean;
}) {
  return (
    <section aria-labelledby="overview-heading" className="mt-6">
      <h2 id="overview-heading" className="text-lg font-semibold">
        Overview
      </h2>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left dark:border-stone-700">
              <th scope="col" className="py-2 pr-3">
                Version
              </th>
              <th scope="col" className="py-2 pr-3">
                Verdict
              </th>
              <th scope="col" className="py-2 pr-3">
                From the wire
              </th>
              <th scope="col" className="py-2 pr-3">
                Wire used
              </th>
              <th scope="col" className="py-2 text-right">
                Words added
              </th>
            </tr>
          </thead>
          <tbody>
            {view.outlets.map((outlet) => (
              <tr
                key={outlet.id}
                data-outlet={outlet.id}
                data-verdict={outlet.verdict}
                className="border-b border-stone-200 align-top dark:border-stone-800"
              >
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  <Link
                    href={`${basePath}/outlets/${outlet.id}`}
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    {outlet.name}
                  </Link>
                  {outlet.date && (
                    <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">
                      {formatPartialDate(outlet.date)}
                    </span>
                  )}
                </th>
                <td className="py-2 pr-3">
                  <VerdictBadge
                    verdict={outlet.verdict}
                    className="inline-block font-semibold tracking-wide"
                  />
                  <span className="mt-1 block max-w-md text-xs text-stone-700 dark:text-stone-300">
                    {outlet.reason}
                  </span>
                </td>
                <td className="py-2 pr-3">
                  <ShareBar share={outlet.reuseShare} label="of its article from the wire" />
                </td>
                <td className="py-2 pr-3">
                  <ShareBar share={outlet.wireCoverage} label="of the wire used" />
                </td>
                <td className="py-2 text-right tabular-nums">{outlet.addedWords}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatMap view={view} rowsHref={onSideBySide ? '' : basePath} />
    </section>
  );
}
