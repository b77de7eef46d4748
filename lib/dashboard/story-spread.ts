/**
 * A corpus story's spread: which outlets picked it up, when (hours after the story's first dated wire version)
 * and from which version, as a table's rows and a timeline chart. One row per article, earliest first; version
 * releases are vertical rules labelled v1, v2, … so one sees which version each outlet had when it published.
 * Known weakness: articles or versions without a date cannot be placed on the timeline; they stay in the rows
 * (undated last) and the text alternative counts them.
 */
import type { Verdict } from '../engine';
import type { ChartCircle, ChartLine, ChartModel, ChartText } from './chart-model';
import { percent } from '../text/percent';
import { articles } from './charts';
import { bandScale, linearScale } from './scales';
import { lagHours } from './stats';

const SPREAD_CHART = {
  width: 720,
  /** Room for outlet names on the left; longer names are cut with an ellipsis. */
  margin: { top: 28, right: 16, bottom: 32, left: 168 },
  nameChars: 24,
  /** Height of one article's row: a dot and a line of text. */
  rowHeight: 22,
  dotRadius: 5,
  /** Hour ticks on the time axis. */
  ticks: 6,
};

/** A wire version as the builder needs it (a corpus story's versions, oldest first). */
export interface SpreadVersion {
  id: string;
  title: string | null;
  published: string | null;
}

/** An article traced to the story. */
export interface SpreadArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  verdict: Verdict;
  closestVersion: string;
}

/** One article on the spread. */
export interface SpreadEntry {
  articleId: string;
  outlet: string;
  title: string | null;
  published: string | null;
  /** Hours after the story's first dated version; null when either is undated. */
  hoursAfterFirst: number | null;
  /** 1-based number of the version it is closest to. */
  version: number;
  verdict: Verdict;
}

/** The whole spread. */
export interface StorySpread {
  /** The first dated version's publication (ISO 8601), the timeline's zero; null when no version is dated. */
  firstPublished: string | null;
  versions: Array<{ number: number; id: string; label: string; hoursAfterFirst: number | null }>;
  entries: SpreadEntry[];
  chart: ChartModel;
}

function firstDated(versions: readonly SpreadVersion[]): string | null {
  const times = versions
    .map((v) => v.published)
    .filter((p): p is string => p !== null && !Number.isNaN(Date.parse(p)));
  return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** The spread of a story's articles over its versions (versions oldest first, as the story pages number them). */
export function buildStorySpread(
  versions: readonly SpreadVersion[],
  articles: readonly SpreadArticle[],
): StorySpread {
  const first = firstDated(versions);
  const numbered = versions.map((v, i) => ({
    number: i + 1,
    id: v.id,
    label: v.title ?? v.id,
    hoursAfterFirst: lagHours(v.published, first),
  }));
  const versionOf = new Map(numbered.map((v) => [v.id, v.number]));
  const entries: SpreadEntry[] = articles
    .map((a) => ({
      articleId: a.id,
      outlet: a.outlet ?? a.id,
      title: a.title,
      published: a.published,
      hoursAfterFirst: lagHours(a.published, first),
      version: versionOf.get(a.closestVersion) ?? 0,
      verdict: a.verdict,
    }))
    .sort(
      (a, b) =>
        (a.hoursAfterFirst ?? Infinity) - (b.hoursAfterFirst ?? Infinity) ||
        a.outlet.localeCompare(b.outlet, 'de'),
    );
  return { firstPublished: first, versions: numbered, entries, chart: spreadChart(numbered, entries) };
}

/** "v1", "v1 and v2", "v1 to v4", "v1, v2 and v4". */
function versionList(numbers: readonly number[]): string {
  const names = numbers.map((n) => `v${n}`);
  if (names.length <= 2) return names.join(' and ');
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return contiguous
    ? `${names[0]} to ${names.at(-1)}`
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The text alternative: what is on the timeline, when the first and last article came, and what is not on it. */
function spreadDescription(
  versions: StorySpread['versions'],
  entries: readonly SpreadEntry[],
  placed: readonly SpreadEntry[],
  end: number,
): string {
  if (entries.length === 0) return 'No article was traced to this story.';
  if (placed.length === 0)
    return entries.length === 1
      ? 'The traced article cannot be placed in time: its date or the wire versions’ dates are missing.'
      : `None of the ${entries.length} traced articles can be placed in time: dates are missing.`;
  const derived = placed.filter((e) => e.verdict === 'derived').length;
  const when =
    placed.length === 1
      ? `it appeared after ${placed[0]!.hoursAfterFirst} h`
      : `the first appeared after ${placed[0]!.hoursAfterFirst} h, the last after ${placed.at(-1)!.hoursAfterFirst} h`;
  const marked = versions.filter((v) => v.hoursAfterFirst !== null).map((v) => v.number);
  const unmarked = versions.filter((v) => v.hoursAfterFirst === null).map((v) => v.number);
  const undated = entries.length - placed.length;
  return (
    `${articles(placed.length)} on a timeline from the first wire version (0 h) to ${end} h; ${when}. ` +
    `${percent(derived / placed.length)} ${placed.length === 1 ? 'is' : 'are'} derived. ` +
    `Wire version${marked.length === 1 ? '' : 's'} ${versionList(marked)} ${marked.length === 1 ? 'is' : 'are'} marked` +
    (unmarked.length === 0
      ? '.'
      : `; ${versionList(unmarked)} ${unmarked.length === 1 ? 'has' : 'have'} no date.`) +
    (undated === 0
      ? ''
      : ` ${undated === 1 ? '1 undated article is' : `${undated} undated articles are`} only in the table.`)
  );
}

function spreadChart(versions: StorySpread['versions'], entries: readonly SpreadEntry[]): ChartModel {
  const { width, margin, rowHeight, dotRadius, ticks, nameChars } = SPREAD_CHART;
  const placed = entries.filter((e) => e.hoursAfterFirst !== null);
  const height = margin.top + Math.max(1, placed.length) * rowHeight + margin.bottom;
  const bottom = height - margin.bottom;
  const latest = Math.max(
    1,
    ...placed.map((e) => e.hoursAfterFirst!),
    ...versions.map((v) => v.hoursAfterFirst ?? 0),
  );
  const x = linearScale(latest, [margin.left, width - margin.right], ticks);
  const rows = bandScale(placed.length, [margin.top, bottom], 0);
  const lines: ChartLine[] = x.ticks.map((t) => ({
    x1: x(t),
    x2: x(t),
    y1: margin.top,
    y2: bottom,
    series: 'axis',
  }));
  const texts: ChartText[] = x.ticks.map((t) => ({
    x: x(t),
    y: bottom + 18,
    text: `${t} h`,
    anchor: 'middle',
    series: 'axis',
  }));
  for (const v of versions) {
    if (v.hoursAfterFirst === null) continue;
    lines.push({
      x1: x(v.hoursAfterFirst),
      x2: x(v.hoursAfterFirst),
      y1: margin.top - 6,
      y2: bottom,
      series: 'version',
    });
    texts.push({
      x: x(v.hoursAfterFirst),
      y: margin.top - 10,
      text: `v${v.number}`,
      anchor: 'middle',
      series: 'version',
    });
  }
  const circles: ChartCircle[] = [];
  placed.forEach((e, i) => {
    const cy = rows.start(i) + rows.width / 2;
    texts.push({
      x: margin.left - 8,
      y: cy + 4,
      text: shorten(e.outlet, nameChars),
      anchor: 'end',
      series: 'axis',
    });
    circles.push({
      cx: x(e.hoursAfterFirst!),
      cy,
      r: dotRadius,
      series: e.verdict,
      label: `${e.outlet}: ${e.verdict}, ${e.hoursAfterFirst} h after the first version, from v${e.version}`,
    });
  });
  return {
    width,
    height,
    title: 'Spread of the story',
    description: spreadDescription(versions, entries, placed, x.max),
    legend: ['derived', 'partial', 'version'],
    rects: [],
    circles,
    lines,
    texts,
  };
}
