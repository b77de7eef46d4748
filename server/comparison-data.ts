/**
 * Loads a saved comparison or a content story and aligns it, for the pages and the API. Saved comparisons never
 * change, so their alignments are kept in a small in-memory cache.
 */
import type { Alignment } from '@/lib/engine/types';
import { loadStory } from '@/lib/content/load-stories';
import { alignTexts, type ComparisonTexts } from '@/lib/view/story-view';
import type { StoryView } from '@/lib/view/types';
import { comparisonStore, isComparisonId, type SavedComparison } from './comparison-store';

/** What the pages and exports need of one comparison. */
export interface AlignedComparison {
  texts: ComparisonTexts;
  alignment: Alignment;
  view: StoryView;
}

const CACHE_SIZE = 64;
const cache = new Map<string, AlignedComparison>();

/** Outlet ids of a saved comparison: `outlet-1`, `outlet-2`, … in the order given. */
function textsOf(saved: SavedComparison): ComparisonTexts {
  return {
    wireText: saved.wireText,
    outlets: saved.outlets.map((o, i) => ({ id: `outlet-${i + 1}`, name: o.name, text: o.text })),
  };
}

function align(texts: ComparisonTexts): AlignedComparison {
  return { texts, ...alignTexts(texts) };
}

/** A saved comparison with its alignment, or null when the id is malformed or unknown. */
export async function getComparison(
  id: string,
): Promise<(AlignedComparison & { saved: SavedComparison }) | null> {
  if (!isComparisonId(id)) return null;
  const saved = await comparisonStore().get(id);
  if (!saved) return null;
  let aligned = cache.get(id);
  if (!aligned) {
    aligned = align(textsOf(saved));
    cache.set(id, aligned);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return { ...aligned, saved };
}

/** A content story with its alignment, or null. */
export function getStoryComparison(
  slug: string,
): (AlignedComparison & { sources: { wire: string; outlets: string[] } }) | null {
  const story = loadStory(slug);
  if (!story) return null;
  return {
    ...align(story),
    sources: {
      wire: `content/${slug}/${story.meta.wire.file}`,
      outlets: story.outlets.map((o) => `content/${slug}/${o.file}`),
    },
  };
}
