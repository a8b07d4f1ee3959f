/**
 * Nearest-rank percentiles (metrics.md §8: durations as median and p90, not means; §9.3 P2). The p-th
 * percentile of n sorted values is the value at rank ⌈p/100 · n⌉ — always an observed value.
 */
import { describe, expect, test } from 'vitest';
import { median, nearestRank, percentile } from '../../../lib/scorecard';

describe('nearest rank (metrics.md §9.3 P2: median and p90)', () => {
  test.each([
    // p, n, ⌈p/100 · n⌉
    [50, 1, 1],
    [50, 2, 1],
    [50, 4, 2],
    [50, 5, 3],
    [90, 9, 9],
    [90, 10, 9],
    [90, 11, 10],
    [90, 12, 11],
    [90, 20, 18],
    [100, 7, 7],
    [0, 5, 1],
    [90, 0, 0],
  ])('metrics.md §9.3 P2: p%d of %d values is rank %d', (p, count, rank) => {
    expect(nearestRank(p, count)).toBe(rank);
  });

  test.each([
    ['an even count takes the lower middle value', [40, 10, 30, 20], 50, 20],
    ['an odd count takes the middle value', [5, 1, 3], 50, 3],
    ['p90 of 10 values is the 9th smallest', [100, 90, 80, 70, 60, 50, 40, 30, 20, 10], 90, 90],
    ['p90 of 12 values is the 11th smallest', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 90, 11],
    ['p90 of one value is that value', [7], 90, 7],
  ])('metrics.md §9.3 P2: %s', (_name, values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  test('metrics.md §9.3 P2: no values, no median', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 90)).toBeNull();
  });

  test('metrics.md §9.3 P2: numbers are sorted as numbers, not as text (9 < 10 < 100)', () => {
    expect(median([100, 9, 10])).toBe(10);
  });
});
