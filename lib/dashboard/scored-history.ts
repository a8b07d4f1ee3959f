/**
 * Every stored ticket scored for the partner scorecard (lib/scorecard), health computed now: ages and
 * silences move with the clock. One pass over the events, grouped by ticket.
 */
import { calendarFromSettings } from '../metrics';
import type { Settings } from '../model/settings';
import type { StoredEvent, StoredTicket } from '../model/stored';
import { toScoredTicket, type ScoredTicket } from '../scorecard';
import { currentHealth } from '../store';

export function scoredHistory(tickets: readonly StoredTicket[], events: readonly StoredEvent[], settings: Settings, now: Date): ScoredTicket[] {
  const byTicket = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const list = byTicket.get(event.ticketKey);
    if (list) list.push(event);
    else byTicket.set(event.ticketKey, [event]);
  }
  const calendar = calendarFromSettings(settings);
  return tickets.map((ticket) => {
    const own = (byTicket.get(ticket.key) ?? []).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return toScoredTicket(ticket, own, currentHealth(ticket, own, settings, now), { calendar, settings });
  });
}
