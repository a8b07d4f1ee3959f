/**
 * Ticket metrics and warning signs: pure functions from a ticket's whole stored history to the contract's
 * TicketHealth (DESIGN.md "Metric rules"; reference/metrics.md §9.1–9.2). Nothing here reads a clock or storage:
 * `now` and the settings are parameters.
 */
import type { TicketHealth } from '../model/health';
import type { Settings } from '../model/settings';
import type { Locale } from '../i18n';
import type { AgeBand } from './age';
import { analyse, type TicketFacts } from './analysis';
import type { ClassifiedTurn } from './follow-ups';
import type { TicketHistory } from './history';
import type { PartnerSilence } from './silences';
import { computeSigns, levelOf } from './signs';
import type { ClientWait } from './waits';

export type { TicketHistory } from './history';
export type { TicketFacts } from './analysis';
export type { AgeBand } from './age';
export type { ClassifiedTurn, TurnRole } from './follow-ups';
export type { ClientWait } from './waits';
export type { PartnerSilence } from './silences';
export type { Dispute } from './disputes';
export type { Owners } from './owners';
export { badgeView } from './badge';
export { resolveLocale, type Locale } from '../i18n';
export { addBusinessMs, businessDayMs, businessMs, calendarFromSettings, type Calendar } from './calendar';
export { priorityLevel, targetsFor, type TicketTargets } from './targets';
export { SIGN_CODES, type SignCode } from './signs';
export { CHASER_PHRASES, isChaserText } from './chaser-lexicon';
export { isGratitudeOnly } from './gratitude';
export { isAutomatedPartnerMessage } from './automation';

export interface TicketAnalysis {
  health: TicketHealth;
  /** Ids of the client messages that open a follow-up turn (the popup highlights them). */
  followUpEventIds: string[];
  /** Owner sequence used for handoffs (M5), as shown, repeats kept. */
  ownerSequence: string[];
  /** An owner came back after another (M5 ping-pong). */
  pingPong: boolean;
  /** Every client turn with its role: first, follow-up, answer, after the fix… (M4). */
  turns: ClassifiedTurn[];
  /** Every client wait, the running one last (M2). */
  waits: ClientWait[];
  /** Every partner silence, the running one last (M3). */
  silences: PartnerSilence[];
  /** M6: last entry into solved/closed (or the fallback), null unless solved/closed now; first entry. */
  resolvedAt: string | null;
  firstResolutionAt: string | null;
  partnerAccountableResolutionBusinessMs: number | null;
  /** M7: a client complained within 7 days of a fix. */
  disputed: boolean;
  /** M9: backlog band of an open ticket (< 10, 10–30, > 30 days by default); null once solved/closed. */
  ageBand: AgeBand | null;
  /** Everything the metrics found, for the dashboard. */
  facts: TicketFacts;
}


export function analyseTicket(ticket: TicketHistory, settings: Settings, now: Date, locale: Locale = 'en'): TicketAnalysis {
  const facts = analyse(ticket, settings, now);
  const signs = computeSigns(facts, settings, locale);
  const health: TicketHealth = {
    level: levelOf(signs),
    metrics: {
      followUps: facts.followUpIds.length,
      handoffs: facts.handoffs,
      responders: facts.responders,
      reopens: facts.reopens,
      firstResponseMs: facts.firstResponseMs,
      firstResponseBusinessMs: facts.firstResponseBusinessMs,
      resolutionMs: facts.resolutionMs,
      resolutionBusinessMs: facts.resolutionBusinessMs,
      waitingSince: facts.waitingSince,
      longestSilenceBusinessMs: facts.longestSilenceBusinessMs,
      ageMs: facts.ageMs,
    },
    signs,
  };
  return {
    health,
    followUpEventIds: facts.followUpIds,
    ownerSequence: facts.ownerSequence,
    pingPong: facts.pingPong,
    turns: facts.turns,
    waits: facts.waits,
    silences: facts.silences,
    resolvedAt: facts.resolvedAt,
    firstResolutionAt: facts.firstResolutionAt,
    partnerAccountableResolutionBusinessMs: facts.partnerAccountableResolutionBusinessMs,
    disputed: facts.disputed,
    ageBand: facts.ageBand,
    facts,
  };
}

export function computeHealth(ticket: TicketHistory, settings: Settings, now: Date, locale: Locale = 'en'): TicketHealth {
  return analyseTicket(ticket, settings, now, locale).health;
}
