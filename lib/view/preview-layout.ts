/**
 * The layout of a comparison's link-preview image (1200 × 630, drawn without CSS layout help): which versions
 * are drawn, and how big and how long the texts are, so nothing overlaps or runs off the image. Method: a fixed
 * estimate of character width per font size (about half an em for a sans-serif in German text) decides how many
 * characters fit a line; texts are cut at a word boundary with an ellipsis. Derived versions are drawn first.
 * Weakness: the width estimate is an average; a title of many wide capitals (M, W) can still reach the margin.
 */
import { sortOutlets } from './column-order';
import type { OutletSummaryView } from './types';

/** The fixed measures, in pixels of the 1200 × 630 image. */
export const PREVIEW_LAYOUT = {
  width: 1200,
  height: 630,
  padding: 56,
  /** Average character width as a share of the font size (sans-serif, mixed case). */
  charWidth: 0.52,
  /** The line "Wiretrace · dpa wire and N versions" and the space below it. */
  kickerHeight: 28 + 16,
  /** Title sizes tried in turn until the title fits in two lines; the last one cuts it. */
  titleSizes: [52, 44, 38],
  titleLines: 2,
  lineHeight: 1.15,
  gapBelowTitle: 32,
  rowHeight: 28,
  rowGap: 14,
  /** The width of the name column; the bar (280) and the figures (about 370 at 22 px) take the rest. */
  nameWidth: 380,
  rowFontSize: 26,
  /** The "and N more" line under the rows. */
  moreHeight: 34,
} as const;

/** What the image draws. */
export interface PreviewLayout {
  titleSize: number;
  title: string;
  rows: Array<{ outlet: OutletSummaryView; name: string }>;
  /** Versions left out for lack of room. */
  more: number;
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function fitWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // One character more than fits, so a word ending right at the limit is kept whole (the ellipsis takes its place).
  const lastSpace = clean.slice(0, max).lastIndexOf(' ');
  // A single word longer than the room is cut inside it: better than showing nothing.
  const kept = lastSpace > max / 3 ? clean.slice(0, lastSpace) : clean.slice(0, max - 1);
  return `${kept.replace(/[\s,.;:–-]+$/, '')}…`;
}

const charsPerLine = (fontSize: number, width: number) =>
  Math.floor(width / (fontSize * PREVIEW_LAYOUT.charWidth));

/** Lays out the preview of a comparison: title size and text, and as many versions as fit, derived first. */
export function previewLayout(title: string, outlets: OutletSummaryView[]): PreviewLayout {
  const L = PREVIEW_LAYOUT;
  const inner = L.width - 2 * L.padding;
  const room = (size: number) => charsPerLine(size, inner) * L.titleLines;
  const titleSize = L.titleSizes.find((size) => title.length <= room(size)) ?? L.titleSizes.at(-1)!;
  const titleHeight = Math.ceil(
    Math.min(L.titleLines, Math.ceil(title.length / charsPerLine(titleSize, inner))) *
      titleSize *
      L.lineHeight,
  );
  const free = L.height - 2 * L.padding - L.kickerHeight - titleHeight - L.gapBelowTitle;
  const perRow = L.rowHeight + L.rowGap;
  const fitsAll = Math.floor((free + L.rowGap) / perRow);
  const count =
    outlets.length <= fitsAll ? outlets.length : Math.floor((free - L.moreHeight + L.rowGap) / perRow);
  const nameChars = charsPerLine(L.rowFontSize, L.nameWidth);
  return {
    titleSize,
    title: fitWords(title, room(titleSize)),
    rows: sortOutlets(outlets, 'verdict')
      .slice(0, Math.max(0, count))
      .map((outlet) => ({ outlet, name: fitWords(outlet.name, nameChars) })),
    more: outlets.length - Math.max(0, Math.min(count, outlets.length)),
  };
}
