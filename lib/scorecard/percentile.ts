/**
 * Nearest-rank percentiles (metrics.md §8: durations are reported as median and p90, not means).
 *
 * The p-th percentile of n values sorted ascending is the value at rank ⌈p/100 · n⌉ (1-based, at least 1):
 * always one of the observed values, never an interpolation, so every figure points at a real ticket.
 * The median is the 50th percentile by the same rule: for an even count it is the lower of the two middle
 * values (n = 4 → rank 2).
 */

/** Rank (1-based) of the p-th percentile among `count` values; 0 when there are none. */
export function nearestRank(p: number, count: number): number {
  if (count <= 0) return 0;
  // The epsilon keeps 0.9 · 10 = 9.000000000000002 at rank 9.
  return Math.min(count, Math.max(1, Math.ceil((p / 100) * count - 1e-9)));
}

/** Values sorted ascending, as a typed array (numeric sort, and fast on 10,000 values). */
export function sortedValues(values: Iterable<number>): Float64Array {
  const sorted = Float64Array.from(values);
  sorted.sort();
  return sorted;
}

/** The p-th percentile of already sorted values; null when there are none. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const rank = nearestRank(p, sorted.length);
  return rank === 0 ? null : (sorted[rank - 1] ?? null);
}

export function percentile(values: Iterable<number>, p: number): number | null {
  return percentileOfSorted(sortedValues(values), p);
}

export function median(values: Iterable<number>): number | null {
  return percentile(values, 50);
}
