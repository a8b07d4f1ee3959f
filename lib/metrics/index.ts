/**
 * INTERFACE STUB — replaced by the metrics implementation (lib/metrics owner).
 * Pure functions: ticket history in, TicketHealth out (reference/metrics.md §9.2, DESIGN.md "Metric rules").
 */
import type { BadgeView, Settings, Status, TicketHealth, TimelineEvent } from '../model';

/** What the metrics read of a ticket: a TicketSnapshot, or a stored ticket with its stored events. */
export interface TicketHistory {
  status: Status;
  priority?: string;
  assignee?: string;
  requester?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Oldest first; includes observed (synthesized) events. */
  events: readonly TimelineEvent[];
}

export type Locale = 'en' | 'fr';

export interface TicketAnalysis {
  health: TicketHealth;
  /** Ids of the client messages counted as follow-ups (the popup highlights them). */
  followUpEventIds: string[];
  /** Owner sequence used for handoffs (M5). */
  ownerSequence: string[];
}

export function analyseTicket(_ticket: TicketHistory, _settings: Settings, _now: Date, _locale: Locale = 'en'): TicketAnalysis {
  throw new Error('lib/metrics not implemented yet');
}

export function computeHealth(ticket: TicketHistory, settings: Settings, now: Date, locale: Locale = 'en'): TicketHealth {
  return analyseTicket(ticket, settings, now, locale).health;
}

/** Badge text for a health: level, short label ("2 follow-ups · 3 technicians · open 6 days"), signs. */
export function badgeView(_health: TicketHealth, _ticket: TicketHistory, _locale: Locale = 'en'): BadgeView {
  throw new Error('lib/metrics not implemented yet');
}

/** 'auto' follows the browser's languages; French when the first supported one is French. */
export function resolveLocale(_setting: Settings['locale'], _languages: readonly string[]): Locale {
  throw new Error('lib/metrics not implemented yet');
}
