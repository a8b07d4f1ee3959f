/**
 * What the shown and observed status changes say over time (metrics.md §9.1 "Status intervals S"): entries into
 * solved/closed (M6), reopens (M7), and the waiting-on-client pauses Π(T), each truncated at the first client
 * message inside it (a client reply ends the pause even if the partner leaves the status — Zendesk "end-user
 * comment on Pending → Open", JSM "Comment: By Customer", Zammad #1322).
 */
import { isResolvedCategory, type StatusCategory } from '../model/status';
import type { Message, StatusChange, TicketTimeline } from './ticket-timeline';

export type Interval = readonly [number, number];

const resolved = (category: StatusCategory | undefined) => category !== undefined && isResolvedCategory(category);

/** Changes into solved/closed from any other category (solved → closed is not a new entry). */
export function resolvedEntries(changes: readonly StatusChange[]): StatusChange[] {
  return changes.filter((change) => resolved(change.to) && !resolved(change.from));
}

/** Changes, shown or observed, from solved/closed to any other category (metrics.md §9.2 M7; DESIGN.md "reopens"). */
export function reopenChanges(changes: readonly StatusChange[]): StatusChange[] {
  return changes.filter((change) => resolved(change.from) && !resolved(change.to));
}

/** The category the status history says was in force at `at` (undefined before the first change and without history). */
export function categoryAt(timeline: TicketTimeline, at: number): StatusCategory | undefined {
  const changes = timeline.statusChanges;
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((changes[middle]?.at ?? Infinity) <= at) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return at >= timeline.createdMs ? changes[0]?.from : undefined;
  return changes[low - 1]?.to;
}

/** Intervals in which the status history says `category`, from creation (the first change's `from`) to `endMs`. */
export function intervalsOf(timeline: TicketTimeline, category: StatusCategory, endMs: number): Interval[] {
  const changes = timeline.statusChanges;
  const out: Interval[] = [];
  if (changes.length === 0) return out;
  const first = changes[0];
  if (first && first.from === category && first.at > timeline.createdMs) out.push([timeline.createdMs, first.at]);
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]!;
    if (change.to !== category) continue;
    const end = changes[index + 1]?.at ?? endMs;
    if (end > change.at) out.push([change.at, end]);
  }
  return out;
}

/** The first client message at or after `from` and before `to`, by binary search over client messages in time order. */
export function firstClientMessageIn(client: readonly Message[], from: number, to: number): Message | undefined {
  let low = 0;
  let high = client.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((client[middle]?.at ?? Infinity) < from) low = middle + 1;
    else high = middle;
  }
  const candidate = client[low];
  return candidate && candidate.at < to ? candidate : undefined;
}

/**
 * Π(T): waiting-on-client intervals up to `endMs` (now), each ending at the first client message inside it.
 * `untruncated` is the pause still running at `endMs` with no client message yet (the ticket waits on the client now).
 */
export function waitingPauses(timeline: TicketTimeline, endMs: number): { pauses: Interval[]; waitingOnClientNow: boolean } {
  const pauses: Interval[] = [];
  let waitingOnClientNow = false;
  for (const [start, end] of intervalsOf(timeline, 'waiting_on_client', Infinity)) {
    const reply = firstClientMessageIn(timeline.client, start, end);
    const stop = Math.min(reply ? reply.at : end, endMs);
    if (stop > start) pauses.push([start, stop]);
    if (!reply && end === Infinity && start <= endMs) waitingOnClientNow = true;
  }
  return { pauses, waitingOnClientNow };
}

/** Business time of [from, to] inside the pauses, with prefix sums so a ticket's many gaps cost O(log n) each. */
export class PausedTime {
  private readonly prefix: number[] = [0];

  constructor(
    private readonly pauses: readonly Interval[],
    private readonly business: (from: number, to: number) => number,
  ) {
    for (const [start, end] of pauses) this.prefix.push((this.prefix[this.prefix.length - 1] ?? 0) + business(start, end));
  }

  /** Paused business time from the beginning of time to `at`. */
  private upTo(at: number): number {
    let low = 0;
    let high = this.pauses.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.pauses[middle]?.[0] ?? Infinity) < at) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return 0;
    const pause = this.pauses[low - 1];
    const before = this.prefix[low - 1] ?? 0;
    if (!pause) return before;
    return at >= pause[1] ? (this.prefix[low] ?? before) : before + this.business(pause[0], at);
  }

  between(from: number, to: number): number {
    if (this.pauses.length === 0 || !(to > from)) return 0;
    return Math.max(0, this.upTo(to) - this.upTo(from));
  }
}
