/** Reads shared by the background, popup and dashboard. */
import { parseSettings, type Settings } from '../model/settings';
import type { StoredEvent, StoredTicket } from '../model/stored';
import type { TicketHistory } from '../metrics/history';
import type { PlumblineDatabase } from './database';

export async function loadHistory(db: PlumblineDatabase, key: string): Promise<{ ticket: StoredTicket; events: StoredEvent[] } | undefined> {
  const ticket = await db.tickets.get(key);
  if (!ticket) return undefined;
  const events = await db.events.where('ticketKey').equals(key).toArray();
  return { ticket, events: sortEvents(events) };
}

/** Oldest first; ties keep a stable order by id. */
export function sortEvents<T extends { at: string; id: string }>(events: T[]): T[] {
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function toTicketHistory(ticket: StoredTicket, events: readonly StoredEvent[]): TicketHistory {
  return {
    status: ticket.status,
    ...(ticket.priority !== undefined ? { priority: ticket.priority } : {}),
    ...(ticket.assignee !== undefined ? { assignee: ticket.assignee } : {}),
    ...(ticket.requester !== undefined ? { requester: ticket.requester } : {}),
    ...(ticket.createdAt !== undefined ? { createdAt: ticket.createdAt } : {}),
    ...(ticket.updatedAt !== undefined ? { updatedAt: ticket.updatedAt } : {}),
    events: sortEvents([...events]),
  };
}

/** Every stored ticket, most recently seen first. */
export async function listTickets(db: PlumblineDatabase): Promise<StoredTicket[]> {
  return db.tickets.orderBy('lastSeenAt').reverse().toArray();
}

/** Events of many tickets in one query, grouped by ticket key. */
export async function eventsByTicket(db: PlumblineDatabase, keys: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const grouped = new Map<string, StoredEvent[]>();
  if (keys.length === 0) return grouped;
  for (const event of await db.events.where('ticketKey').anyOf([...keys]).toArray()) {
    const list = grouped.get(event.ticketKey) ?? [];
    list.push(event);
    grouped.set(event.ticketKey, list);
  }
  return grouped;
}

/** Stored settings, with defaults for whatever is missing; a malformed value falls back to the defaults. */
export async function getSettings(db: PlumblineDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  try {
    return parseSettings(row?.value);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(db: PlumblineDatabase, settings: Settings): Promise<void> {
  await db.settings.put({ id: 'settings', value: parseSettings(settings) });
}
