/**
 * Builds the whole view model of a story or saved comparison from its texts and the engine's alignment.
 */
import type { Alignment, CompareOptions, OutletAlignment, WireStatus } from '../engine';
import { sortOutlets } from './column-order';
import { articleBlocks } from './sentence-groups';
import { sideBySideRows } from './side-by-side';
import { rowPaging } from './row-pages';
import { articleParts } from './article-parts';
import { setAsideReason } from './set-aside';
import { trimRange, unitPieces } from './text-pieces';
import type { SentenceView, StoryView, WireSentenceView } from './types';
import { compare } from '../engine';

/** The texts of a comparison, as the loader or the database gives them. */
export interface ComparisonTexts {
  wireText: string;
  outlets: Array<{ id: string; name: string; text: string; url?: string; date?: string }>;
  /** Furniture learned from the wire's feed and from each outlet's articles (learnFurniture), when known. */
  furniture?: CompareOptions;
}

/** The element id of an outlet sentence: `<outlet id>-u<n>`, n counting from 1 in the outlet's text. */
export function sentenceAnchor(outletId: string, unitIndex: number): string {
  return `${outletId}-u${unitIndex + 1}`;
}

function endsParagraph(text: string, start: number, end: number): boolean {
  return end >= text.length || text.slice(start, end).includes('\n');
}

function outletSentences(
  id: string,
  text: string,
  wireText: string,
  alignment: OutletAlignment,
): SentenceView[] {
  return alignment.units.map((unit, index) => {
    const [start, end] = trimRange(text, unit.start, unit.end);
    const setAside = setAsideReason(unit);
    return {
      anchor: sentenceAnchor(id, index),
      outletId: id,
      status: unit.status,
      kind: unit.kind,
      moved: unit.moved,
      sharedQuote: unit.sharedQuote,
      wire: unit.wire,
      pieces: unitPieces(unit, text, wireText),
      text: text.slice(start, end),
      endsParagraph: endsParagraph(text, start, unit.end),
      ...(setAside !== undefined ? { setAside } : {}),
    };
  });
}

/** Compares the texts and builds their view model: the one call behind every story and comparison page. */
export function alignTexts(texts: ComparisonTexts): { alignment: Alignment; view: StoryView } {
  const alignment = compare(
    texts.wireText,
    texts.outlets.map((outlet) => outlet.text),
    texts.furniture,
  );
  return { alignment, view: buildStoryView(texts, alignment) };
}

/** Builds the view model; `alignment` must come from compare(texts.wireText, texts.outlets' texts). */
export function buildStoryView(texts: ComparisonTexts, alignment: Alignment): StoryView {
  const wireText: Record<string, string> = {};
  const wireSentences: WireSentenceView[] = [];
  for (const unit of alignment.wire.units) {
    const [start, end] = trimRange(texts.wireText, unit.start, unit.end);
    wireText[unit.id] = texts.wireText.slice(start, end);
    if (unit.kind === 'boilerplate' || start === end) continue;
    wireSentences.push({
      id: unit.id,
      kind: unit.kind,
      text: wireText[unit.id]!,
      endsParagraph: endsParagraph(texts.wireText, start, unit.end),
    });
  }

  const sentencesById: Record<string, SentenceView[]> = {};
  const outlets = texts.outlets.map((outlet, i) => {
    const result = alignment.outlets[i]!;
    sentencesById[outlet.id] = outletSentences(outlet.id, outlet.text, texts.wireText, result);
    return {
      id: outlet.id,
      name: outlet.name,
      ...(outlet.url ? { url: outlet.url } : {}),
      ...(outlet.date ? { date: outlet.date } : {}),
      verdict: result.verdict,
      reason: result.reason,
      reuseShare: result.stats.reuseShare,
      wireCoverage: result.stats.wireCoverage,
      addedWords: result.stats.addedWords,
      words: result.stats.words,
    };
  });

  const aligned = outlets.filter((outlet) => outlet.verdict !== 'independent');
  const columns = sortOutlets(outlets, 'verdict');
  const rows = sideBySideRows(
    wireSentences,
    columns.map((outlet) => ({
      id: outlet.id,
      sentences: sentencesById[outlet.id]!,
      wireStatus: alignment.outlets[outlets.indexOf(outlet)]!.wireStatus,
    })),
  );

  const quoteOnly = alignment.outlets.map((outlet) => new Set(outlet.quoteOnlyWire));
  // Per wire sentence, the versions in column order (most derived first), as every view lists them.
  const columnIndex = columns.map((column) => outlets.indexOf(column));
  const wireOutcomes = wireSentences.map((wire) => {
    const statuses = columnIndex.map((i) => ({
      outletId: outlets[i]!.id,
      outletName: outlets[i]!.name,
      status: alignment.outlets[i]!.wireStatus[wire.id] ?? ('dropped' as WireStatus),
      sharedQuote:
        quoteOnly[i]!.has(wire.id) || alignment.outlets[i]!.wireResemblance[wire.id] === 'shared-quote',
      resembles: alignment.outlets[i]!.wireResemblance[wire.id] === 'resemblance',
      sentences: sentencesById[outlets[i]!.id]!.filter((sentence) => sentence.wire.includes(wire.id)),
    }));
    const counts: Record<WireStatus, number> = { kept: 0, edited: 0, dropped: 0 };
    for (const { status } of statuses) counts[status] += 1;
    return { wire, statuses, counts };
  });

  const articles = Object.fromEntries(
    Object.entries(sentencesById).map(([id, sentences]) => [id, articleBlocks(sentences)]),
  );
  return {
    outlets,
    aligned,
    independent: outlets.filter((outlet) => outlet.verdict === 'independent'),
    columns,
    defaultColumns: (aligned.length > 0 ? columns.filter((o) => o.verdict !== 'independent') : columns).map(
      (o) => o.id,
    ),
    wireSentences,
    rows,
    paging: rowPaging(rows),
    articles,
    articleParts: Object.fromEntries(
      Object.entries(articles).map(([id, blocks]) => [id, articleParts(blocks)]),
    ),
    wireOutcomes,
    wireText,
  };
}
