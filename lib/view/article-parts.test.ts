import { describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { alignTexts } from './story-view';
import { articleParts, articleSentenceHref, blocksOfPart } from './article-parts';

const seed = seedTexts();
const { view } = alignTexts({
  wireText: seed.wire,
  outlets: Object.entries(seed.outlets).map(([id, text]) => ({ id, name: id, text })),
});
const [longestId, blocks] = Object.entries(view.articles).sort(
  (a, b) => b[1].flatMap((x) => x.sentences).length - a[1].flatMap((x) => x.sentences).length,
)[0]!;

describe('article parts', () => {
  it('keeps every seed article in one part, so its links carry no part', () => {
    for (const parts of Object.values(view.articleParts))
      expect(parts).toEqual({ starts: [0], sentencePart: {} });
    const anchor = blocks[0]!.sentences[0]!.anchor;
    expect(articleSentenceHref('/s/x/outlets/a', view.articleParts[longestId], anchor)).toBe(
      `/s/x/outlets/a#${anchor}`,
    );
  });
  it('cuts a long article between paragraphs, every paragraph in one part, and links to the right part', () => {
    const chars = blocks.flatMap((b) => b.sentences).reduce((sum, s) => sum + s.text.length, 0);
    const parts = articleParts(blocks, Math.ceil(chars / 3));
    expect(parts.starts.length).toBeGreaterThanOrEqual(3);
    const all = parts.starts.flatMap((_, i) => blocksOfPart(blocks, parts, i + 1));
    expect(all).toEqual(blocks);
    const lastPart = parts.starts.length;
    const last = blocksOfPart(blocks, parts, lastPart).at(-1)!.sentences.at(-1)!;
    expect(parts.sentencePart[last.anchor]).toBe(lastPart);
    expect(articleSentenceHref('/c/1/outlets/o', parts, last.anchor)).toBe(
      `/c/1/outlets/o?part=${lastPart}#${last.anchor}`,
    );
  });
});
