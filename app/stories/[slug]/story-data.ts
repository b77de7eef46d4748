import { cache } from 'react';
import type { ScreenData } from '@/components/story/screens';
import { listStorySlugs, loadStory } from '@/lib/content/load-stories';
import { alignTexts } from '@/lib/view/story-view';

/** A content story aligned for its pages, once per build (the pages are static); null for unknown slugs. */
export const getStoryPageData = cache((slug: string): ScreenData | null => {
  const story = loadStory(slug);
  if (!story) return null;
  return {
    title: story.meta.title,
    date: story.meta.date,
    agency: story.meta.agency,
    view: alignTexts(story).view,
    basePath: `/stories/${slug}`,
    exportHref: `/api/stories/${slug}`,
  };
});

/** Every story slug, for static generation. */
export function storySlugs(): Array<{ slug: string }> {
  return listStorySlugs().map((slug) => ({ slug }));
}
