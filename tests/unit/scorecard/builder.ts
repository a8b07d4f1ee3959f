/**
 * Scored tickets for the scorecard tests, written out field by field so every expected figure can be worked
 * out by hand. "Now" is Wednesday 26 June 2024, 15:00 UTC; the calendar is the default one (UTC, Mon–Fri
 * 09:00–17:00, one business day = 8 h). A ticket's subject is two invented words of its own, so two default
 * tickets share no token and never look alike (recurrence, M8).
 */
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import { computeScorecard, similarityProfile, type OriginScorecard, type ScorecardOptions, type ScoredTicket } from '../../../lib/scorecard';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** One business day of the default schedule. */
export const BDAY = 8 * HOUR;
export const ORIGIN = 'https://support.northwind.example';
/** Wednesday 26 June 2024, 15:00 UTC. */
export const NOW = Date.parse('2024-06-26T15:00:00Z');
export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

let counter = 0;
/** A made-up word no other ticket uses ("kx1a"). */
const word = (n: number) => `kx${n.toString(36)}`;

export type TicketPatch = Partial<ScoredTicket> & { text?: string | null };

/**
 * A solved, one-touch ticket created 20 days before now, answered in 1 h and fixed in 8 business hours by
 * Priya, with nothing wrong; `patch` changes what a case is about. `subject`/`text` set its words.
 */
export function scored(patch: TicketPatch = {}): ScoredTicket {
  counter += 1;
  const origin = patch.origin ?? ORIGIN;
  const id = patch.ticketId ?? String(50_000 + counter);
  const subject = patch.subject ?? `Request about ${word(counter)} ${word(counter + 100_000)}`;
  const { text, ...rest } = patch;
  const firstMessage = text === undefined ? null : text;
  return {
    key: `${origin}|${id}`,
    portal: 'zendesk',
    origin,
    ticketId: id,
    subject,
    url: `${origin}/hc/en-us/requests/${id}`,
    statusCategory: 'solved',
    createdAtMs: NOW - 20 * DAY,
    resolvedAtMs: NOW - 19 * DAY,
    priority: 'normal',
    priorityShown: true,
    partnerMessages: 1,
    partnerAuthors: [{ name: 'Priya', messages: 1 }],
    primaryTechnician: 'Priya',
    firstClientMessage: firstMessage,
    followUps: 0,
    reopens: 0,
    handoffs: 0,
    responders: 1,
    firstResponseMs: HOUR,
    firstResponseBusinessMs: HOUR,
    resolutionMs: DAY,
    resolutionBusinessMs: BDAY,
    waitingSinceMs: null,
    waits: [],
    longestSilenceBusinessMs: HOUR,
    oneTouch: true,
    proactiveUpdates: 0,
    redSilence: false,
    similarity: similarityProfile(subject, firstMessage),
    ...rest,
  };
}

/** An open ticket (never solved) created at `createdAtMs`. */
export function openTicket(createdAtMs: number, patch: TicketPatch = {}): ScoredTicket {
  return scored({ statusCategory: 'open', createdAtMs, resolvedAtMs: null, resolutionMs: null, resolutionBusinessMs: null, oneTouch: false, ...patch });
}

/** `count` tickets made by `make` (its argument: the position, from 0). */
export function many(count: number, make: (index: number) => ScoredTicket = () => scored()): ScoredTicket[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

export const keysOf = (tickets: readonly ScoredTicket[]) => tickets.map((ticket) => ticket.key);
export const sorted = (keys: readonly string[]) => [...keys].sort();

/** The scorecard of ORIGIN (the only origin, unless a case adds others). */
export function cardOf(tickets: readonly ScoredTicket[], options: Partial<ScorecardOptions> = {}): OriginScorecard {
  const card = computeScorecard(tickets, { now: new Date(NOW), settings: SETTINGS, ...options });
  const origin = card.origins.find((item) => item.origin === ORIGIN);
  if (!origin) throw new Error('no scorecard for the origin');
  return origin;
}
