/**
 * A 95 % bootstrap interval for Krippendorff's α, seeded so that a report gives the same interval every time.
 * Method: the nonparametric bootstrap over units with the percentile interval (Efron & Tibshirani 1993, ch. 13):
 * draw as many pairable units as there are, with replacement, recompute α from their tallies, repeat
 * `replicates` times, and take the 2.5th and 97.5th percentiles (type 7, linear between order statistics). The
 * articles are what was sampled from the corpus; the coders stay fixed. This is not Krippendorff's own bootstrap
 * (the KALPHA macro of Hayes & Krippendorff 2007 resamples pairs of values within units), so its bounds differ
 * from KALPHA's in the second decimal.
 * Known weaknesses: resamples in which every value is one class have no α; they are left out and counted
 * (`undefined`), which shifts the interval up slightly when nearly all labels are one class; the percentile
 * interval is too narrow for a dozen units and lopsided near α = 1 — with fewer than about 30 coded articles
 * treat it as a rough guide.
 */
import { VALIDATION_CONFIG } from './config';
import { alphaOf, type AlphaData, type UnitTally } from './krippendorff-alpha';
import { createRandom } from './random';

const { bootstrap } = VALIDATION_CONFIG;

/** The bootstrap interval and what it rests on. */
export interface AlphaInterval {
  /** [2.5th, 97.5th] percentile of the resampled α; null when no resample had an α. */
  ci: [number, number] | null;
  replicates: number;
  /** Resamples without variation, which have no α and are left out. */
  undefined: number;
}

/** The `q` quantile of ascending `sorted` values, interpolated linearly (R's type 7, NumPy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The percentile bootstrap interval of α for `data` (from tallyUnits), reproducible for `seed`. */
export function bootstrapAlpha<T extends string | number>(
  data: AlphaData<T>,
  seed: number,
  replicates: number = bootstrap.replicates,
): AlphaInterval {
  const random = createRandom(seed, 'bootstrap-alpha');
  const alphas: number[] = [];
  let undefinedCount = 0;
  const resample = new Array<UnitTally>(data.units.length);
  if (data.units.length > 0 && alphaOf(data).value !== null) {
    for (let r = 0; r < replicates; r += 1) {
      for (let i = 0; i < resample.length; i += 1) resample[i] = data.units[random.below(data.units.length)]!;
      const alpha = alphaOf(data, resample).value;
      if (alpha === null) undefinedCount += 1;
      else alphas.push(alpha);
    }
  }
  alphas.sort((a, b) => a - b);
  return {
    ci:
      alphas.length === 0
        ? null
        : [quantile(alphas, bootstrap.lowerQuantile), quantile(alphas, bootstrap.upperQuantile)],
    replicates: alphas.length === 0 && undefinedCount === 0 ? 0 : replicates,
    undefined: undefinedCount,
  };
}
