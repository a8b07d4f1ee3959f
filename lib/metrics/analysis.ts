/**
 * One ticket's metrics over its whole stored history: metrics.md §9.2 M1–M7 and M9 in the precise forms of
 * DESIGN.md "Metric rules", each in its own module. Pure: `now` is a parameter, nothing is read or written.
 */
import type { Settings } from '../model/settings';
import { isResolvedCategory, isUnresolvedCategory, type StatusCategory } from '../model/status';
import { ageBand, ageMsOf, type AgeBand } from './age';
import { businessMs, calendarFromSettings, type Calendar } from './calendar';
import { disputesOf, type Dispute } from './disputes';
import { firstResponseOf, type FirstResponse } from './first-response';
import { classifyTurns, type ClassifiedTurn } from './follow-ups';
import type { TicketHistory } from './history';
import { ownersOf, type Owners } from './owners';
import { resolutionOf, type Resolution } from './resolution';
import { partnerSilences, type PartnerSilence } from './silences';
import { PausedTime, waitingPauses, type Interval } from './status-history';
import { targetsFor, type TicketTargets } from './targets';
import { buildTimeline, type Message } from './ticket-timeline';
import { clientTurns } from './turns';
import { clientWaits, type ClientWait } from './waits';

export interface TicketFacts {
  calendar: Calendar;
  targets: TicketTargets;
  createdMs: number;
  createdAt: string;
  nowMs: number;
  category: StatusCategory;
  /** Not solved/closed. */
  open: boolean;
  /** The partner's move: new, open, on hold or unknown (metrics.md §8: unknown counts as open). */
  awaitingPartner: boolean;
  /** Status waiting on the client and the client has not answered since (an untruncated pause, metrics.md §9.1). */
  waitingOnClientNow: boolean;
  /** Substantive partner messages (P), client messages (K) and the automated partner messages set aside. */
  partnerMessages: Message[];
  clientMessages: Message[];
  automatedMessages: Message[];

  /** M1. */
  firstResponse: FirstResponse;
  firstResponseAt: string | null;
  firstResponseMs: number | null;
  firstResponseBusinessMs: number | null;

  /** M6. */
  resolution: Resolution;
  resolvedAt: string | null;
  firstResolutionAt: string | null;
  resolutionMs: number | null;
  resolutionBusinessMs: number | null;
  /** Business time to resolution minus the waiting-on-client pauses (metrics.md §9.2 M6 PAR). */
  partnerAccountableResolutionBusinessMs: number | null;

  /** M7. */
  reopens: number;
  disputes: Dispute[];
  disputed: boolean;

  /** M5. */
  owners: Owners;
  ownerSequence: string[];
  pingPong: boolean;
  handoffs: number;
  responders: number;

  /** M4. */
  turns: ClassifiedTurn[];
  followUpIds: string[];
  lastFollowUpAt: string | null;

  /** M2. */
  waits: ClientWait[];
  waitingSince: string | null;
  waitingBusinessMs: number | null;
  longestWaitBusinessMs: number | null;
  medianWaitBusinessMs: number | null;

  /** metrics.md §9.1 Π(T). */
  pauses: Interval[];

  /** M3. */
  silences: PartnerSilence[];
  currentSilenceBusinessMs: number | null;
  longestSilenceBusinessMs: number | null;

  /** M9. */
  ageMs: number;
  /** Backlog band of an open ticket; null once solved/closed. */
  ageBand: AgeBand | null;
}

export function analyse(ticket: TicketHistory, settings: Settings, now: Date): TicketFacts {
  const calendar = calendarFromSettings(settings);
  const thresholds = settings.thresholds;
  const timeline = buildTimeline(ticket, settings, now);
  const { createdMs, nowMs, category } = timeline;
  const business = (from: number, to: number) => businessMs(from, to, calendar);

  const open = !isResolvedCategory(category);
  const awaitingPartner = isUnresolvedCategory(category);
  const { pauses, waitingOnClientNow: pausedNow } = waitingPauses(timeline, nowMs);
  const lastRecorded = timeline.statusChanges[timeline.statusChanges.length - 1]?.to;
  // Waiting on the client now: the recorded pause is still untruncated; when the entry into the status was never
  // recorded, until the client writes after the partner's last message.
  const waitingOnClientNow =
    category === 'waiting_on_client' && (lastRecorded === 'waiting_on_client' ? pausedNow : timeline.conversation[timeline.conversation.length - 1]?.side !== 'client');
  const paused = new PausedTime(pauses, business);

  const firstResponse = firstResponseOf(timeline, calendar);

  const resolution = resolutionOf(timeline, ticket);
  const resolvedMs = resolution.resolved ? resolution.resolvedMs : null;
  const resolutionBusinessMs = resolvedMs !== null ? business(createdMs, resolvedMs) : null;
  const partnerAccountable = resolvedMs !== null && resolutionBusinessMs !== null ? Math.max(0, resolutionBusinessMs - paused.between(createdMs, resolvedMs)) : null;

  const turns = classifyTurns(clientTurns(timeline.conversation, thresholds.turnMergeMinutes), {
    timeline, calendar, periods: resolution.periods, thresholds,
  });
  const followUps = turns.filter((turn) => turn.role === 'follow-up');
  const disputes = disputesOf(turns);

  const owners = ownersOf(timeline);
  const waits = clientWaits(timeline, calendar, awaitingPartner);
  const silences = partnerSilences(timeline, calendar, paused, open && !waitingOnClientNow);
  const ageMs = ageMsOf(createdMs, resolvedMs, nowMs);

  return {
    calendar,
    targets: targetsFor(ticket.priority, settings),
    createdMs,
    createdAt: timeline.createdIso,
    nowMs,
    category,
    open,
    awaitingPartner,
    waitingOnClientNow,
    partnerMessages: timeline.partner,
    clientMessages: timeline.client,
    automatedMessages: timeline.automated,
    firstResponse,
    firstResponseAt: firstResponse.at,
    firstResponseMs: firstResponse.ms,
    firstResponseBusinessMs: firstResponse.businessMs,
    resolution,
    resolvedAt: resolution.resolved ? resolution.resolvedAt : null,
    firstResolutionAt: resolution.firstResolutionAt,
    resolutionMs: resolution.resolved ? resolution.resolutionMs : null,
    resolutionBusinessMs,
    partnerAccountableResolutionBusinessMs: partnerAccountable,
    reopens: resolution.reopens.length,
    disputes,
    disputed: disputes.length > 0,
    owners,
    ownerSequence: owners.sequence,
    pingPong: owners.pingPong,
    handoffs: owners.handoffs,
    responders: owners.responders,
    turns,
    followUpIds: followUps.map((turn) => turn.id),
    lastFollowUpAt: followUps[followUps.length - 1]?.startIso ?? null,
    waits: waits.waits,
    waitingSince: waits.waitingSince,
    waitingBusinessMs: waits.waitingBusinessMs,
    longestWaitBusinessMs: waits.longestBusinessMs,
    medianWaitBusinessMs: waits.medianBusinessMs,
    pauses,
    silences: silences.silences,
    currentSilenceBusinessMs: silences.currentBusinessMs,
    longestSilenceBusinessMs: silences.longestBusinessMs,
    ageMs,
    ageBand: open ? ageBand(ageMs, thresholds) : null,
  };
}
