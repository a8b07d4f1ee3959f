/**
 * One ticket as the partner scorecard needs it: the ticket's health (lib/metrics, DESIGN.md "Metric rules")
 * plus what the portfolio reads from the events and health does not carry — dates as instants, priority
 * level, who replied and how often, the primary technician (metrics.md §9.3 P4), client waits (M2),
 * one-touch (M10), proactive updates (§9.3 Empathy) and the normalised text for recurrence (M8).
 *
 * Computed once per ticket (the dashboard can keep it until the ticket changes), so the scorecard over
 * 10,000 tickets only adds and sorts.
 */
import type { TicketHealth } from '../model/health';
import { DEFAULT_THRESHOLDS, type PriorityLevel } from '../model/settings';
import { isResolvedCategory, type StatusCategory } from '../model/status';
import type { StoredEvent, StoredTicket } from '../model/stored';
import { businessMs, type Calendar } from '../metrics';
import { isGratitudeOnly } from './gratitude';
import { priorityLevel } from './priority-level';
import { similarityProfile, type SimilarityProfile } from './similarity-text';

export interface PartnerAuthor {
  name: string;
  /** Substantive public messages by this person on the ticket. */
  messages: number;
}

/** One client wait (metrics.md §9.2 M2): the oldest unanswered client message → the partner's next reply. */
export interface ClientWait {
  startMs: number;
  endMs: number;
  calendarMs: number;
  /** null when toScoredTicket was given no calendar (the scorecard then computes it). */
  businessMs: number | null;
}

export interface ScoredTicket {
  key: string;
  portal: string;
  origin: string;
  ticketId: string;
  subject: string;
  url: string;
  statusCategory: StatusCategory;
  /** ticket.createdAt, else the first event's time, else when the ticket was first seen (epoch ms). */
  createdAtMs: number;
  /** When the ticket was resolved (epoch ms); null unless it is solved/closed now. */
  resolvedAtMs: number | null;
  priority: PriorityLevel;
  /** False when the portal showed no priority (then `priority` is the default, normal). */
  priorityShown: boolean;
  /** Substantive public partner messages (automated acknowledgements left out, DESIGN.md "Metric rules"). */
  partnerMessages: number;
  /** Authors of those messages, most messages first. */
  partnerAuthors: PartnerAuthor[];
  /** metrics.md §9.3 P4: the partner author with most public replies; tie → the last one to reply. */
  primaryTechnician: string | null;
  /** Text of the first client message (the request), verbatim; null when none was captured. */
  firstClientMessage: string | null;
  followUps: number;
  reopens: number;
  handoffs: number;
  responders: number;
  firstResponseMs: number | null;
  firstResponseBusinessMs: number | null;
  resolutionMs: number | null;
  resolutionBusinessMs: number | null;
  /** Oldest unanswered client message on an open ticket (health, M2), epoch ms. */
  waitingSinceMs: number | null;
  /** Completed client waits (M2); the running one is `waitingSinceMs`. */
  waits: ClientWait[];
  longestSilenceBusinessMs: number | null;
  /** metrics.md §9.2 M10. */
  oneTouch: boolean;
  /** Partner messages not directly preceded by a client message (§9.3 Empathy "proactive partner updates"). */
  proactiveUpdates: number;
  /** A red (alert) silence sign is present on the ticket's health (M3). */
  redSilence: boolean;
  /** For recurrence (M8), normalised once here. */
  similarity: SimilarityProfile;
}

export interface ScoredTicketOptions {
  /** The business calendar (calendarFromSettings): gives each client wait its business time. */
  calendar?: Calendar;
  /** Consecutive client messages closer than this are one turn (DESIGN.md "Client turns"; default 15). */
  turnMergeMinutes?: number;
}

/** Authors that are machines, never a technician (DESIGN.md "Metric rules": no-reply/system authors). */
const AUTOMATED_AUTHOR = /no-?reply|system|automat|robot|\bbot\b|mailer-daemon|ne-pas-repondre/i;
const MINUTE = 60_000;

interface TimedEvent {
  event: StoredEvent;
  at: number;
}

/**
 * Substantive partner messages: those from the first response on (health already left automated
 * acknowledgements out of the first response), plus the partner's own opening message on a ticket it
 * opened (health then counts its second message as the first response); never a no-reply/system author.
 */
function substantivePartner(message: TimedEvent, createdAtMs: number, replyFromMs: number, isOpening: boolean): boolean {
  if (message.event.author && AUTOMATED_AUTHOR.test(message.event.author)) return false;
  return message.at >= replyFromMs || (isOpening && message.at - createdAtMs <= MINUTE);
}

function lastStatusEntryIntoResolved(events: readonly TimedEvent[]): number | null {
  let last: number | null = null;
  for (const { event, at } of events) {
    if (event.type !== 'status_change' || !event.to) continue;
    const into = isResolvedCategory(event.to as StatusCategory);
    const fromResolved = event.from !== undefined && isResolvedCategory(event.from as StatusCategory);
    if (into && !fromResolved) last = at;
  }
  return last;
}

export function toScoredTicket(ticket: StoredTicket, events: readonly StoredEvent[], health: TicketHealth, options: ScoredTicketOptions = {}): ScoredTicket {
  const mergeMs = (options.turnMergeMinutes ?? DEFAULT_THRESHOLDS.turnMergeMinutes) * MINUTE;
  const timed: TimedEvent[] = events.map((event) => ({ event, at: Date.parse(event.at) })).sort((a, b) => a.at - b.at);
  const createdAtMs = ticket.createdAt ? Date.parse(ticket.createdAt) : (timed[0]?.at ?? Date.parse(ticket.firstSeenAt));
  const metrics = health.metrics;
  const statusCategory = ticket.status.category;

  let resolvedAtMs: number | null = null;
  if (isResolvedCategory(statusCategory)) {
    resolvedAtMs = lastStatusEntryIntoResolved(timed) ?? (metrics.resolutionMs !== null ? createdAtMs + metrics.resolutionMs : null);
  }

  // The conversation: client messages and substantive partner messages, oldest first.
  const replyFromMs = metrics.firstResponseMs !== null ? createdAtMs + metrics.firstResponseMs : Infinity;
  const messages = timed.filter(({ event }) => event.type === 'message');
  const conversation: TimedEvent[] = [];
  messages.forEach((message, index) => {
    if (message.event.side === 'client') conversation.push(message);
    else if (message.event.side === 'partner' && substantivePartner(message, createdAtMs, replyFromMs, index === 0)) conversation.push(message);
  });

  // Partner authors and the primary technician (metrics.md §9.3 P4: most replies, tie → the last to reply).
  const authors = new Map<string, { messages: number; lastAt: number; order: number }>();
  let partnerMessages = 0;
  let proactiveUpdates = 0;
  const waits: ClientWait[] = [];
  let waitStart: number | null = null;
  let previousSide: string | undefined;
  for (const { event, at } of conversation) {
    if (event.side === 'partner') {
      partnerMessages += 1;
      if (previousSide !== 'client') proactiveUpdates += 1;
      if (event.author) {
        const entry = authors.get(event.author);
        if (entry) {
          entry.messages += 1;
          entry.lastAt = at;
        } else authors.set(event.author, { messages: 1, lastAt: at, order: authors.size });
      }
      if (waitStart !== null) {
        waits.push({ startMs: waitStart, endMs: at, calendarMs: at - waitStart, businessMs: options.calendar ? businessMs(waitStart, at, options.calendar) : null });
        waitStart = null;
      }
    } else if (waitStart === null) {
      waitStart = at;
    }
    previousSide = event.side;
  }
  const ranked = [...authors].sort((a, b) => b[1].messages - a[1].messages || b[1].lastAt - a[1].lastAt || b[1].order - a[1].order);
  const partnerAuthors = ranked.map(([name, entry]) => ({ name, messages: entry.messages }));
  const primaryTechnician = ranked[0]?.[0] ?? null;

  // M10: client turns after the request, gratitude-only turns excepted.
  const firstPartnerAt = conversation.find(({ event }) => event.side === 'partner')?.at ?? Infinity;
  let extraClientTurns = 0;
  let turnStart = -1;
  let turnIsGratitude = true;
  let lastClientAt = -Infinity;
  let previousWasClient = false;
  let turnIndex = -1;
  const closeTurn = () => {
    const isRequest = turnIndex === 0 && turnStart < firstPartnerAt;
    if (turnIndex >= 0 && !isRequest && !turnIsGratitude) extraClientTurns += 1;
  };
  for (const { event, at } of conversation) {
    if (event.side !== 'client') {
      previousWasClient = false;
      continue;
    }
    if (!(previousWasClient && at - lastClientAt < mergeMs)) {
      closeTurn();
      turnIndex += 1;
      turnStart = at;
      turnIsGratitude = true;
    }
    if (!isGratitudeOnly(event.text)) turnIsGratitude = false;
    lastClientAt = at;
    previousWasClient = true;
  }
  closeTurn();
  const oneTouch = isResolvedCategory(statusCategory) && partnerMessages <= 1 && metrics.followUps === 0 && extraClientTurns === 0;

  const firstClient = messages.find(({ event }) => event.side === 'client')?.event;
  const firstClientMessage = firstClient?.text ?? null;
  // The request: the first client message, else (a ticket the partner opened) the first message.
  const similarity = similarityProfile(ticket.subject, firstClientMessage ?? messages[0]?.event.text ?? null);

  return {
    key: ticket.key,
    portal: ticket.portal,
    origin: ticket.origin,
    ticketId: ticket.ticketId,
    subject: ticket.subject,
    url: ticket.url,
    statusCategory,
    createdAtMs,
    resolvedAtMs,
    priority: priorityLevel(ticket.priority),
    priorityShown: !!ticket.priority?.trim(),
    partnerMessages,
    partnerAuthors,
    primaryTechnician,
    firstClientMessage,
    followUps: metrics.followUps,
    reopens: metrics.reopens,
    handoffs: metrics.handoffs,
    responders: metrics.responders,
    firstResponseMs: metrics.firstResponseMs,
    firstResponseBusinessMs: metrics.firstResponseBusinessMs,
    resolutionMs: metrics.resolutionMs,
    resolutionBusinessMs: metrics.resolutionBusinessMs,
    waitingSinceMs: metrics.waitingSince ? Date.parse(metrics.waitingSince) : null,
    waits,
    longestSilenceBusinessMs: metrics.longestSilenceBusinessMs,
    oneTouch,
    proactiveUpdates,
    redSilence: health.signs.some((sign) => sign.code.includes('silence') && sign.level === 'alert'),
    similarity,
  };
}
