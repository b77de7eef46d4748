import type { Metadata } from 'next';
import Link from 'next/link';
import { CsvExportLinks } from '@/components/csv-export-links';
import { EmptyCorpus, lagText, partText, shareText } from '@/components/dashboard/figures';
import { OutletFilters } from '@/components/dashboard/outlet-filters';
import {
  parseOutletQuery,
  outletTableRows,
  type OutletQuery,
  type OutletSortKey,
} from '@/lib/dashboard/outlet-query';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import { listOutlets } from '@/server/corpus/outlet-read';
import { database } from '@/server/db/open-database';

export const metadata: Metadata = { title: 'Outlets' };

const COLUMNS: Array<{ key: OutletSortKey; label: string; numeric: boolean }> = [
  { key: 'outlet', label: 'Outlet', numeric: false },
  { key: 'articles', label: 'Articles', numeric: true },
  { key: 'derived', label: 'Derived', numeric: true },
  { key: 'derivedShare', label: 'Derived %', numeric: true },
  { key: 'partial', label: 'Partial', numeric: true },
  { key: 'partialShare', label: 'Partial %', numeric: true },
  { key: 'independent', label: 'Independent', numeric: true },
  { key: 'independentShare', label: 'Indep. %', numeric: true },
  { key: 'medianReuseShare', label: 'Median reuse share', numeric: true },
  { key: 'medianWireCoverage', label: 'Median wire coverage', numeric: true },
  { key: 'medianLagHours', label: 'Median lag', numeric: true },
];

/** The address of the table sorted by `key`: the same filters, the direction flipped when it is sorted so. */
function sortHref(values: Record<string, string>, query: OutletQuery, key: OutletSortKey): string {
  const dir = query.sort === key ? (query.dir === 'asc' ? 'desc' : 'asc') : key === 'outlet' ? 'asc' : 'desc';
  const params = new URLSearchParams({ ...values, sort: key, dir });
  for (const [name, value] of [...params]) if (!value) params.delete(name);
  return `/outlets?${params}`;
}

export default async function OutletsPage({ searchParams }: PageProps<'/outlets'>) {
  const params = await searchParams;
  const values = Object.fromEntries(
    ['from', 'to', 'agency', 'q'].map((key) => {
      const value = params[key];
      return [key, ((Array.isArray(value) ? value[0] : value) ?? '').trim()];
    }),
  );
  const { query, problems } = parseOutletQuery(params);
  const result = await corpusProblem(async () => {
    const db = await database();
    const list = await listOutlets(db, query);
    return { list, rows: outletTableRows(list.outlets, query) };
  });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Outlets</h1>
      <p className="mt-1 max-w-3xl text-stone-700 dark:text-stone-300">
        How much of each outlet is agency copy: every traced article counted by its verdict, with the median
        share of its words taken from the wire, the median share of the wire it used, and the median time from
        wire to article.{' '}
        <Link href="/methods" className="text-sky-800 underline dark:text-sky-300">
          How the figures are made
        </Link>{' '}
        · <CsvExportLinks href="/api/outlets?format=csv" label="CSV" />
      </p>
      {'problem' in result ? (
        <p role="alert" className="mt-4 text-rose-800 dark:text-rose-300">
          The archive cannot be read: {result.problem}
        </p>
      ) : !result.value.list.hasArticles ? (
        <EmptyCorpus />
      ) : (
        <>
          <OutletFilters
            values={values}
            agencies={result.value.list.agencies}
            problems={problems}
            query={query}
          />
          {result.value.list.refreshedAt === null ? (
            <p className="mt-4">
              The outlet figures have not been built yet: they are made when the trace job finishes after an
              import.
            </p>
          ) : result.value.rows.length === 0 ? (
            <p className="mt-4">No outlet has traced articles that match these filters.</p>
          ) : (
            <>
              {/* Outside the table's scroll box, so that it wraps on a phone. */}
              <p id="outlets-caption" className="mt-4 text-sm text-stone-700 dark:text-stone-300">
                {result.value.rows.length} outlets, sorted by{' '}
                {COLUMNS.find((c) => c.key === query.sort)!.label.toLowerCase()} (
                {query.dir === 'asc' ? 'ascending' : 'descending'}). Figures as of{' '}
                {result.value.list.refreshedAt.slice(0, 16).replace('T', ' ')} UTC.
              </p>
              <div className="mt-2 overflow-x-auto">
                <table
                  className="w-full min-w-[56rem] border-collapse text-sm"
                  aria-describedby="outlets-caption"
                >
                  <caption className="sr-only">Outlets</caption>
                  <thead>
                    <tr className="border-b border-stone-300 dark:border-stone-700">
                      {COLUMNS.map((column) => (
                        <th
                          key={column.key}
                          scope="col"
                          aria-sort={
                            query.sort === column.key
                              ? query.dir === 'asc'
                                ? 'ascending'
                                : 'descending'
                              : undefined
                          }
                          className={`px-2 py-1.5 font-medium ${column.numeric ? 'text-right' : 'text-left'}`}
                        >
                          <Link
                            href={sortHref(values, query, column.key)}
                            data-sort={column.key}
                            className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
                          >
                            {column.label}
                            {query.sort === column.key && (
                              <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span>
                            )}
                          </Link>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {result.value.rows.map((row) => (
                      <tr
                        key={row.slug}
                        data-outlet={row.outlet}
                        className="border-b border-stone-200 dark:border-stone-800"
                      >
                        <th scope="row" className="px-2 py-1.5 text-left font-medium">
                          <Link
                            href={`/outlets/${row.slug}`}
                            className="text-sky-800 underline dark:text-sky-300"
                          >
                            {row.outlet}
                          </Link>
                        </th>
                        <td className="px-2 py-1.5 text-right tabular-nums">{row.articles}</td>
                        <td className="px-2 py-1.5 text-right tabular-nums">{row.derived}</td>
                        <td className="px-2 py-1.5 text-right tabular-nums">
                          {partText(row.derived, row.articles)}
                        </td>
                        <td className="px-2 py-1.5 text-right tabular-nums">{row.partial}</td>
                        <td className="px-2 py-1.5 text-right tabular-nums">
                          {partText(row.partial, row.articles)}
                        </td>
                        <td className="px-2 py-1.5 text-right tabular-nums">{row.independent}</td>
                        <td className="px-2 py-1.5 text-right tabular-nums">
                          {partText(row.independent, row.articles)}
                        </td>
                        <td className="px-2 py-1.5 text-right tabular-nums">
                          {shareText(row.medianReuseShare)}
                        </td>
                        <td className="px-2 py-1.5 text-right tabular-nums">
                          {shareText(row.medianWireCoverage)}
                        </td>
                        <td className="px-2 py-1.5 text-right tabular-nums">{lagText(row.medianLagHours)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </>
  );
}
