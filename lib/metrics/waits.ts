/**
 * M2 client waits (metrics.md §9.2 M2; DESIGN.md "waitingSince"). A wait starts at the client message that opens an
 * unanswered run (the first client message after the partner's latest substantive message — Zendesk's "oldest
 * unanswered customer comment") and ends at the partner's next substantive message; on a ticket still the
 * partner's to move (new, open, on hold — and unknown, metrics.md §8) the last one may still be running until now.
 * `waitingSince` is that running wait's start, else null. Longest and median per ticket, in business time.
 */
import { businessMs, type Calendar } from './calendar';
import type { TicketTimeline } from './ticket-timeline';

export interface ClientWait {
  start: number;
  startIso: string;
  /** The partner's answer; null while running. */
  end: number | null;
  endIso: string | null;
  businessMs: number;
  running: boolean;
}

export interface ClientWaits {
  waits: ClientWait[];
  waitingSince: string | null;
  /** Business time of the running wait. */
  waitingBusinessMs: number | null;
  longestBusinessMs: number | null;
  medianBusinessMs: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length <= 2) return values.length === 0 ? null : values.length === 1 ? values[0]! : (values[0]! + values[1]!) / 2;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function clientWaits(timeline: TicketTimeline, calendar: Calendar, awaitingPartner: boolean): ClientWaits {
  const waits: ClientWait[] = [];
  let start: { at: number; iso: string } | null = null;
  for (const message of timeline.conversation) {
    if (message.side === 'client') {
      start ??= { at: message.at, iso: message.iso };
    } else if (start) {
      waits.push({ start: start.at, startIso: start.iso, end: message.at, endIso: message.iso, businessMs: businessMs(start.at, message.at, calendar), running: false });
      start = null;
    }
  }
  let waitingBusinessMs: number | null = null;
  if (start && awaitingPartner) {
    waitingBusinessMs = businessMs(start.at, timeline.nowMs, calendar);
    waits.push({ start: start.at, startIso: start.iso, end: null, endIso: null, businessMs: waitingBusinessMs, running: true });
  }
  const values = waits.map((wait) => wait.businessMs);
  return {
    waits,
    waitingSince: start && awaitingPartner ? start.iso : null,
    waitingBusinessMs,
    longestBusinessMs: values.length ? Math.max(...values) : null,
    medianBusinessMs: median(values),
  };
}
