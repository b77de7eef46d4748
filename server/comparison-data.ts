/**
 * The one comparison boundary: turns stored texts — a content story, a saved comparison, a corpus story version —
 * into what a screen renders and what an export needs, aligned once and kept in one cache. Every route calls
 * `loadComparison`; nothing else aligns texts for a page.
 * Known weakness: the alignment runs when a page first needs it, off the request thread but still awaited by that
 * request (saved comparisons then read it back from the database); content stories align in-thread, being small.
 */
import type { Alignment } from '@/lib/engine';
import { loadStory } from '@/lib/content/load-stories';
import { alignTexts, type ComparisonTexts } from '@/lib/view/story-view';
import type { ScreenData } from '@/lib/view/types';
import { buildStorySpread } from '@/lib/dashboard/story-spread';
import { outletIdFor } from '@/lib/view/outlet-id';
import { corpus } from './corpus/corpus';
import { alignOffThread } from './align-pool';
import { WeightedCache } from './weighted-cache';
import { loadSavedComparison } from './saved-comparison';
import type { CorpusStory } from './corpus/types';

/** Where a comparison's texts are stored: content/, the saved comparisons, or the corpus (a story's version). */
export type ComparisonKind = 'story' | 'comparison' | 'corpus';

/** A comparison ready for its pages and exports. */
export interface LoadedComparison {
  screen: ScreenData;
  texts: ComparisonTexts;
  alignment: Alignment;
  /** How the texts are named in exports: file paths for content stories, outlet names for saved comparisons. */
  sources: { wire: string; outlets: string[] };
  /** Further wire versions (saved comparisons), for the self-contained export. */
  wireVersions?: Array<{ label?: string; text: string; published?: string }>;
}

// Stored texts never change (saved comparisons are immutable; stories change only with a new build), so an
// alignment can be kept as long as memory allows. The cache holds promises, so that requests arriving together (a
// page and its metadata, five readers of a new link) share one alignment instead of queueing one each.
const CACHE = {
  /** 64 comparisons of ordinary length hold about 100 MB. */
  entries: 64,
  /**
   * Characters of text, all versions together. Held in memory, an aligned comparison takes about 90 bytes per
   * character of its texts (the server grew by 390 MB for 20 × 200,000 in `npm run reliability`), so 8 million
   * characters keep the cache near 700 MB: two comparisons at the limits, or hundreds of ordinary ones. What
   * leaves the cache is read back from the stored alignment (saved comparisons) or aligned again.
   */
  characters: 8_000_000,
};
const cache = new WeightedCache<LoadedComparison>(
  CACHE.entries,
  CACHE.characters,
  ({ texts }) => texts.wireText.length + texts.outlets.reduce((sum, outlet) => sum + outlet.text.length, 0),
);

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

/** The version of a corpus story that most of its articles are closest to (1-based), the story's default view. */
export function defaultVersion(story: CorpusStory): number {
  const counts = story.versions.map((v) => story.articles.filter((a) => a.closestVersion === v.id).length);
  return counts.indexOf(Math.max(...counts)) + 1;
}

async function fromCorpus(key: string): Promise<LoadedComparison | null> {
  const match = /^(\d{1,12})\/(\d{1,6})$/.exec(key);
  if (!match) return null;
  const storyId = Number(match[1]);
  const story = await (await corpus()).getStory(storyId);
  const n = Number(match[2]);
  const version = story?.versions[n - 1];
  if (!story || !version) return null;
  const basePath = (v: number) => `/corpus/stories/${storyId}/v/${v}`;
  const closest = story.articles.filter((a) => a.closestVersion === version.id);
  const texts: ComparisonTexts = {
    wireText: version.text,
    outlets: closest.map((a) => ({
      id: outletIdFor(a.id),
      name: a.outlet ? (a.title ? `${a.outlet} · ${a.title}` : a.outlet) : (a.title ?? a.id),
      text: a.text,
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { date: a.published.slice(0, 10) } : {}),
    })),
  };
  const { alignment, view } = await alignOffThread(texts);
  return {
    screen: {
      title: version.title ?? story.summary.title,
      ...(version.published ? { date: version.published.slice(0, 10) } : {}),
      agency: version.agency ?? story.summary.agency ?? '',
      view,
      basePath: basePath(n),
      exportHref: `/api/corpus/stories/${storyId}/v/${n}`,
      unlisted: false,
      spread: buildStorySpread(story.versions, story.articles),
      wireVersions: story.versions.map((v, i) => ({
        kind: 'wire' as const,
        id: v.id,
        label: v.title ?? v.id,
        href: basePath(i + 1),
        current: i + 1 === n,
        outlets: story.articles.filter((a) => a.closestVersion === v.id).length,
        ...(v.published ? { published: v.published } : {}),
      })),
    },
    texts,
    alignment,
    sources: { wire: version.id, outlets: closest.map((a) => a.id) },
  };
}

/** Drops a deleted comparison's alignment, so that nothing of its texts is served again. */
export function forgetComparison(id: string): void {
  for (const key of cache.keys())
    if (key === `comparison:${id}` || key.startsWith(`comparison:${id}/`)) cache.delete(key);
}

/** The comparison of this kind and key (story slug, comparison id, corpus key), aligned; null when there is none. */
export async function loadComparison(kind: ComparisonKind, key: string): Promise<LoadedComparison | null> {
  // A corpus story changes when more is imported or traced: its cache entry is keyed by the last finished job.
  const stamp = kind === 'corpus' ? `@${(await (await corpus()).lastChange()) ?? ''}` : '';
  const cacheKey = `${kind}:${key}${stamp}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const loading = (async () =>
    kind === 'story'
      ? fromContent(key)
      : kind === 'comparison'
        ? await loadSavedComparison(key)
        : await fromCorpus(key))();
  // What is not there (yet), or failed to align, is dropped and asked again next time.
  cache.set(cacheKey, loading);
  return loading;
}
