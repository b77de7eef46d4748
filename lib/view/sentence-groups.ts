/**
 * Grouping an outlet's sentences for display: runs of page furniture (shown collapsed and dimmed) apart from
 * text, and an article's paragraphs as headings, text or furniture blocks. Decided here so the components only
 * map each kind to an element.
 */
import type { ArticleBlock, SentenceGroup, SentenceView } from './types';

/** Splits sentences into runs of furniture and runs of text, in order. */
export function groupFurniture(sentences: SentenceView[]): SentenceGroup[] {
  const groups: SentenceGroup[] = [];
  for (const sentence of sentences) {
    const furniture = sentence.status === 'boilerplate';
    const last = groups.at(-1);
    if (last && last.furniture === furniture) last.sentences.push(sentence);
    else groups.push({ furniture, sentences: [sentence] });
  }
  return groups;
}

/**
 * An article's paragraphs (a paragraph ends where the text has a line break): all furniture → a furniture block,
 * all headings → a heading, otherwise text.
 */
export function articleBlocks(sentences: SentenceView[]): ArticleBlock[] {
  const paragraphs: SentenceView[][] = [[]];
  for (const sentence of sentences) {
    if (sentence.text === '') continue;
    paragraphs.at(-1)!.push(sentence);
    if (sentence.endsParagraph) paragraphs.push([]);
  }
  return paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({
      kind: paragraph.every((s) => s.status === 'boilerplate')
        ? 'furniture'
        : paragraph.every((s) => s.kind === 'heading')
          ? 'heading'
          : 'text',
      sentences: paragraph,
    }));
}
