import Link from 'next/link';
import { loadStories } from '@/lib/content/load-stories';
import { formatPartialDate } from '@/components/format';

export default function HomePage() {
  const stories = loadStories();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Stories</h1>
      <p className="mt-1 max-w-2xl text-stone-700 dark:text-stone-300">
        Each story puts an agency&apos;s wire text beside the versions outlets published, and shows what every
        outlet copied, edited, added and dropped.
      </p>
      <ul className="mt-6 grid gap-3" aria-label="Stories">
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
                {story.meta.agency} · {story.outlets.length} version{story.outlets.length === 1 ? '' : 's'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/new" className="font-medium text-sky-800 underline dark:text-sky-300">
          Compare your own texts
        </Link>{' '}
        — paste a wire text and the versions you found, and get a link to share.
      </p>
      {stories.length === 0 && (
        <p className="mt-6">
          No stories yet. Add one with <code>npm run import</code>.
        </p>
      )}
    </>
  );
}
