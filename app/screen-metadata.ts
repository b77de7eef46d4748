import type { Metadata } from 'next';
import { percent } from '@/lib/text/percent';
import type { ScreenData } from '@/lib/view/types';

/**
 * Title, description and preview image for link previews in chat and social apps; saved comparisons (unlisted)
 * also ask search engines to stay away. `title` defaults to the comparison's own.
 */
export function screenMetadata(data: ScreenData | null, title = data?.title): Metadata {
  if (!data || !title) return { robots: { index: false } };
  const { view, basePath } = data;
  const description = view.outlets
    .map((o) => `${o.name}: ${o.verdict}, ${percent(o.reuseShare)} from the wire`)
    .join(' · ');
  // Served by the opengraph-image route beside the page; every view of a story shares it.
  const images = [
    {
      url: `${basePath}/opengraph-image`,
      width: 1200,
      height: 630,
      alt: `${title}: share of each version taken from the wire`,
    },
  ];
  return {
    title,
    description,
    openGraph: { title, description, type: 'article', images },
    twitter: { card: 'summary_large_image', title, description, images },
    ...(data.unlisted ? { robots: { index: false, follow: false } } : {}),
  };
}
