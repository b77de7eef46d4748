import Link from 'next/link';
import { CorpusStoryList } from '@/components/corpus/story-list';
import { StorySearch } from '@/components/corpus/story-search';
import { formatPartialDate } from '@/components/format';
import { loadStories } from '@/lib/content/load-stories';
import { parseStoryListQuery } from '@/lib/view/story-list-query';
import { corpus } from '@/server/corpus/corpus';
import { corpusProblem } from '@/server/corpus/corpus-problem';

const IMPORT_COMMAND = 'npm run --silent wiretrace -- import --wires wires/ --articles articles.jsonl';

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const params = await searchParams;
  const parsed = parseStoryListQuery(params);
  const values = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) ?? '']),
  );
  const stories = loadStories();
  const archive = await corpusProblem(async () => {
    const reader = await corpus();
    const [counts, page] = await Promise.all([
      reader.counts(),
      reader.listStories({ ...parsed.query, pageSize: 20 }),
    ]);
    return { counts, page };
  });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Stories</h1>
      <p className="mt-1 max-w-2xl text-stone-700 dark:text-stone-300">
        Each story puts an agency&apos;s wire text beside the versions outlets published, and shows what every
        outlet copied, edited, added and dropped.{' '}
        <Link href="/find" className="font-medium text-sky-800 underline dark:text-sky-300">
          Find the source
        </Link>{' '}
        of an article you have.
      </p>

      <section aria-labelledby="archive-heading" className="mt-6">
        <h2 id="archive-heading" className="text-lg font-semibold">
          From the archive
        </h2>
        {'problem' in archive ? (
          <p role="alert" className="mt-2 text-rose-800 dark:text-rose-300">
            The archive cannot be read: {archive.problem}
          </p>
        ) : archive.value.counts.wires === 0 ? (
          <div className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
            <p>
              No archive imported yet. Import wire items and outlet articles (JSON Lines or folders of .txt
              files) and Wiretrace traces every article to its wire source and builds the stories by itself:
            </p>
            <pre className="mt-2 overflow-x-auto rounded bg-stone-100 p-2 text-sm dark:bg-stone-900">
              <code>{IMPORT_COMMAND}</code>
            </pre>
          </div>
        ) : (
          <>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              {archive.value.counts.wires} wire items · {archive.value.counts.articles} articles (
              {archive.value.counts.derived} derived, {archive.value.counts.partial} partial,{' '}
              {archive.value.counts.independent} independent) · {archive.value.counts.stories} stories with
              traced articles
              {archive.value.counts.lastImport && (
                <> · last import {archive.value.counts.lastImport.slice(0, 16).replace('T', ' ')} UTC</>
              )}{' '}
              ·{' '}
              <Link href="/jobs" className="text-sky-800 underline dark:text-sky-300">
                imports and jobs
              </Link>
            </p>
            <StorySearch parsed={parsed} values={values} />
            <CorpusStoryList page={archive.value.page} query={parsed.query} />
          </>
        )}
      </section>

      {stories.length > 0 && (
        <section aria-labelledby="curated-heading" className="mt-8">
          <h2 id="curated-heading" className="text-lg font-semibold">
            Curated stories
          </h2>
          <ul className="mt-3 grid gap-3" aria-label="Stories">
            {stories.map((story) => (
              <li key={story.slug} data-story={story.slug}>
                <Link
                  href={`/stories/${story.slug}`}
                  className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm transition hover:border-sky-500 dark:border-stone-800 dark:bg-stone-900"
                >
                  <span lang="de" className="block text-lg font-medium">
                    {story.meta.title}
                  </span>
                  <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">
                    <time dateTime={story.meta.date}>{formatPartialDate(story.meta.date)}</time> · wire:{' '}
                    {story.meta.agency} · {story.outlets.length} version
                    {story.outlets.length === 1 ? '' : 's'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6">
        <Link href="/new" className="font-medium text-sky-800 underline dark:text-sky-300">
          Compare your own texts
        </Link>{' '}
        — paste a wire text and the versions you found, and get a link to share.
      </p>
    </>
  );
}
