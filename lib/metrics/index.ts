/**
 * Ticket metrics and warning signs: pure functions from a ticket's whole stored history to the contract's
 * TicketHealth (DESIGN.md "Metric rules"; reference/metrics.md §9.2).
 */
import { worstLevel, type TicketHealth } from '../model/health';
import type { Settings } from '../model/settings';
import { analyse, type TicketFacts } from './analysis';
import type { TicketHistory } from './history';
import type { Locale } from './messages';
import { computeSigns } from './signs';

export type { TicketHistory } from './history';
export type { TicketFacts } from './analysis';
export { badgeView } from './badge';
export { resolveLocale, type Locale } from './messages';
export { businessMs, calendarFromSettings, type Calendar } from './calendar';

export interface TicketAnalysis {
  health: TicketHealth;
  /** Ids of the client messages counted as follow-ups (the popup highlights them). */
  followUpEventIds: string[];
  /** Owner sequence used for handoffs (M5). */
  ownerSequence: string[];
  facts: TicketFacts;
}

export function analyseTicket(ticket: TicketHistory, settings: Settings, now: Date, locale: Locale = 'en'): TicketAnalysis {
  const facts = analyse(ticket, settings, now);
  const signs = computeSigns(ticket, facts, settings, now, locale);
  const health: TicketHealth = {
    level: worstLevel(signs.map((sign) => sign.level)),
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
  return { health, followUpEventIds: facts.followUpIds, ownerSequence: facts.ownerSequence, facts };
}

export function computeHealth(ticket: TicketHistory, settings: Settings, now: Date, locale: Locale = 'en'): TicketHealth {
  return analyseTicket(ticket, settings, now, locale).health;
}
