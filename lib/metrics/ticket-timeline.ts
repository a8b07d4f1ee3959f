/**
 * A ticket's history made ready for the metrics (metrics.md §9.1 data model): times parsed once, entries in
 * time order (the portal's order among equal times), the creation time (the portal's, else the first entry's —
 * DESIGN.md "Contract rules"), public messages split into client messages K and substantive partner messages P
 * (automated ones set aside, lib/metrics/automation.ts), status changes with the category they leave, and
 * assignment events.
 */
import type { Settings } from '../model/settings';
import type { StatusCategory } from '../model/status';
import type { TimelineEvent } from '../model/timeline';
import { isAutomatedPartnerMessage } from './automation';
import type { TicketHistory } from './history';
import { parseIsoUtc } from './iso-time';
import { sideResolver } from './sides';

export interface Message {
  id: string;
  /** ms since epoch, and the ISO text as stored. */
  at: number;
  iso: string;
  side: 'client' | 'partner';
  author?: string;
  text?: string;
}

export interface StatusChange {
  at: number;
  iso: string;
  /** The category left: the event's `from`, else the one the previous change entered. */
  from: StatusCategory | undefined;
  to: StatusCategory;
  observed: boolean;
}

export interface Assignment {
  at: number;
  from?: string;
  to?: string;
}

export interface TicketTimeline {
  createdMs: number;
  createdIso: string;
  nowMs: number;
  /** The category shown now. */
  category: StatusCategory;
  /** Client messages and substantive partner messages, in time order (the public conversation, metrics.md §9.1 K ∪ P). */
  conversation: Message[];
  client: Message[];
  partner: Message[];
  /** Partner-side messages recognised as automated (not replies). */
  automated: Message[];
  statusChanges: StatusChange[];
  assignments: Assignment[];
  /** Time of the last message of any side, for the resolvedAt fallback (DESIGN.md "Metric rules"). */
  lastMessageIso: string | null;
}

interface Timed {
  event: TimelineEvent;
  at: number;
}

function inTimeOrder(events: readonly TimelineEvent[]): Timed[] {
  const timed: Timed[] = [];
  let sorted = true;
  let previous = -Infinity;
  for (const event of events) {
    const at = parseIsoUtc(event.at);
    if (Number.isNaN(at)) continue;
    if (at < previous) sorted = false;
    previous = at;
    timed.push({ event, at });
  }
  // Array#sort is stable: entries with equal times keep the portal's order.
  if (!sorted) timed.sort((a, b) => a.at - b.at);
  return timed;
}

export function buildTimeline(ticket: TicketHistory, settings: Pick<Settings, 'thresholds' | 'clientIdentities'>, now: Date): TicketTimeline {
  const timed = inTimeOrder(ticket.events);
  const nowMs = now.getTime();
  const shownCreated = ticket.createdAt ? parseIsoUtc(ticket.createdAt) : NaN;
  const first = timed[0];
  const createdMs = !Number.isNaN(shownCreated) ? shownCreated : first ? first.at : nowMs;
  const createdIso = !Number.isNaN(shownCreated) && ticket.createdAt ? ticket.createdAt : first ? first.event.at : now.toISOString();
  const resolveSide = sideResolver(settings.clientIdentities);
  const autoReplyMinutes = settings.thresholds.autoReplyMinutes;

  const conversation: Message[] = [];
  const client: Message[] = [];
  const partner: Message[] = [];
  const automated: Message[] = [];
  const statusChanges: StatusChange[] = [];
  const assignments: Assignment[] = [];
  let lastMessageIso: string | null = null;
  let answeredAt = createdMs;
  let category: StatusCategory | undefined;

  for (const { event, at } of timed) {
    switch (event.type) {
      case 'message': {
        lastMessageIso = event.at;
        const side = resolveSide(event.side, event.author);
        if (side !== 'client' && side !== 'partner') break;
        const message: Message = { id: event.id, at, iso: event.at, side, author: event.author, text: event.text };
        if (side === 'client') {
          client.push(message);
          conversation.push(message);
          answeredAt = at;
        } else if (isAutomatedPartnerMessage(message, answeredAt, autoReplyMinutes)) {
          automated.push(message);
        } else {
          partner.push(message);
          conversation.push(message);
        }
        break;
      }
      case 'status_change': {
        const to = event.to as StatusCategory | undefined;
        if (!to) break;
        const from = (event.from as StatusCategory | undefined) ?? category;
        statusChanges.push({ at, iso: event.at, from, to, observed: event.observed === true });
        category = to;
        break;
      }
      case 'assignment':
        assignments.push({ at, from: event.from, to: event.to });
        break;
      default:
        break;
    }
  }

  return {
    createdMs, createdIso, nowMs, category: ticket.status.category, conversation, client, partner, automated, statusChanges, assignments, lastMessageIso,
  };
}
