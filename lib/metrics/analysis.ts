/**
 * One ticket's metrics over its whole history: the precise forms of metrics.md §9.2 (M1–M7, M9) given in
 * DESIGN.md "Metric rules". Pure: `now` is a parameter.
 */
import { isResolvedCategory, type StatusCategory } from '../model/status';
import type { Settings } from '../model/settings';
import type { TimelineEvent } from '../model/timeline';
import { businessMs, calendarFromSettings, type Calendar } from './calendar';
import { AUTO_AUTHORS, AUTO_TEMPLATES, isChaserText, isGratitudeOnly } from './lexicon';
import type { TicketHistory } from './history';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface TicketFacts {
  calendar: Calendar;
  createdMs: number;
  category: StatusCategory;
  /** Substantive partner messages (automated ones excluded), oldest first. */
  partnerMessages: TimelineEvent[];
  clientMessages: TimelineEvent[];
  firstResponseAt: string | null;
  firstResponseMs: number | null;
  firstResponseBusinessMs: number | null;
  resolvedAt: string | null;
  firstResolvedAt: string | null;
  resolutionMs: number | null;
  resolutionBusinessMs: number | null;
  reopens: number;
  reopenedAt: string[];
  disputedAt: string[];
  ownerSequence: string[];
  pingPong: boolean;
  handoffs: number;
  responders: number;
  followUpIds: string[];
  lastFollowUpAt: string | null;
  waitingSince: string | null;
  waitingBusinessMs: number | null;
  /** M2: business time of each client wait (oldest unanswered client message → next partner reply, or now). */
  waitsBusinessMs: number[];
  longestWaitBusinessMs: number | null;
  medianWaitBusinessMs: number | null;
  /** Waiting-on-client pauses, each ending at the first client message inside it (metrics.md §9.1 Π(T)). */
  pauses: [number, number][];
  /** M6: business time to resolution minus the pauses (partner-accountable resolution). */
  partnerAccountableResolutionBusinessMs: number | null;
  currentSilenceBusinessMs: number | null;
  longestSilenceBusinessMs: number | null;
  ageMs: number;
  open: boolean;
}

const ms = (iso: string) => Date.parse(iso);

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/** Automated partner messages are not replies (DESIGN.md "Metric rules"). */
function isAutomated(event: TimelineEvent, previousAt: number, thresholds: Settings['thresholds']): boolean {
  if (event.author && AUTO_AUTHORS.test(event.author)) return true;
  const text = event.text ?? '';
  if (!AUTO_TEMPLATES.some((pattern) => pattern.test(text))) return false;
  return ms(event.at) - previousAt <= thresholds.autoReplyMinutes * MINUTE;
}

interface StatusChange {
  at: number;
  from: StatusCategory | undefined;
  to: StatusCategory;
}

function statusChanges(events: readonly TimelineEvent[]): StatusChange[] {
  return events
    .filter((event) => event.type === 'status_change' && event.to)
    .map((event) => ({ at: ms(event.at), from: event.from as StatusCategory | undefined, to: event.to as StatusCategory }));
}

/** The category in force at `at`, from the shown/observed status changes (undefined before any). */
function categoryAt(changes: readonly StatusChange[], at: number): StatusCategory | undefined {
  let category: StatusCategory | undefined;
  for (const change of changes) {
    if (change.at <= at) category = change.to;
    else break;
  }
  return category;
}

/**
 * Waiting-on-client intervals from the status history, each truncated at the first client message inside
 * it: a client reply ends the pause even if the partner does not change the status (metrics.md §9.1).
 */
function waitingPauses(changes: readonly StatusChange[], clientTimes: readonly number[], endMs: number): [number, number][] {
  const pauses: [number, number][] = [];
  changes.forEach((change, index) => {
    if (change.to !== 'waiting_on_client') return;
    const next = changes[index + 1]?.at ?? endMs;
    const reply = clientTimes.find((at) => at > change.at && at < next);
    const end = Math.min(reply ?? next, endMs);
    if (end > change.at) pauses.push([change.at, end]);
  });
  return pauses;
}

/** Business time of [start, end] that falls inside the pauses. */
function pausedBusinessMs(start: number, end: number, pauses: readonly [number, number][], calendar: Calendar): number {
  let total = 0;
  for (const [from, to] of pauses) total += businessMs(Math.max(from, start), Math.min(to, end), calendar);
  return total;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const NOBODY = /^(?:nobody|personne|unassigned|non assigné|-|—)?$/i;

export function analyse(ticket: TicketHistory, settings: Settings, now: Date): TicketFacts {
  const calendar = calendarFromSettings(settings);
  const thresholds = settings.thresholds;
  const events = [...ticket.events].sort(byTime);
  const nowMs = now.getTime();
  const createdMs = ticket.createdAt ? ms(ticket.createdAt) : events[0] ? ms(events[0].at) : nowMs;
  const category = ticket.status.category;
  const changes = statusChanges(events);

  // Messages by side; automated partner messages are set aside.
  const partnerMessages: TimelineEvent[] = [];
  const clientMessages: TimelineEvent[] = [];
  let previousAt = createdMs;
  for (const event of events) {
    if (event.type !== 'message') continue;
    if (event.side === 'partner' && !isAutomated(event, previousAt, thresholds)) partnerMessages.push(event);
    else if (event.side === 'client') clientMessages.push(event);
    previousAt = ms(event.at);
  }
  const substantiveIds = new Set(partnerMessages);
  const substantive = events.filter((event) => event.type === 'message' && (event.side === 'client' || substantiveIds.has(event)));

  // M1: created → first substantive partner message; a ticket the partner opened counts its second one.
  const firstMessage = substantive[0];
  const partnerOpened = firstMessage !== undefined && firstMessage.side === 'partner' && ms(firstMessage.at) - createdMs <= MINUTE;
  const firstReply = partnerMessages.filter((event) => ms(event.at) >= createdMs)[partnerOpened ? 1 : 0];
  const firstResponseAt = firstReply?.at ?? null;
  const firstResponseMs = firstReply ? ms(firstReply.at) - createdMs : null;
  const firstResponseBusinessMs = firstReply ? businessMs(createdMs, ms(firstReply.at), calendar) : null;

  // M6/M7: resolution and reopens from status changes, shown or observed.
  const resolved = isResolvedCategory(category);
  const intoResolved = changes.filter((change) => isResolvedCategory(change.to) && !(change.from && isResolvedCategory(change.from)));
  let resolvedMs: number | null = null;
  if (resolved) {
    const lastEntry = intoResolved.at(-1);
    const lastMessage = events.filter((event) => event.type === 'message').at(-1);
    resolvedMs = lastEntry ? lastEntry.at : ticket.updatedAt ? ms(ticket.updatedAt) : lastMessage ? ms(lastMessage.at) : null;
  }
  const firstResolvedMs = intoResolved[0]?.at ?? resolvedMs;
  const reopenChanges = changes.filter((change) => change.from && isResolvedCategory(change.from) && !isResolvedCategory(change.to));
  const resolutionMs = resolvedMs !== null ? Math.max(0, resolvedMs - createdMs) : null;
  const resolutionBusinessMs = resolvedMs !== null ? businessMs(createdMs, resolvedMs, calendar) : null;
  const pauses = waitingPauses(changes, clientMessages.map((event) => ms(event.at)), resolvedMs ?? nowMs);
  const partnerAccountableResolutionBusinessMs =
    resolvedMs !== null && resolutionBusinessMs !== null ? Math.max(0, resolutionBusinessMs - pausedBusinessMs(createdMs, resolvedMs, pauses, calendar)) : null;

  // M5: owner sequence — assignment events when the ticket has them, else partner authors in order.
  const assignments = events.filter((event) => event.type === 'assignment');
  const ownerSequence: string[] = [];
  if (assignments.length > 0) {
    const first = assignments[0]?.from?.trim() ?? '';
    if (!NOBODY.test(first)) ownerSequence.push(first);
    for (const event of assignments) {
      const to = event.to?.trim() ?? '';
      if (!NOBODY.test(to)) ownerSequence.push(to);
    }
  } else {
    for (const event of partnerMessages) if (event.author) ownerSequence.push(event.author);
  }
  let handoffs = 0;
  let pingPong = false;
  const seenOwners = new Set<string>();
  ownerSequence.forEach((owner, index) => {
    if (index > 0 && owner !== ownerSequence[index - 1]) {
      handoffs += 1;
      if (seenOwners.has(owner)) pingPong = true;
    }
    seenOwners.add(owner);
  });
  const responders = new Set(partnerMessages.map((event) => event.author ?? '')).size;

  // M4: client turns and chasers (DESIGN.md "Client turns").
  const followUpIds: string[] = [];
  const disputedAt: string[] = [];
  const lastPartnerOverall = partnerMessages.length ? ms(partnerMessages[partnerMessages.length - 1]!.at) : undefined;
  let turnIndex = 0;
  let previous: TimelineEvent | undefined;
  let lastTurnAt = -Infinity;
  let lastPartnerMs = createdMs;
  for (const event of substantive) {
    const at = ms(event.at);
    if (event.side === 'partner') {
      previous = event;
      lastPartnerMs = at;
      continue;
    }
    const continuesTurn = previous?.side === 'client' && at - lastTurnAt < thresholds.turnMergeMinutes * MINUTE;
    lastTurnAt = at;
    if (continuesTurn) {
      previous = event;
      continue;
    }
    const index = turnIndex++;
    const statusNow = categoryAt(changes, at);
    const lastChangeAt = changes.filter((change) => change.at <= at).at(-1)?.at;
    // When was the ticket solved, as seen from this turn? From the status history when there is one; without
    // it, on a ticket solved now, the partner's last message is the fix (DESIGN.md "resolvedAt" fallbacks).
    const solvedAt =
      statusNow !== undefined
        ? isResolvedCategory(statusNow)
          ? (lastChangeAt ?? at)
          : null
        : changes.length === 0 && resolved && lastPartnerOverall !== undefined && at > lastPartnerOverall
          ? lastPartnerOverall
          : null;
    if (solvedAt !== null) {
      // A dispute: not a thank-you, within 7 days of the fix (metrics.md §9.2 M7).
      if (!isGratitudeOnly(event.text) && at - solvedAt <= 7 * DAY) disputedAt.push(event.at);
      previous = event;
      continue;
    }
    // A waiting-on-client pause ends at the first client message inside it (metrics.md §9.1 Π(T)).
    const waitingOnClient =
      statusNow === 'waiting_on_client' && !clientMessages.some((message) => ms(message.at) < at && ms(message.at) >= (lastChangeAt ?? 0));
    const answersQuestion = previous?.side === 'partner' && /\?\s*$/.test((previous.text ?? '').trim());
    if (index > 0 && !waitingOnClient && !answersQuestion) {
      const structural = previous?.side === 'client';
      const lexical = isChaserText(event.text) && businessMs(lastPartnerMs, at, calendar) >= thresholds.chaserSilenceDays * calendar.dayMs;
      if (structural || lexical) followUpIds.push(event.id);
    }
    previous = event;
  }
  const lastFollowUp = followUpIds.length ? substantive.find((event) => event.id === followUpIds.at(-1)) : undefined;

  // M2: oldest unanswered client message on a ticket still the partner's to move.
  const open = category === 'new' || category === 'open' || category === 'on_hold' || category === 'unknown';
  const lastPartner = partnerMessages.at(-1);
  const unanswered = open ? clientMessages.find((event) => !lastPartner || ms(event.at) > ms(lastPartner.at)) : undefined;
  const waitingSince = unanswered?.at ?? null;
  const waitingBusinessMs = unanswered ? businessMs(ms(unanswered.at), nowMs, calendar) : null;

  // M2: every client wait — from the oldest unanswered client message to the partner's next reply (or now).
  const waitsBusinessMs: number[] = [];
  let waitStart: number | null = null;
  for (const event of substantive) {
    const at = ms(event.at);
    if (event.side === 'client' && waitStart === null) waitStart = at;
    else if (event.side === 'partner' && waitStart !== null) {
      waitsBusinessMs.push(businessMs(waitStart, at, calendar));
      waitStart = null;
    }
  }
  if (waitStart !== null && open) waitsBusinessMs.push(businessMs(waitStart, nowMs, calendar));

  // M3: silences between substantive partner updates (created → first, then gap to gap), minus paused
  // time, and the current one on an unsolved ticket that is not waiting on the client.
  let longestSilence: number | null = null;
  let mark = createdMs;
  for (const event of partnerMessages) {
    const at = ms(event.at);
    const gap = businessMs(mark, at, calendar) - pausedBusinessMs(mark, at, pauses, calendar);
    longestSilence = Math.max(longestSilence ?? 0, gap);
    mark = at;
  }
  const waitingNow = category === 'waiting_on_client';
  const currentSilenceBusinessMs = open && !waitingNow ? businessMs(mark, nowMs, calendar) - pausedBusinessMs(mark, nowMs, pauses, calendar) : null;
  if (currentSilenceBusinessMs !== null) longestSilence = Math.max(longestSilence ?? 0, currentSilenceBusinessMs);

  const ageMs = Math.max(0, (resolvedMs ?? nowMs) - createdMs);

  return {
    calendar,
    createdMs,
    category,
    partnerMessages,
    clientMessages,
    firstResponseAt,
    firstResponseMs,
    firstResponseBusinessMs,
    resolvedAt: resolvedMs !== null ? new Date(resolvedMs).toISOString().replace('.000Z', 'Z') : null,
    firstResolvedAt: firstResolvedMs !== null ? new Date(firstResolvedMs).toISOString().replace('.000Z', 'Z') : null,
    resolutionMs,
    resolutionBusinessMs,
    reopens: reopenChanges.length,
    reopenedAt: reopenChanges.map((change) => new Date(change.at).toISOString()),
    disputedAt,
    ownerSequence,
    pingPong,
    handoffs,
    responders,
    followUpIds,
    lastFollowUpAt: lastFollowUp?.at ?? null,
    waitingSince,
    waitingBusinessMs,
    waitsBusinessMs,
    longestWaitBusinessMs: waitsBusinessMs.length ? Math.max(...waitsBusinessMs) : null,
    medianWaitBusinessMs: median(waitsBusinessMs),
    pauses,
    partnerAccountableResolutionBusinessMs,
    currentSilenceBusinessMs,
    longestSilenceBusinessMs: longestSilence,
    ageMs,
    open,
  };
}
