// Percentiles for the benchmarks and the reliability script: nearest rank, no interpolation.

/** The p-th percentile (0–100) of `values`, in any order; 0 when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
