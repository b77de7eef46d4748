/**
 * The plain-data shape of a chart drawn on the server: rectangles, circles, lines and texts in SVG user units,
 * each tagged with the series it belongs to, so the one renderer (components/charts/svg-chart.tsx) decides colours
 * and patterns and lib/ stays free of markup. Every chart carries its own text alternative.
 */

/** What a shape shows: a verdict (coloured and patterned like the verdict marks), a plain count, or an axis. */
export type ChartSeries = 'derived' | 'partial' | 'independent' | 'count' | 'axis' | 'version';

/** A bar or bar segment; `label` is its tooltip and screen-reader text ("Week of 2024-10-28: 3 derived"). */
export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  series: ChartSeries;
  label: string;
}

/** A dot (an article on a timeline). */
export interface ChartCircle {
  cx: number;
  cy: number;
  r: number;
  series: ChartSeries;
  label: string;
}

/** A rule: a grid line, an axis, or a version marker. */
export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  series: ChartSeries;
}

/** A label on the chart. */
export interface ChartText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  series: ChartSeries;
}

/** A whole chart: its drawing and its text alternative. */
export interface ChartModel {
  width: number;
  height: number;
  /** A short title (the SVG's <title>). */
  title: string;
  /** The text alternative: what the chart shows, in one or two sentences with its main figures. */
  description: string;
  /** The series in the legend, in order. */
  legend: ChartSeries[];
  rects: ChartRect[];
  circles: ChartCircle[];
  lines: ChartLine[];
  texts: ChartText[];
}
