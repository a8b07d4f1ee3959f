/**
 * M1 first response (metrics.md §9.2 M1; DESIGN.md "Metric rules"): created → the first substantive partner
 * message after creation (automated acknowledgements excluded). When the partner opened the ticket with a
 * public first message (it is the ticket's first message, posted within a minute of creation), that message
 * is the request, not a reply: the partner's next message counts. Calendar and business time; null while
 * there is none (the running time is then `ageMs`, and the sign compares it).
 */
import { businessMs, type Calendar } from './calendar';
import type { Message, TicketTimeline } from './ticket-timeline';

/** A message this close to creation is the ticket's opening description (portals stamp both at once). */
const OPENING_WINDOW_MS = 60_000;

export interface FirstResponse {
  /** The partner wrote the ticket's first message (metrics.md §9.2 M1 "submitted by the partner"). */
  partnerOpened: boolean;
  message: Message | null;
  at: string | null;
  ms: number | null;
  businessMs: number | null;
}

export function firstResponseOf(timeline: TicketTimeline, calendar: Calendar): FirstResponse {
  const opening = timeline.conversation[0];
  const partnerOpened = opening !== undefined && opening.side === 'partner' && opening.at - timeline.createdMs <= OPENING_WINDOW_MS;
  const message = timeline.partner.find((candidate) => candidate.at > timeline.createdMs && !(partnerOpened && candidate === opening)) ?? null;
  return {
    partnerOpened,
    message,
    at: message?.iso ?? null,
    ms: message ? message.at - timeline.createdMs : null,
    businessMs: message ? businessMs(timeline.createdMs, message.at, calendar) : null,
  };
}
