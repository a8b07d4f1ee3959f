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
import { DEFAULT_THRESHOLDS, type PriorityLevel, type Settings } from '../model/settings';
import { isResolvedCategory, type StatusCategory } from '../model/status';
import type { StoredEvent, StoredTicket } from '../model/stored';
import { businessMs, calendarFromSettings, isGratitudeOnly, priorityLevel, type Calendar } from '../metrics';
import { buildTimeline } from '../metrics/ticket-timeline';
import { clientTurns } from '../metrics/turns';
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
  /** Consecutive client messages closer than this are one turn (DESIGN.md "Client turns"; default: the settings', else 15). */
  turnMergeMinutes?: number;
  /**
   * The settings the health was computed with: who is "us" on portals that do not mark sides
   * (clientIdentities) and when a partner message is an automated reply (thresholds), so the conversation is
   * the health's. Without them: the defaults (sides as the portal marks them). Also gives the calendar
   * when `calendar` is not passed.
   */
  settings?: Settings;
}

export function toScoredTicket(ticket: StoredTicket, events: readonly StoredEvent[], health: TicketHealth, options: ScoredTicketOptions = {}): ScoredTicket {
  const settings = options.settings;
  const thresholds = settings?.thresholds ?? DEFAULT_THRESHOLDS;
  const calendar = options.calendar ?? (settings ? calendarFromSettings(settings) : undefined);
  const mergeMinutes = options.turnMergeMinutes ?? thresholds.turnMergeMinutes;
  const firstSeenMs = Date.parse(ticket.firstSeenAt);
  // The conversation exactly as the health reads it: client messages K and substantive partner messages P.
  const timeline = buildTimeline(
    { status: ticket.status, ...(ticket.createdAt ? { createdAt: ticket.createdAt } : {}), events },
    { thresholds, clientIdentities: settings?.clientIdentities ?? [] },
    new Date(firstSeenMs),
  );
  const createdAtMs = ticket.createdAt || events.length > 0 ? timeline.createdMs : firstSeenMs;
  const metrics = health.metrics;
  const statusCategory = ticket.status.category;
  // DESIGN.md "resolvedAt", as the health has it (the same instant the store indexes, lib/store/resolved-at.ts).
  const resolvedAtMs = isResolvedCategory(statusCategory) && metrics.resolutionMs !== null ? createdAtMs + metrics.resolutionMs : null;
  const { conversation } = timeline;

  // Partner authors and the primary technician (metrics.md §9.3 P4: most replies, tie → the last to reply),
  // proactive updates (§9.3 Empathy) and completed client waits (M2, as lib/metrics/waits.ts).
  const authors = new Map<string, { messages: number; lastAt: number; order: number }>();
  let proactiveUpdates = 0;
  const waits: ClientWait[] = [];
  let waitStart: number | null = null;
  let previousSide: string | undefined;
  for (const { side, author, at } of conversation) {
    if (side === 'partner') {
      if (previousSide !== 'client') proactiveUpdates += 1;
      if (author) {
        const entry = authors.get(author);
        if (entry) {
          entry.messages += 1;
          entry.lastAt = at;
        } else authors.set(author, { messages: 1, lastAt: at, order: authors.size });
      }
      if (waitStart !== null) {
        waits.push({ startMs: waitStart, endMs: at, calendarMs: at - waitStart, businessMs: calendar ? businessMs(waitStart, at, calendar) : null });
        waitStart = null;
      }
    } else if (waitStart === null) {
      waitStart = at;
    }
    previousSide = side;
  }
  const ranked = [...authors].sort((a, b) => b[1].messages - a[1].messages || b[1].lastAt - a[1].lastAt || b[1].order - a[1].order);
  const partnerAuthors = ranked.map(([name, entry]) => ({ name, messages: entry.messages }));
  const primaryTechnician = ranked[0]?.[0] ?? null;
  const partnerMessages = timeline.partner.length;

  // M10: no client turn after the request (a turn before the first partner reply), thank-yous excepted.
  const firstPartnerAt = timeline.partner[0]?.at ?? Infinity;
  const extraClientTurns = clientTurns(conversation, mergeMinutes).filter((turn) => !(turn.index === 0 && turn.start < firstPartnerAt) && !isGratitudeOnly(turn.text)).length;
  const oneTouch = isResolvedCategory(statusCategory) && partnerMessages <= 1 && metrics.followUps === 0 && extraClientTurns === 0;

  const firstClientMessage = timeline.client[0]?.text ?? null;
  // The request: the first client message, else (a ticket the partner opened) the first message.
  const firstMessage = firstClientMessage ?? events.find((event) => event.type === 'message')?.text ?? null;
  const similarity = similarityProfile(ticket.subject, firstMessage);

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
    redSilence: health.signs.some((sign) => sign.code === 'silence' && sign.level === 'alert'),
    similarity,
  };
}
