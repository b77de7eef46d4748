/**
 * A corpus story's spread: which outlets picked it up, when (hours after the first wire version) and from which
 * version — a server-drawn timeline with its figures as a table. Shown above a corpus story's views; the spread
 * is built once with the screen (lib/dashboard/story-spread.ts).
 */
import Link from 'next/link';
import { SvgChart } from '@/components/charts/svg-chart';
import { VerdictBadge } from '@/components/dashboard/figures';
import type { StorySpread as Spread } from '@/lib/dashboard/story-spread';
import { outletIdFor } from '@/lib/view/outlet-id';

const CELL = 'border-b border-stone-200 px-2 py-1 dark:border-stone-800';

export function StorySpread({ spread, basePath }: { spread?: Spread; basePath: string }) {
  if (!spread || spread.entries.length === 0) return null;
  return (
    <section aria-labelledby="spread-heading" className="mt-6">
      <h2 id="spread-heading" className="text-lg font-semibold">
        Spread
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Which outlets picked the story up, when, and from which wire version
        {spread.firstPublished &&
          ` (hours after the first version, ${spread.firstPublished.slice(0, 16).replace('T', ' ')} UTC)`}
        .
      </p>
      <SvgChart chart={spread.chart}>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full min-w-[32rem] border-collapse text-sm">
            <caption className="text-left text-stone-700 dark:text-stone-300">
              Articles in the order they appeared
            </caption>
            <thead>
              <tr>
                {['Outlet', 'Published', 'Hours after v1', 'Version', 'Verdict'].map((label) => (
                  <th key={label} scope="col" className={`${CELL} text-left`}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spread.entries.map((entry) => (
                <tr key={entry.articleId} data-spread-article={entry.articleId}>
                  <th scope="row" className={`${CELL} text-left font-normal`}>
                    <Link
                      href={`${basePath}/${entry.version}/outlets/${outletIdFor(entry.articleId)}`}
                      className="text-sky-800 underline dark:text-sky-300"
                    >
                      {entry.outlet}
                    </Link>
                  </th>
                  <td className={`${CELL} whitespace-nowrap`}>
                    {entry.published?.slice(0, 16).replace('T', ' ') ?? '–'}
                  </td>
                  <td className={`${CELL} tabular-nums`}>
                    {entry.hoursAfterFirst === null ? '–' : `${entry.hoursAfterFirst} h`}
                  </td>
                  <td className={CELL}>v{entry.version}</td>
                  <td className={CELL}>
                    <VerdictBadge verdict={entry.verdict} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </SvgChart>
    </section>
  );
}
