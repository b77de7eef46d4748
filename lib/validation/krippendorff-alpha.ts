/**
 * Krippendorff's α for nominal data, for any number of coders and with missing values: how far the coders agree
 * beyond what their labels' frequencies would give by chance. 1 is perfect agreement, 0 chance, below 0 systematic
 * disagreement.
 * Method: the coincidence matrix of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011). A unit
 * (article) with m ≥ 2 values is pairable; each ordered pair of its values from different coders adds
 * 1 / (m − 1) to the cell o(c, k), so every pairable value counts once and a unit coded by four weighs as much per
 * value as one coded by two. With n the pairable values and n_c the values of class c,
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o(c, k) / Σ_{c≠k} n_c · n_k.
 * Units with one value (a single coder, or every other coder missing or unsure) take no part.
 * Known weaknesses: α is undefined without two coders, without a pairable unit, or when every pairable value is
 * one class (D_e = 0) — it is then null with the reason, never NaN; when one class dominates (most articles WD),
 * a few disagreements lower α sharply although the coders agree on almost every article (the "paradox" of
 * chance-corrected agreement, Feinstein & Cicchetti 1990) — report the raw agreement beside it.
 */

/** Why α could not be computed. */
export type AlphaUndefinedCode = 'too-few-coders' | 'no-pairable-values' | 'no-variation';

/** α with the amount of data behind it, or null with the reason. */
export type AlphaResult =
  | {
      value: number;
      /** Pairable values n: values in units that hold two or more. */
      pairableValues: number;
      /** Units holding two or more values. */
      pairableUnits: number;
      /** Coders with at least one value. */
      coders: number;
      /** Observed agreement: the share of pairable values whose pair partners agree, Σ o(c, c) / n. */
      observedAgreement: number;
    }
  | { value: null; code: AlphaUndefinedCode; reason: string };

/** Reliability data in the papers' canonical form: one row per coder, one column per unit; null where missing. */
export type ReliabilityMatrix<T extends string | number = string> = ReadonlyArray<ReadonlyArray<T | null>>;

/** One pairable unit: how many values of each class it holds (by class index), and their sum m. */
export interface UnitTally {
  counts: number[];
  values: number;
  /** The unit's contribution to the diagonal of the coincidence matrix, Σ_c n_uc (n_uc − 1) / (m − 1). */
  agreeing: number;
}

/** The data α is computed from: the classes seen, the pairable units' tallies, and how many coders coded. */
export interface AlphaData<T extends string | number = string> {
  classes: T[];
  units: UnitTally[];
  coders: number;
}

/** Tallies the pairable units of a coders × units matrix (rows may differ in length; a missing cell is null). */
export function tallyUnits<T extends string | number>(matrix: ReliabilityMatrix<T>): AlphaData<T> {
  const present = (value: T | null | undefined): value is T => value !== null && value !== undefined;
  const classes = [...new Set(matrix.flatMap((row) => row.filter(present)))];
  const indexOf = new Map(classes.map((value, i) => [value, i]));
  const width = Math.max(0, ...matrix.map((row) => row.length));
  const units: UnitTally[] = [];
  for (let u = 0; u < width; u += 1) {
    const counts = new Array<number>(classes.length).fill(0);
    let values = 0;
    for (const row of matrix) {
      const value = row[u];
      if (!present(value)) continue;
      counts[indexOf.get(value)!]! += 1;
      values += 1;
    }
    if (values < 2) continue;
    const agreeing = counts.reduce((sum, count) => sum + count * (count - 1), 0) / (values - 1);
    units.push({ counts, values, agreeing });
  }
  const coders = matrix.filter((row) => row.some(present)).length;
  return { classes, units, coders };
}

/**
 * α over `units` (by default all of `data`'s; the bootstrap passes a resample), from the sums of their tallies:
 * α = 1 − (n − 1)(n − Σ o(c, c)) / (n² − Σ n_c²).
 */
export function alphaOf<T extends string | number>(
  data: AlphaData<T>,
  units: readonly UnitTally[] = data.units,
): AlphaResult {
  if (data.coders < 2)
    return {
      value: null,
      code: 'too-few-coders',
      reason:
        data.coders === 0
          ? 'No coder has labelled an article yet: α compares two coders or more.'
          : 'Only one coder has labelled articles: α compares two coders or more.',
    };
  const perClass = new Array<number>(data.classes.length).fill(0);
  let n = 0;
  let agreeing = 0;
  for (const unit of units) {
    n += unit.values;
    agreeing += unit.agreeing;
    unit.counts.forEach((count, c) => (perClass[c]! += count));
  }
  if (n === 0)
    return {
      value: null,
      code: 'no-pairable-values',
      reason:
        'No article has labels from two coders yet (unsure counts as no label), so no pair can be compared.',
    };
  const expectedPairs = n * n - perClass.reduce((sum, count) => sum + count * count, 0);
  if (expectedPairs === 0) {
    const only = data.classes[perClass.findIndex((count) => count > 0)]!;
    return {
      value: null,
      code: 'no-variation',
      reason:
        `Every one of the ${n} labels compared is ${only}: without variation α is undefined ` +
        '(the coders agree, but the data cannot show that they tell the classes apart).',
    };
  }
  return {
    value: 1 - ((n - 1) * (n - agreeing)) / expectedPairs,
    pairableValues: n,
    pairableUnits: units.length,
    coders: data.coders,
    observedAgreement: agreeing / n,
  };
}

/** Krippendorff's nominal α of a coders × units matrix (null cells are missing values). */
export function nominalAlpha<T extends string | number>(matrix: ReliabilityMatrix<T>): AlphaResult {
  return alphaOf(tallyUnits(matrix));
}
