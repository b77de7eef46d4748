import Link from 'next/link';
import { lagText, shareText, VerdictBadge } from '@/components/dashboard/figures';
import type { CountBar } from '@/lib/dashboard/charts';
import { outletIdFor } from '@/lib/view/outlet-id';
import type { OutletArticle, OutletArticlePage } from '@/server/corpus/outlet-articles';

/** Classes of the dashboard's tables and their cells. */
export const TABLE = 'mt-2 border-collapse text-sm';
export const CELL = 'border-b border-stone-200 px-2 py-1 dark:border-stone-800';

/** A chart's figures as a table: one row per bar. */
export function BarsTable({ bars, caption, bucket }: { bars: CountBar[]; caption: string; bucket: string }) {
  return (
    <table className={TABLE}>
      <caption className="text-left text-stone-700 dark:text-stone-300">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${CELL} text-left`}>
            {bucket}
          </th>
          <th scope="col" className={`${CELL} text-right`}>
            Articles
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.label}>
            <th scope="row" className={`${CELL} text-left font-normal`}>
              {bar.label}
            </th>
            <td className={`${CELL} text-right tabular-nums`}>{bar.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The comparison that marks this article's copied sentences, when it was traced to a story version. */
function comparisonHref(article: OutletArticle): string | null {
  if (article.verdict === 'independent' || article.storyId === null || article.version === null) return null;
  return `/corpus/stories/${article.storyId}/v/${article.version}/outlets/${outletIdFor(article.id)}`;
}

/** One outlet's traced articles, a page at a time, each linking to the comparison that marks its copied sentences. */
export function OutletArticlesSection({ page, slug }: { page: OutletArticlePage; slug: string }) {
  return (
    <section aria-labelledby="articles-heading" className="mt-6">
      <h2 id="articles-heading" className="text-lg font-semibold">
        Articles
      </h2>
      {/* Outside the table, which scrolls sideways on a phone: the sentence wraps to the screen's width. */}
      <p className="text-sm text-stone-700 dark:text-stone-300">
        A derived or partial article opens its comparison with the wire version it is closest to, where the
        copied sentences are marked.
      </p>
      <div className="overflow-x-auto">
        <table className={`${TABLE} w-full min-w-[40rem]`}>
          <caption className="text-left text-stone-700 dark:text-stone-300">
            Newest first, page {page.page} of {page.pages}
          </caption>
          <thead>
            <tr>
              {['Article', 'Published', 'Verdict', 'Reuse share', 'Wire coverage', 'Lag', 'Wire version'].map(
                (label, i) => (
                  <th
                    key={label}
                    scope="col"
                    className={`${CELL} ${i < 3 || i === 6 ? 'text-left' : 'text-right'}`}
                  >
                    {label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {page.articles.map((article) => {
              const href = comparisonHref(article);
              return (
                <tr key={article.id} data-article={article.id}>
                  <th scope="row" lang="de" className={`${CELL} text-left font-normal`}>
                    {href ? (
                      <Link href={href} className="text-sky-800 underline dark:text-sky-300">
                        {article.title ?? article.id}
                      </Link>
                    ) : (
                      (article.title ?? article.id)
                    )}
                  </th>
                  <td className={`${CELL} whitespace-nowrap`}>
                    {article.published?.slice(0, 16).replace('T', ' ') ?? '–'}
                  </td>
                  <td className={CELL}>
                    <VerdictBadge verdict={article.verdict} />
                  </td>
                  <td className={`${CELL} text-right tabular-nums`}>{shareText(article.reuseShare)}</td>
                  <td className={`${CELL} text-right tabular-nums`}>{shareText(article.wireCoverage)}</td>
                  <td className={`${CELL} text-right tabular-nums`}>{lagText(article.lagHours)}</td>
                  <td className={CELL}>
                    {article.wire ? `${article.wire}${article.version ? ` (v${article.version})` : ''}` : '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {page.pages > 1 && (
        <nav aria-label="Article pages" className="mt-3 flex gap-4 text-sm">
          {page.page > 1 && (
            <Link
              href={`/outlets/${slug}?page=${page.page - 1}`}
              rel="prev"
              className="text-sky-800 underline dark:text-sky-300"
            >
              ← Newer
            </Link>
          )}
          <span>
            Page {page.page} of {page.pages}
          </span>
          {page.page < page.pages && (
            <Link
              href={`/outlets/${slug}?page=${page.page + 1}`}
              rel="next"
              className="text-sky-800 underline dark:text-sky-300"
            >
              Older →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
