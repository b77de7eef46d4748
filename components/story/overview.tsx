import Link from 'next/link';
import { formatPartialDate } from '@/components/format';
import { percent } from '@/lib/text/percent';
import type { StoryView } from '@/lib/view/types';
import { HeatMap } from './heat-map';
import { VerdictBadge } from './badges';

function ShareBar({ share, label }: { share: number; label: string }) {
  return (
    <span className="flex items-center gap-2">
      <span className="w-12 text-right tabular-nums">{percent(share)}</span>
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

/** What each figure means, said where it stands: readers confuse the two shares. */
const FIGURE_HELP = {
  reuse: "share of this version's words that came from the wire",
  coverage: "share of the wire's words that this version kept",
  added: 'words in sentences not in the wire',
};

function FigureHeader({ label, help, className }: { label: string; help: string; className: string }) {
  return (
    <th scope="col" className={className}>
      {label}
      <span className="hidden text-xs font-normal text-stone-600 sm:block dark:text-stone-400">{help}</span>
    </th>
  );
}

/** Per outlet: verdict, reuse figures, each explained in its header; then the heat map of wire sentences. */
export function Overview({
  view,
  basePath,
  page,
}: {
  view: StoryView;
  basePath: string;
  /** The part of a long comparison the heat map shows (row-pages.ts); all of it when not given. */
  page?: number;
}) {
  return (
    <section aria-labelledby="overview-heading" className="mt-6">
      <h2 id="overview-heading" className="text-lg font-semibold">
        Overview
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">Versions most derived from the wire first.</p>
      {/* On a phone the headers are too narrow for the explanations: they stand above the table instead. */}
      <dl className="mt-2 text-xs text-stone-700 sm:hidden dark:text-stone-300">
        <div>
          <dt className="inline font-semibold">From the wire: </dt>
          <dd className="inline">{FIGURE_HELP.reuse}.</dd>
        </div>
        <div>
          <dt className="inline font-semibold">Wire used: </dt>
          <dd className="inline">{FIGURE_HELP.coverage}.</dd>
        </div>
        <div>
          <dt className="inline font-semibold">Words added: </dt>
          <dd className="inline">{FIGURE_HELP.added}.</dd>
        </div>
      </dl>
      <div className="scroll-x relative mt-2">
        <table className="w-full border-collapse text-sm sm:min-w-[36rem]">
          <thead>
            <tr className="border-b border-stone-300 text-left dark:border-stone-700">
              <th scope="col" className="py-2 pr-2 sm:pr-3">
                Version
              </th>
              <th scope="col" className="py-2 pr-2 sm:pr-3">
                Verdict
              </th>
              <FigureHeader
                label="From the wire"
                help={FIGURE_HELP.reuse}
                className="py-2 pr-2 sm:pr-3 align-bottom"
              />
              <FigureHeader
                label="Wire used"
                help={FIGURE_HELP.coverage}
                className="py-2 pr-2 sm:pr-3 align-bottom"
              />
              <FigureHeader
                label="Words added"
                help={FIGURE_HELP.added}
                className="py-2 text-right align-bottom"
              />
            </tr>
          </thead>
          <tbody>
            {view.columns.map((outlet) => (
              <tr
                key={outlet.id}
                data-outlet={outlet.id}
                data-verdict={outlet.verdict}
                className="border-b border-stone-200 align-top dark:border-stone-800"
              >
                <th scope="row" className="py-2 pr-2 sm:pr-3 text-left font-medium">
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
                <td className="py-2 pr-2 sm:pr-3">
                  <VerdictBadge
                    verdict={outlet.verdict}
                    className="inline-block font-semibold tracking-wide"
                  />
                  <span className="mt-1 hidden max-w-md text-xs text-stone-700 sm:block dark:text-stone-300">
                    {outlet.reason}
                  </span>
                </td>
                <td className="py-2 pr-2 sm:pr-3">
                  <ShareBar share={outlet.reuseShare} label="of its article from the wire" />
                </td>
                <td className="py-2 pr-2 sm:pr-3">
                  <ShareBar share={outlet.wireCoverage} label="of the wire used" />
                </td>
                <td className="py-2 text-right tabular-nums">{outlet.addedWords}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatMap view={view} rowsHref={basePath} page={page} />
    </section>
  );
}
