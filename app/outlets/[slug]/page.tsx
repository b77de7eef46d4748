import type { Metadata } from 'next';
import Link from 'next/link';
import { CsvExportLinks } from '@/components/csv-export-links';
import { notFound } from 'next/navigation';
import { SvgChart } from '@/components/charts/svg-chart';
import { lagText, partText, shareText } from '@/components/dashboard/figures';
import { histogramChart, lagBars, shareBars, weeklySharesChart } from '@/lib/dashboard/charts';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import { listOutletArticles } from '@/server/corpus/outlet-articles';
import { BarsTable, CELL, OutletArticlesSection, TABLE } from '@/components/dashboard/outlet-tables';
import { getOutlet } from '@/server/corpus/outlet-read';
import { database } from '@/server/db/open-database';

type Props = PageProps<'/outlets/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const detail = await corpusProblem(async () => getOutlet(await database(), slug));
  return { title: 'value' in detail && detail.value ? detail.value.figures.outlet : 'Outlet' };
}

export default async function OutletPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const pageParam = (await searchParams).page;
  const requested = Number(Array.isArray(pageParam) ? pageParam[0] : (pageParam ?? 1));
  const result = await corpusProblem(async () => {
    const db = await database();
    const detail = await getOutlet(db, slug);
    if (!detail) return null;
    return { detail, page: await listOutletArticles(db, detail.figures, requested) };
  });
  if ('problem' in result)
    return (
      <p role="alert" className="text-rose-800 dark:text-rose-300">
        The archive cannot be read: {result.problem}
      </p>
    );
  if (!result.value) notFound();
  const { detail, page } = result.value;
  const { figures } = detail;
  const reuseBars = shareBars(detail.reuse);
  const lagBarsList = lagBars(detail.lag);
  return (
    <>
      <p className="text-sm">
        <Link href="/outlets" className="text-sky-800 underline dark:text-sky-300">
          ← All outlets
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{figures.outlet}</h1>
      <p className="mt-1 max-w-3xl text-stone-700 dark:text-stone-300">
        {figures.articles} traced article{figures.articles === 1 ? '' : 's'}: {figures.derived} derived (
        {partText(figures.derived, figures.articles)}), {figures.partial} partial (
        {partText(figures.partial, figures.articles)}), {figures.independent} independent (
        {partText(figures.independent, figures.articles)}). Median reuse share{' '}
        {shareText(figures.medianReuseShare)}, median wire coverage {shareText(figures.medianWireCoverage)},
        median lag {lagText(figures.medianLagHours)}
        {detail.agencies.length > 0 && <> · agencies: {detail.agencies.join(', ')}</>} ·{' '}
        <CsvExportLinks
          href={`/api/articles?outlet=${encodeURIComponent(figures.outlet)}&format=csv`}
          label="articles as CSV"
        />
      </p>

      <section aria-labelledby="weeks-heading" className="mt-6">
        <h2 id="weeks-heading" className="text-lg font-semibold">
          Dependence over time
        </h2>
        <SvgChart chart={weeklySharesChart(detail.weeks, figures.outlet, new Date().getUTCFullYear())}>
          {detail.weeks.length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium">The figures per week</summary>
              <table className={TABLE}>
                <thead>
                  <tr>
                    {['Week of', 'Derived', 'Partial', 'Independent', 'Derived %'].map((label, i) => (
                      <th
                        key={label}
                        scope="col"
                        className={`${CELL} ${i === 0 ? 'text-left' : 'text-right'}`}
                      >
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {detail.weeks.map((week) => (
                    <tr key={week.week}>
                      <th scope="row" className={`${CELL} text-left font-normal`}>
                        {week.week}
                      </th>
                      <td className={`${CELL} text-right tabular-nums`}>{week.derived}</td>
                      <td className={`${CELL} text-right tabular-nums`}>{week.partial}</td>
                      <td className={`${CELL} text-right tabular-nums`}>{week.independent}</td>
                      <td className={`${CELL} text-right tabular-nums`}>
                        {partText(week.derived, week.derived + week.partial + week.independent)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </SvgChart>
        {detail.undated > 0 && (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            {detail.undated === 1
              ? '1 undated article is not in the weekly chart.'
              : `${detail.undated} undated articles are not in the weekly chart.`}
          </p>
        )}
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="reuse-heading">
          <h2 id="reuse-heading" className="text-lg font-semibold">
            Reuse share
          </h2>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Share of each article&apos;s words taken from the wire.
          </p>
          <SvgChart chart={histogramChart(reuseBars, `${figures.outlet}: reuse share`, 'reuse share')}>
            <BarsTable bars={reuseBars} caption="Articles per reuse share" bucket="Reuse share" />
          </SvgChart>
        </section>
        <section aria-labelledby="lag-heading">
          <h2 id="lag-heading" className="text-lg font-semibold">
            Lag
          </h2>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Hours from the closest wire version to the article, where both are dated.
          </p>
          <SvgChart chart={histogramChart(lagBarsList, `${figures.outlet}: lag`, 'hours')}>
            <BarsTable bars={lagBarsList} caption="Articles per lag" bucket="Lag" />
          </SvgChart>
        </section>
      </div>

      <OutletArticlesSection page={page} slug={slug} />
    </>
  );
}
