/**
 * The one comparison boundary: turns stored texts — a content story, a saved comparison (later a corpus story) —
 * into what a screen renders and what an export needs, aligned once and kept in one cache. Every route calls
 * `loadComparison`; nothing else aligns texts for a page.
 * Known weakness: the alignment runs on the first request that needs it (stories at build time); a very large
 * saved comparison costs that request its whole alignment time.
 */
import type { Alignment } from '@/lib/engine';
import { loadStory } from '@/lib/content/load-stories';
import { alignTexts, type ComparisonTexts } from '@/lib/view/story-view';
import type { ScreenData } from '@/lib/view/types';
import { isComparisonId } from './comparison-store';
import { comparisonStore } from './sqlite-store';

/** Where a comparison's texts are stored. */
export type ComparisonKind = 'story' | 'comparison';

/** A comparison ready for its pages and exports. */
export interface LoadedComparison {
  screen: ScreenData;
  texts: ComparisonTexts;
  alignment: Alignment;
  /** How the texts are named in exports: file paths for content stories, outlet names for saved comparisons. */
  sources: { wire: string; outlets: string[] };
}

// Stored texts never change (saved comparisons are immutable; stories change only with a new build), so an
// alignment can be kept as long as memory allows. 64 comparisons of ordinary length hold about 100 MB.
const CACHE_SIZE = 64;
const cache = new Map<string, LoadedComparison>();

async function fromStore(id: string): Promise<LoadedComparison | null> {
  if (!isComparisonId(id)) return null;
  const saved = await comparisonStore().get(id);
  if (!saved) return null;
  const texts: ComparisonTexts = {
    wireText: saved.wireText,
    outlets: saved.outlets.map((o, i) => ({ id: `outlet-${i + 1}`, name: o.name, text: o.text })),
  };
  const { alignment, view } = alignTexts(texts);
  return {
    screen: {
      title: saved.title,
      date: saved.createdAt.slice(0, 10),
      // A pasted comparison does not say which agency sent the wire.
      agency: '',
      view,
      basePath: `/c/${id}`,
      exportHref: `/api/comparisons/${id}`,
      unlisted: true,
    },
    texts,
    alignment,
    sources: { wire: 'wire', outlets: texts.outlets.map((o) => o.name) },
  };
}

function fromContent(slug: string): LoadedComparison | null {
  const story = loadStory(slug);
  if (!story) return null;
  const { alignment, view } = alignTexts(story);
  return {
    screen: {
      title: story.meta.title,
      date: story.meta.date,
      agency: story.meta.agency,
      view,
      basePath: `/stories/${slug}`,
      exportHref: `/api/stories/${slug}`,
      unlisted: false,
    },
    texts: story,
    alignment,
    sources: {
      wire: `content/${slug}/${story.meta.wire.file}`,
      outlets: story.outlets.map((o) => `content/${slug}/${o.file}`),
    },
  };
}

/** The comparison of this kind and key (story slug or comparison id), aligned; null when there is none. */
export async function loadComparison(kind: ComparisonKind, key: string): Promise<LoadedComparison | null> {
  const cacheKey = `${kind}:${key}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const loaded = kind === 'story' ? fromContent(key) : await fromStore(key);
  if (!loaded) return null;
  cache.set(cacheKey, loaded);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return loaded;
}
