import Link from 'next/link';
import { Fragment } from 'react';
import { formatPartialDate, formatShare } from '@/components/format';
import type { OutletSummaryView, SentenceView, StoryView } from '@/lib/view/types';
import { FurnitureGroup } from './furniture-group';
import { OUTLET_STATUS, VERDICT } from './marks';
import { SentenceFlags, SentencePieces, StatusSymbol } from './sentence';

const INLINE: Record<SentenceView['status'], string> = {
  copied: 'bg-sky-100 dark:bg-sky-950',
  edited:
    'bg-amber-100 dark:bg-amber-950 underline decoration-dotted decoration-amber-700 underline-offset-4 dark:decoration-amber-300',
  added: 'bg-emerald-200 dark:bg-emerald-900 ring-1 ring-emerald-700 dark:ring-emerald-400',
  boilerplate: 'text-stone-500 dark:text-stone-400 italic',
};

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
        className={`rounded px-0.5 box-decoration-clone text-inherit no-underline ${INLINE[sentence.status]}`}
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
                  href={`${basePath}#${id}`}
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

function Paragraph({
  sentences,
  view,
  basePath,
}: {
  sentences: SentenceView[];
  view: StoryView;
  basePath: string;
}) {
  if (sentences.every((s) => s.status === 'boilerplate')) return <FurnitureGroup sentences={sentences} />;
  const Tag = sentences.every((s) => s.kind === 'heading') ? 'h3' : 'p';
  return (
    <Tag className={Tag === 'h3' ? 'mt-4 text-lg font-semibold' : 'mt-3 leading-8'}>
      {sentences.map((sentence) => (
        <Fragment key={sentence.anchor}>
          <ArticleSentence sentence={sentence} view={view} basePath={basePath} />{' '}
        </Fragment>
      ))}
    </Tag>
  );
}

/** One outlet's article as published, every sentence marked; selecting a sentence shows its wire source. */
export function OutletArticle({
  view,
  outlet,
  basePath,
}: {
  view: StoryView;
  outlet: OutletSummaryView;
  basePath: string;
}) {
  const paragraphs = view.articles[outlet.id] ?? [];
  return (
    <section aria-labelledby="outlet-heading" className="mt-8">
      <nav aria-label="Versions" className="flex flex-wrap gap-2 text-sm">
        {view.outlets.map((o) => (
          <Link
            key={o.id}
            href={`${basePath}/outlets/${o.id}`}
            aria-current={o.id === outlet.id ? 'page' : undefined}
            className="rounded border border-stone-300 px-2 py-1 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white dark:border-stone-700"
          >
            {o.name}
          </Link>
        ))}
      </nav>
      <h2 id="outlet-heading" className="mt-4 text-lg font-semibold">
        {outlet.name}{' '}
        <span
          className={`ml-1 rounded px-1.5 py-0.5 align-middle text-xs uppercase ${VERDICT[outlet.verdict].className}`}
        >
          {outlet.verdict}
        </span>
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {outlet.reason} {formatShare(outlet.reuseShare)} of its {outlet.words} words from the wire ·{' '}
        {formatShare(outlet.wireCoverage)} of the wire used · {outlet.addedWords} words added
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
      <article
        lang="de"
        className="mt-2 max-w-3xl rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
      >
        {paragraphs.map((sentences) => (
          <Paragraph key={sentences[0]!.anchor} sentences={sentences} view={view} basePath={basePath} />
        ))}
      </article>
    </section>
  );
}
