import Link from 'next/link';
import { RovingGrid } from '@/components/client/roving-grid';
import { Fragment } from 'react';
import { formatPartialDate } from '@/components/format';
import { percent } from '@/lib/text/percent';
import { blocksOfPart } from '@/lib/view/article-parts';
import { sideBySideHref } from '@/lib/view/row-pages';
import type { ArticleBlock, OutletSummaryView, SentenceView, StoryView } from '@/lib/view/types';
import { VerdictBadge } from './badges';
import { InTurns } from './in-turns';
import { PartPager } from './part-pager';
import { FurnitureGroup } from './furniture-group';
import { INLINE_STATUS, OUTLET_STATUS } from './marks';
import { SentenceFlags, SentencePieces, StatusSymbol } from './sentence';

function ArticleSentence({
  sentence,
  view,
  basePath,
}: {
  sentence: SentenceView;
  view: StoryView;
  basePath: string;
}) {
  return (
    <span
      id={sentence.anchor}
      data-status={sentence.status}
      data-outlet={sentence.outletId}
      className="sentence target-focus"
    >
      <a
        href={`#${sentence.anchor}`}
        className={`rounded px-0.5 box-decoration-clone text-inherit no-underline ${INLINE_STATUS[sentence.status]}`}
      >
        {sentence.status === 'added' && <StatusSymbol status="added" />}
        <span className="sr-only">{OUTLET_STATUS[sentence.status].label}: </span>
        <SentencePieces sentence={sentence} />
      </a>
      <SentenceFlags sentence={sentence} />
      <span className="wire-source">
        {sentence.wire.length > 0 ? (
          <>
            <span className="font-semibold">Wire source </span>
            {sentence.wire.map((id) => (
              <span key={id} className="block">
                <Link
                  href={sideBySideHref(basePath, view.paging, id)}
                  className="font-mono text-sky-800 underline dark:text-sky-300"
                >
                  {id}
                </Link>{' '}
                {view.wireText[id]}
              </span>
            ))}
          </>
        ) : (
          <span>
            {sentence.status === 'boilerplate'
              ? 'Page furniture: not compared with the wire.'
              : 'No wire source: the outlet wrote this itself.'}
          </span>
        )}
      </span>
    </span>
  );
}

const BLOCK_TAG: Record<
  Exclude<ArticleBlock['kind'], 'furniture'>,
  { tag: 'h3' | 'p'; className: string }
> = {
  heading: { tag: 'h3', className: 'mt-4 text-lg font-semibold' },
  text: { tag: 'p', className: 'mt-3 leading-8' },
};

function Paragraph({ block, view, basePath }: { block: ArticleBlock; view: StoryView; basePath: string }) {
  if (block.kind === 'furniture') return <FurnitureGroup sentences={block.sentences} />;
  const { tag: Tag, className } = BLOCK_TAG[block.kind];
  return (
    <Tag className={className}>
      {block.sentences.map((sentence) => (
        <Fragment key={sentence.anchor}>
          <ArticleSentence sentence={sentence} view={view} basePath={basePath} />{' '}
        </Fragment>
      ))}
    </Tag>
  );
}

/** The characters a paragraph shows: its sentences, and the wire source each one carries. */
const blockWeight = (block: ArticleBlock) =>
  block.sentences.reduce((sum, sentence) => sum + 2 * sentence.text.length, 0);

/** One outlet's article as published, every sentence marked; selecting a sentence shows its wire source. */
export function OutletArticle({
  view,
  outlet,
  basePath,
  part,
}: {
  view: StoryView;
  outlet: OutletSummaryView;
  basePath: string;
  /** The part of a long article to show (article-parts.ts); all of it when not given. */
  part?: number;
}) {
  const allBlocks = view.articles[outlet.id] ?? [];
  const parts = view.articleParts[outlet.id];
  const blocks = part === undefined || !parts ? allBlocks : blocksOfPart(allBlocks, parts, part);
  const pager = (position: 'top' | 'bottom') =>
    part !== undefined &&
    parts && (
      <PartPager
        page={part}
        count={parts.starts.length}
        holds={`paragraphs ${(parts.starts[part - 1] ?? 0) + 1}–${parts.starts[part] ?? allBlocks.length} of ${allBlocks.length}`}
        param="part"
        position={position}
      />
    );
  return (
    <section aria-labelledby="outlet-heading" className="mt-3 sm:mt-6">
      {/* One Tab stop however many versions: the arrow keys move along the list (the current one is the stop). */}
      <RovingGrid label="Versions: use the arrow keys to move between them">
        <nav
          aria-label="Versions"
          className="scroll-x flex gap-2 pb-1 text-sm whitespace-nowrap sm:flex-wrap"
        >
          {view.columns.map((o, i) => (
            <Link
              key={o.id}
              href={`${basePath}/outlets/${o.id}`}
              aria-current={o.id === outlet.id ? 'page' : undefined}
              tabIndex={o.id === outlet.id ? 0 : -1}
              data-row={0}
              data-col={i}
              className="rounded border border-stone-300 px-2 py-1 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white dark:border-stone-700"
            >
              {o.name}
            </Link>
          ))}
        </nav>
      </RovingGrid>
      <h2 id="outlet-heading" className="mt-2 text-lg font-semibold sm:mt-4">
        {outlet.name} <VerdictBadge verdict={outlet.verdict} className="ml-1 align-middle" />
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {percent(outlet.reuseShare)} of its {outlet.words} words from the wire ·{' '}
        {percent(outlet.wireCoverage)} of the wire used · {outlet.addedWords} words added
        {outlet.date && <> · published {formatPartialDate(outlet.date)}</>}
        {outlet.url && (
          <>
            {' · '}
            <a
              href={outlet.url}
              rel="noopener noreferrer nofollow"
              className="text-sky-800 underline dark:text-sky-300"
            >
              original
            </a>
          </>
        )}
      </p>
      {/* The reason names the shared runs it found: evidence on demand, so the article itself comes first. */}
      <details className="text-sm text-stone-700 dark:text-stone-300">
        <summary className="cursor-pointer">Why {outlet.verdict}?</summary>
        <p className="mt-1">{outlet.reason}</p>
      </details>
      {outlet.verdict === 'independent' && (
        <p
          data-verdict-note="independent"
          className="mt-2 max-w-3xl rounded border border-stone-400 bg-white p-2 text-sm dark:bg-stone-900"
        >
          This version is not derived from the wire. Sentences marked as copied or edited here only resemble a
          wire sentence — the same facts, names or quotations — and are not evidence of copying.
        </p>
      )}
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Select a sentence to see its wire source.
      </p>
      {pager('top')}
      <article
        lang="de"
        className="mt-1 max-w-3xl rounded-lg border border-stone-200 bg-white p-3 sm:mt-2 sm:p-4 dark:border-stone-800 dark:bg-stone-900"
      >
        <InTurns
          items={blocks}
          weight={blockWeight}
          render={(block) => (
            <Paragraph key={block.sentences[0]!.anchor} block={block} view={view} basePath={basePath} />
          )}
        />
      </article>
      {pager('bottom')}
    </section>
  );
}
