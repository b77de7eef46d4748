/**
 * The two scales the dashboard's charts need, in a few lines each: linear (values → pixels) with round ticks,
 * and band (categories → evenly spaced bars).
 * Known weakness: ticks are 1, 2 or 5 × 10ⁿ steps from zero only; the charts never need a domain away from zero.
 */

/** Maps [0, max] onto [from, to] (to may be smaller than from, for a vertical axis drawn upwards). */
export interface LinearScale {
  (value: number): number;
  /** Round tick values from 0 to at least the domain's end. */
  ticks: number[];
  max: number;
}

/** A linear scale over [0, max] rounded up to a round step, with about `tickCount` ticks. */
export function linearScale(max: number, range: [number, number], tickCount: number): LinearScale {
  const raw = Math.max(max, Number.EPSILON) / Math.max(1, tickCount);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => roundStep(i * step));
  const [from, to] = range;
  const scale = ((value: number) => from + ((to - from) * value) / top) as LinearScale;
  scale.ticks = ticks;
  scale.max = top;
  return scale;
}

function roundStep(value: number): number {
  return Number(value.toPrecision(12));
}

/** Positions of `count` bands across [from, to]: each band's start and width, with `padding` between. */
export interface BandScale {
  start(index: number): number;
  width: number;
  step: number;
}

/**
 * Evenly spaced bands; `padding` (0..1) is the share of each step left empty, split on both sides; a band is at
 * most `maxWidth` wide (centred in its step), so that one week alone is not drawn as a slab.
 */
export function bandScale(
  count: number,
  range: [number, number],
  padding: number,
  maxWidth = Infinity,
): BandScale {
  const [from, to] = range;
  const step = (to - from) / Math.max(1, count);
  const width = Math.min(maxWidth, step * (1 - padding));
  return { start: (index) => from + index * step + (step - width) / 2, width, step };
}
