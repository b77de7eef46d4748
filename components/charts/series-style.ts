/**
 * How each chart series looks: the verdicts in the hues of their badges (VERDICT in components/story/marks.ts:
 * sky for derived, amber for partial, stone for independent — a blue/orange/grey set that stays apart in the
 * common colour-vision deficiencies), and a pattern each, so colour is never the only cue: derived solid,
 * partial hatched, independent dotted.
 */
import type { ChartSeries } from '@/lib/dashboard/chart-model';
import { VERDICT } from '@/components/story/marks';

interface SeriesStyle {
  label: string;
  /** Classes of the area fill (light and dark). */
  fill: string;
  /** Classes of the pattern's marks drawn over the fill, or null for a solid fill. */
  mark: string | null;
  pattern: 'solid' | 'hatch' | 'dots';
}

export const SERIES_STYLE: Record<Exclude<ChartSeries, 'axis'>, SeriesStyle> = {
  derived: {
    label: VERDICT.derived.label,
    fill: 'fill-sky-700 dark:fill-sky-400',
    mark: null,
    pattern: 'solid',
  },
  partial: {
    label: VERDICT.partial.label,
    fill: 'fill-amber-300 dark:fill-amber-400',
    mark: 'stroke-amber-800 dark:stroke-amber-900',
    pattern: 'hatch',
  },
  independent: {
    label: VERDICT.independent.label,
    fill: 'fill-stone-200 dark:fill-stone-600',
    mark: 'fill-stone-600 dark:fill-stone-300',
    pattern: 'dots',
  },
  count: { label: 'articles', fill: 'fill-sky-600 dark:fill-sky-500', mark: null, pattern: 'solid' },
  version: {
    label: 'wire version published',
    fill: 'fill-violet-700 dark:fill-violet-300',
    mark: null,
    pattern: 'solid',
  },
};
