import { cache } from 'react';
import { compare } from '@/lib/engine/compare';
import { listStorySlugs, loadStory, type Story } from '@/lib/content/load-stories';
import { buildStoryView } from '@/lib/view/story-view';
import type { StoryView } from '@/lib/view/types';

/** A content story with its comparison, computed once per build (pages are static). */
export interface StoryPageData {
  story: Story;
  view: StoryView;
  basePath: string;
}

/** Loads a story and aligns it; null for unknown slugs. */
export const getStoryPageData = cache((slug: string): StoryPageData | null => {
  const story = loadStory(slug);
  if (!story) return null;
  const alignment = compare(
    story.wireText,
    story.outlets.map((outlet) => outlet.text),
  );
  return { story, view: buildStoryView(story, alignment), basePath: `/stories/${slug}` };
});

/** Every story slug, for static generation. */
export function storySlugs(): Array<{ slug: string }> {
  return listStorySlugs().map((slug) => ({ slug }));
}
