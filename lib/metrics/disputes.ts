/**
 * M7 disputed resolution (metrics.md §9.2 M7): a client message within 7 days after an entry into solved/closed
 * that is not a gratitude-only message (lib/metrics/gratitude.ts), even if the status did not change. One per
 * resolved period (its first such client turn). A dispute whose period ended in a reopen is told by the reopen.
 */
import type { ClassifiedTurn } from './follow-ups';
import { isGratitudeOnly } from './gratitude';

/** metrics.md §9.2 M7: "client comment within 7 days after a SOLVED entry" (calendar days). */
export const DISPUTE_WINDOW_MS = 7 * 86_400_000;

export interface Dispute {
  at: number;
  iso: string;
  eventId: string;
  /** When the resolution it disputes began. */
  resolvedAt: number;
  /** The resolved period ended with a reopen (the reopen already counts it). */
  reopened: boolean;
}

export function disputesOf(turns: readonly ClassifiedTurn[]): Dispute[] {
  const disputes: Dispute[] = [];
  const disputedPeriods = new Set<unknown>();
  for (const turn of turns) {
    const period = turn.resolvedPeriod;
    if (turn.role !== 'after-resolution' || !period || disputedPeriods.has(period)) continue;
    if (turn.start - period.start > DISPUTE_WINDOW_MS || isGratitudeOnly(turn.text)) continue;
    disputedPeriods.add(period);
    disputes.push({ at: turn.start, iso: turn.startIso, eventId: turn.id, resolvedAt: period.start, reopened: period.reopened });
  }
  return disputes;
}
