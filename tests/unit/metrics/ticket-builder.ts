/**
 * Builders for ticket histories in the metrics tests. Times are ISO strings written out in each test so the
 * expected durations can be computed by hand; the default calendar is UTC, Mon–Fri 09:00–17:00.
 * Reference week: Monday 4 March 2024 … Friday 8 March 2024; Monday 11 March 2024 the week after.
 */
import { analyseTicket, type TicketAnalysis, type TicketHistory } from '../../../lib/metrics';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import type { StatusCategory } from '../../../lib/model/status';
import type { TimelineEvent } from '../../../lib/model/timeline';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** One business day of the default schedule. */
export const BDAY = 8 * HOUR;

export const UTC_SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

export function withThresholds(overrides: Partial<Settings['thresholds']>, base: Settings = UTC_SETTINGS): Settings {
  return { ...base, thresholds: { ...base.thresholds, ...overrides } };
}

let sequence = 0;
const nextId = (prefix: string) => `${prefix}${(sequence += 1)}`;

export function client(at: string, text = 'Hello, my laptop dock no longer charges.', author = 'Jane Doe'): TimelineEvent {
  return { id: nextId('c'), type: 'message', side: 'client', author, at, text };
}

export function partner(at: string, text = 'I am looking into it.', author = 'Ana Silva'): TimelineEvent {
  return { id: nextId('p'), type: 'message', side: 'partner', author, at, text };
}

export function systemMessage(at: string, text: string): TimelineEvent {
  return { id: nextId('y'), type: 'message', side: 'system', author: 'System', at, text };
}

export function status(at: string, from: StatusCategory | undefined, to: StatusCategory, observed = false): TimelineEvent {
  return { id: nextId('s'), type: 'status_change', side: 'system', at, ...(from ? { from } : {}), to, ...(observed ? { observed: true } : {}) };
}

export function assign(at: string, from: string | undefined, to: string | undefined): TimelineEvent {
  return { id: nextId('a'), type: 'assignment', side: 'system', at, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

export function ticket(events: TimelineEvent[], category: StatusCategory = 'open', extra: Partial<TicketHistory> = {}): TicketHistory {
  return { status: { raw: category, category }, createdAt: events[0]?.at, events, ...extra };
}

export function analyse(history: TicketHistory, now: string, settings: Settings = UTC_SETTINGS, locale: 'en' | 'fr' = 'en'): TicketAnalysis {
  return analyseTicket(history, settings, new Date(now), locale);
}

export function signOf(analysis: TicketAnalysis, code: string) {
  return analysis.health.signs.find((sign) => sign.code === code);
}
