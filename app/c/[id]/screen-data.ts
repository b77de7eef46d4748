import type { Metadata } from 'next';
import { cache } from 'react';
import type { ScreenData } from '@/components/story/screens';
import { storyMetadata } from '@/components/story/story-metadata';
import { getComparison } from '@/server/comparison-data';

/** A saved comparison aligned for its pages (rendered on request); null for unknown ids. */
export const getComparisonScreenData = cache(async (id: string): Promise<ScreenData | null> => {
  const data = await getComparison(id);
  if (!data) return null;
  return {
    title: data.saved.title,
    date: data.saved.createdAt.slice(0, 10),
    // A pasted comparison does not say which agency sent the wire.
    agency: '',
    view: data.view,
    basePath: `/c/${id}`,
    exportHref: `/api/comparisons/${id}`,
  };
});

/** Page metadata for a saved comparison: previews yes, search engines no (comparisons are not listed anywhere). */
export function comparisonMetadata(title: string, data: ScreenData): Metadata {
  return { ...storyMetadata(title, data.view, data.basePath), robots: { index: false, follow: false } };
}
