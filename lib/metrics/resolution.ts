/**
 * M6 response vs resolution (metrics.md §9.2 M6; DESIGN.md "resolvedAt"). `resolvedAt` is the last status change
 * into solved/closed; without one, when the current category is solved/closed, the portal's last-activity
 * time if shown, else the last message's time. `resolutionMs` = resolvedAt − created, null unless the ticket is
 * solved or closed now (a reopened ticket has none). First resolution = the first entry into solved/closed.
 * Partner-accountable resolution = business time to resolution minus the waiting-on-client pauses.
 * The resolved periods (each entry until the next change out, and the final one) tell later client messages
 * apart: after a fix they are a thank-you or a dispute, not a chaser (DESIGN.md "Client turns").
 */
import { isResolvedCategory } from '../model/status';
import type { TicketHistory } from './history';
import { reopenChanges, resolvedEntries } from './status-history';
import type { TicketTimeline } from './ticket-timeline';

export interface ResolvedPeriod {
  start: number;
  startIso: string;
  /** When it ended (Infinity while it lasts). */
  end: number;
  /** It ended by a reopen (a change out of solved/closed). */
  reopened: boolean;
  /** Known from a shown/observed status change (false: inferred for a solved ticket without status history). */
  fromStatusHistory: boolean;
}

export interface Resolution {
  resolved: boolean;
  resolvedMs: number | null;
  resolvedAt: string | null;
  firstResolutionMs: number | null;
  firstResolutionAt: string | null;
  /** resolvedAt − created (calendar), null unless solved/closed now. */
  resolutionMs: number | null;
  /** First entry into solved/closed − created (metrics.md §9.2 M6 FirstRes). */
  firstResolutionDurationMs: number | null;
  periods: ResolvedPeriod[];
  reopens: { at: number; iso: string; observed: boolean }[];
}

export function resolutionOf(timeline: TicketTimeline, ticket: Pick<TicketHistory, 'updatedAt'>): Resolution {
  const changes = timeline.statusChanges;
  const entries = resolvedEntries(changes);
  const reopenList = reopenChanges(changes);
  const resolved = isResolvedCategory(timeline.category);
  const historyEndsResolved = changes.length > 0 && isResolvedCategory(changes[changes.length - 1]!.to);

  const periods: ResolvedPeriod[] = entries.map((entry) => {
    const exit = reopenList.find((change) => change.at >= entry.at);
    return { start: entry.at, startIso: entry.iso, end: exit ? exit.at : Infinity, reopened: exit !== undefined, fromStatusHistory: true };
  });

  let resolvedMs: number | null = null;
  let resolvedAt: string | null = null;
  if (resolved) {
    const lastEntry = entries[entries.length - 1];
    if (historyEndsResolved && lastEntry) {
      resolvedMs = lastEntry.at;
      resolvedAt = lastEntry.iso;
    } else {
      // Fallback: the portal's last activity, else the last message (never before the last status change).
      const updated = ticket.updatedAt ? Date.parse(ticket.updatedAt) : NaN;
      const fallbackIso = !Number.isNaN(updated) && ticket.updatedAt ? ticket.updatedAt : timeline.lastMessageIso;
      const lastChange = changes[changes.length - 1];
      if (fallbackIso && (!lastChange || Date.parse(fallbackIso) >= lastChange.at)) {
        resolvedMs = Date.parse(fallbackIso);
        resolvedAt = fallbackIso;
      } else if (lastChange) {
        resolvedMs = lastChange.at;
        resolvedAt = lastChange.iso;
      }
      // The fix, as later client messages see it: the partner's last message (after the last status change).
      const lastPartner = timeline.partner[timeline.partner.length - 1];
      const fixAt = Math.max(lastPartner?.at ?? -Infinity, lastChange?.at ?? -Infinity);
      const start = Number.isFinite(fixAt) ? fixAt : resolvedMs;
      if (start !== null) {
        const startIso = lastPartner && lastPartner.at === start ? lastPartner.iso : lastChange && lastChange.at === start ? lastChange.iso : (resolvedAt ?? '');
        periods.push({ start, startIso, end: Infinity, reopened: false, fromStatusHistory: false });
      }
    }
  }

  // Open now although the recorded history ends solved: the reopen was not seen (portals reopen on a client reply).
  // The first client message after the solve is then the one that reopened it; later ones are ordinary turns.
  const last = periods[periods.length - 1];
  if (!resolved && last && last.end === Infinity) {
    const reopener = timeline.client.find((message) => message.at >= last.start);
    if (reopener) last.end = reopener.at + 1;
  }

  const firstEntry = entries[0];
  const firstResolutionMs = firstEntry ? firstEntry.at : resolvedMs;
  const firstResolutionAt = firstEntry ? firstEntry.iso : resolvedAt;
  return {
    resolved,
    resolvedMs,
    resolvedAt,
    firstResolutionMs,
    firstResolutionAt,
    resolutionMs: resolvedMs === null ? null : Math.max(0, resolvedMs - timeline.createdMs),
    firstResolutionDurationMs: firstResolutionMs === null ? null : Math.max(0, firstResolutionMs - timeline.createdMs),
    periods,
    reopens: reopenList.map((change) => ({ at: change.at, iso: change.iso, observed: change.observed })),
  };
}

/** Whether the ticket stood solved/closed at `at`, and since when. */
export function resolvedPeriodAt(periods: readonly ResolvedPeriod[], at: number): ResolvedPeriod | undefined {
  for (let index = periods.length - 1; index >= 0; index -= 1) {
    const period = periods[index]!;
    if (at >= period.start && at < period.end) return period;
  }
  return undefined;
}
