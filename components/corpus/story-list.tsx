import Link from 'next/link';
import type { StoryPage } from '@/server/corpus/types';
import { storyListHref, type StoryListQuery } from '@/lib/view/story-list-query';

/** One page of corpus stories with paging links that keep the filters. */
export function CorpusStoryList({ page, query }: { page: StoryPage; query: StoryListQuery }) {
  if (page.stories.length === 0) return <p className="mt-4">No story matches these filters.</p>;
  return (
    <>
      <ul className="mt-4 grid gap-2" aria-label="Archive stories">
        {page.stories.map((story) => (
          <li key={story.id} data-corpus-story={story.id}>
            <Link
              href={`/corpus/stories/${story.id}`}
              className="block rounded-lg border border-stone-200 bg-white p-3 shadow-sm transition hover:border-sky-500 dark:border-stone-800 dark:bg-stone-900"
            >
              <span lang="de" className="block font-medium">
                {story.title}
              </span>
              <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">
                {story.firstPublished && (
                  <>
                    <time dateTime={story.firstPublished}>{story.firstPublished.slice(0, 10)}</time> ·{' '}
                  </>
                )}
                {story.agency && <>wire: {story.agency} · </>}
                {story.versions} wire {story.versions === 1 ? 'version' : 'versions'} · {story.articles}{' '}
                traced {story.articles === 1 ? 'article' : 'articles'} ({story.derived} derived,{' '}
                {story.partial} partial)
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
        {page.page > 1 && (
          <Link
            href={storyListHref({ ...query, page: page.page - 1 })}
            className="text-sky-800 underline dark:text-sky-300"
          >
            ← Newer
          </Link>
        )}
        <span>
          Page {page.page} of {page.pages} · {page.total} {page.total === 1 ? 'story' : 'stories'}
        </span>
        {page.page < page.pages && (
          <Link
            href={storyListHref({ ...query, page: page.page + 1 })}
            className="text-sky-800 underline dark:text-sky-300"
          >
            Older →
          </Link>
        )}
      </nav>
    </>
  );
}
