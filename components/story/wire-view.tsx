import Link from 'next/link';
import type { StoryView, WireSentenceOutcome } from '@/lib/view/types';
import type { WireStatus } from '@/lib/engine';
import { articleSentenceHref } from '@/lib/view/article-parts';
import { outcomesOfPage } from '@/lib/view/row-pages';
import { WIRE_STATUS_BAR, wireCellMark } from './marks';
import { InTurns } from './in-turns';
import { RowPager } from './part-pager';
import { SentencePieces } from './sentence';

function UseBar({ counts }: { counts: WireSentenceOutcome['counts'] }) {
  const total = counts.kept + counts.edited + counts.dropped || 1;
  return (
    <span aria-hidden="true" className="mt-1 flex h-2 w-40 overflow-hidden rounded">
      {(Object.keys(WIRE_STATUS_BAR) as WireStatus[]).map((key) => (
        <span
          key={key}
          className={WIRE_STATUS_BAR[key]}
          style={{ width: `${(counts[key] / total) * 100}%` }}
        />
      ))}
    </span>
  );
}

/** One wire sentence, shaded by use, opening onto what each version wrote of it. */
function WireOutcomeItem({
  outcome: { wire, statuses, counts },
  total,
  basePath,
  articleParts,
}: {
  outcome: WireSentenceOutcome;
  total: number;
  basePath: string;
  articleParts: StoryView['articleParts'];
}) {
  const used = (counts.kept + counts.edited) / total;
  return (
    <li id={wire.id} data-wire-unit={wire.id} className={`target-focus ${wire.endsParagraph ? 'mb-4' : ''}`}>
      <details
        className="rounded border border-stone-200 dark:border-stone-800"
        style={{
          backgroundColor: `color-mix(in oklab, var(--color-sky-500) ${Math.round(used * 45)}%, transparent)`,
        }}
      >
        <summary className={`cursor-pointer p-2 ${wire.kind === 'heading' ? 'font-semibold' : ''}`}>
          <span className="mr-1 font-mono text-xs">{wire.id}</span>
          {wire.text}
          <span className="mt-1 block text-xs" lang="en">
            {counts.kept} kept · {counts.edited} edited · {counts.dropped} dropped
          </span>
          <UseBar counts={counts} />
        </summary>
        <ul className="border-t border-stone-200 p-2 text-sm dark:border-stone-800" lang="en">
          {statuses.map((cell) => {
            const { outletId, outletName, status, sharedQuote, sentences } = cell;
            const mark = wireCellMark(cell);
            return (
              <li
                key={outletId}
                data-outlet={outletId}
                data-status={status}
                data-shared-quote={sharedQuote || undefined}
                className="py-1"
              >
                <span
                  className={`mr-2 inline-block min-w-20 rounded px-1 text-center text-xs font-semibold ${mark.className}`}
                >
                  <span aria-hidden="true">{mark.symbol} </span>
                  {mark.label}
                </span>
                <Link
                  href={`${basePath}/outlets/${outletId}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {outletName}
                </Link>
                {sentences.map((sentence) => (
                  <Link
                    key={sentence.anchor}
                    href={articleSentenceHref(
                      `${basePath}/outlets/${outletId}`,
                      articleParts[outletId],
                      sentence.anchor,
                    )}
                    lang="de"
                    className="mt-0.5 block border-l-2 border-stone-300 pl-2 text-stone-900 no-underline hover:bg-white/60 dark:border-stone-600 dark:text-stone-100 dark:hover:bg-stone-900/60"
                  >
                    <SentencePieces sentence={sentence} />
                  </Link>
                ))}
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}

/** The characters a wire sentence's entry shows: the sentence and every version's sentences from it. */
const outcomeWeight = ({ wire, statuses }: WireSentenceOutcome) =>
  statuses.reduce(
    (sum, status) => sum + status.sentences.reduce((chars, sentence) => chars + sentence.text.length, 0),
    wire.text.length,
  );

/** The wire text, each sentence shaded by how many versions kept, edited or dropped it; expandable per sentence. */
export function WireView({
  view,
  basePath,
  page,
}: {
  view: StoryView;
  basePath: string;
  /** The part of a long comparison to show, along the side-by-side pages; every sentence when not given. */
  page?: number;
}) {
  const total = view.outlets.length || 1;
  const outcomes = outcomesOfPage(view.wireOutcomes, view.paging, page);
  return (
    <section aria-labelledby="wire-heading" className="mt-8">
      <h2 id="wire-heading" className="text-lg font-semibold">
        The wire, sentence by sentence
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        The darker a sentence, the more versions used it. Open a sentence to read what each version wrote of
        it, changed words marked.
      </p>
      <RowPager view={view} page={page} position="top" />
      <ol className="mt-3 max-w-3xl space-y-1" lang="de">
        <InTurns
          items={outcomes}
          weight={outcomeWeight}
          render={(outcome) => (
            <WireOutcomeItem
              key={outcome.wire.id}
              outcome={outcome}
              total={total}
              basePath={basePath}
              articleParts={view.articleParts}
            />
          )}
        />
      </ol>
      <RowPager view={view} page={page} position="bottom" />
    </section>
  );
}
