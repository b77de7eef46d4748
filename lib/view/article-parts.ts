/**
 * Splits an outlet's article into parts of bounded length for the outlet view, as row-pages.ts splits the
 * side-by-side rows: a 200,000-character article renders 3 MB of HTML (each sentence carries its wire source), a
 * fifth of a second of the server's only thread. Paragraphs are never cut; parts are numbered from 1 in the
 * `?part=` parameter, and links to a sentence (`#outlet-002-u40`) carry the part that holds it.
 * Known weakness: an address with a fragment but no part (shared by hand) opens part 1.
 */
import { sliceStarts } from './render-slices';
import { ROW_PAGE_CONFIG } from './row-pages';
import type { ArticleBlock } from './types';

/** Where an article's parts start, and the part of each sentence. */
export interface ArticleParts {
  /** Index of each part's first paragraph; always starts with 0. */
  starts: number[];
  /** The part (1-based) of each sentence by its anchor; empty when the article is one part. */
  sentencePart: Record<string, number>;
}

const blockChars = (block: ArticleBlock) => block.sentences.reduce((sum, s) => sum + s.text.length, 0);

/** The parts of an article: the same character budget as a page of rows. */
export function articleParts(
  blocks: ArticleBlock[],
  maxChars: number = ROW_PAGE_CONFIG.maxCharsPerPage,
): ArticleParts {
  const starts = sliceStarts(blocks, blockChars, maxChars);
  const sentencePart: Record<string, number> = {};
  if (starts.length > 1)
    blocks.forEach((block, i) => {
      const part = starts.filter((start) => start <= i).length;
      for (const sentence of block.sentences) sentencePart[sentence.anchor] = part;
    });
  return { starts, sentencePart };
}

/** The paragraphs of part `part` (1-based, already checked). */
export function blocksOfPart(blocks: ArticleBlock[], parts: ArticleParts, part: number): ArticleBlock[] {
  return blocks.slice(parts.starts[part - 1] ?? 0, parts.starts[part] ?? blocks.length);
}

/** The address of a sentence in the outlet view at `outletPath`, on the part that holds it. */
export function articleSentenceHref(
  outletPath: string,
  parts: ArticleParts | undefined,
  anchor: string,
): string {
  const part = parts?.sentencePart[anchor] ?? 1;
  return `${outletPath}${part > 1 ? `?part=${part}` : ''}#${anchor}`;
}
