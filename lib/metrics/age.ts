/**
 * M9 age and backlog bands (metrics.md §9.2 M9; HDI backlog buckets): age = created → now, or → resolution for a
 * solved/closed ticket (calendar time). An open ticket falls in a band by calendar days: under
 * thresholds.ageWatchDays (10), from there to thresholds.ageAlertDays (30), or beyond.
 */
import type { Thresholds } from '../model/settings';

const DAY = 86_400_000;

/** HDI bands with the default thresholds: < 10 days, 10–30 days, > 30 days. */
export type AgeBand = 'recent' | 'aging' | 'old';

export function ageBand(ageMs: number, thresholds: Pick<Thresholds, 'ageWatchDays' | 'ageAlertDays'>): AgeBand {
  const days = ageMs / DAY;
  if (days < thresholds.ageWatchDays) return 'recent';
  return days > thresholds.ageAlertDays ? 'old' : 'aging';
}

export function ageMsOf(createdMs: number, resolvedMs: number | null, nowMs: number): number {
  return Math.max(0, (resolvedMs ?? nowMs) - createdMs);
}
