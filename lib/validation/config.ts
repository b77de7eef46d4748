/**
 * Every tunable number of the validation statistics, each with its reason.
 * Known weakness: 95 % is fixed; a study that reports 90 % or 99 % intervals needs another z and another pair of
 * bootstrap percentiles.
 */

/** The validation statistics' tunables; see each field. */
export const VALIDATION_CONFIG = {
  /**
   * The two-sided 95 % normal quantile, z₀.₉₇₅ (to double precision): the level content-analysis papers report
   * their intervals at.
   */
  z95: 1.959963984540054,
  bootstrap: {
    /**
     * Resamples of the bootstrap interval for α. 2,000 leave 50 values in each 2.5 % tail, so the bounds move by
     * about ±0.01 between seeds on a sample of 100 articles (Efron & Tibshirani 1993 suggest ≥ 1,000 for
     * percentile intervals); on 1,000 coded articles they take well under a second.
     */
    replicates: 2000,
    /** The interval's tails: 2.5 % on each side, a 95 % interval. */
    lowerQuantile: 0.025,
    upperQuantile: 0.975,
  },
  consensus: {
    /**
     * Coders who must have given the same label before it is the consensus without adjudication: two, the
     * smallest number whose agreement says anything. A study with one coder sets 1 (α is then null anyway).
     */
    minCoders: 2,
  },
  report: {
    /** Figures in the report are kept to 4 decimals: finer than any interval they come with. */
    decimals: 4,
  },
} as const;
