/** Reads shared by the background, popup and dashboard (and the one deletion the user may ask for). */
import { computeHealth, type Locale, type TicketHistory } from '../metrics';
import type { TicketHealth } from '../model/health';
import { parseSettings, type Settings } from '../model/settings';
import type { StoredEvent, StoredTicket } from '../model/stored';
import type { PlumblineDatabase } from './database';
import { settingsFromStored } from './settings-row';

/** Oldest first; ties keep a stable order by id (sorts in place and returns the array). */
export function sortEvents<T extends { at: string; id: string }>(events: T[]): T[] {
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A ticket and its whole stored timeline, oldest first. */
export async function loadHistory(db: PlumblineDatabase, key: string): Promise<{ ticket: StoredTicket; events: StoredEvent[] } | undefined> {
  return db.transaction('r', db.tickets, db.events, async () => {
    const ticket = await db.tickets.get(key);
    if (!ticket) return undefined;
    const events = await db.events.where('ticketKey').equals(key).toArray();
    return { ticket, events: sortEvents(events) };
  });
}

/** What the metrics read: the stored header plus every stored event (a copy, oldest first). */
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

/**
 * Health as of `now`: the stored `ticket.health` was computed at the last visit, while ages, waits and
 * silences keep running between visits — pages and list badges recompute with the real now.
 */
export function currentHealth(ticket: StoredTicket, events: readonly StoredEvent[], settings: Settings, now: Date, locale: Locale = 'en'): TicketHealth {
  return computeHealth(toTicketHistory(ticket, events), settings, now, locale);
}

/** Every stored ticket, most recently seen first (the dashboard's list); `limit` for the first screenful. */
export async function listTickets(db: PlumblineDatabase, limit?: number): Promise<StoredTicket[]> {
  const recent = db.tickets.orderBy('lastSeenAt').reverse();
  return limit === undefined ? recent.toArray() : recent.limit(limit).toArray();
}

/** The stored tickets among `keys`, by key (unknown keys are absent): one query. */
export async function ticketsByKeys(db: PlumblineDatabase, keys: readonly string[]): Promise<Map<string, StoredTicket>> {
  const found = new Map<string, StoredTicket>();
  if (keys.length === 0) return found;
  for (const ticket of await db.tickets.bulkGet([...keys])) if (ticket) found.set(ticket.key, ticket);
  return found;
}

/** Events of many tickets in one query (`where('ticketKey').anyOf`), grouped by ticket key, oldest first. */
export async function eventsByTicket(db: PlumblineDatabase, keys: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const grouped = new Map<string, StoredEvent[]>();
  if (keys.length === 0) return grouped;
  for (const event of await db.events.where('ticketKey').anyOf([...keys]).toArray()) {
    const list = grouped.get(event.ticketKey) ?? [];
    list.push(event);
    grouped.set(event.ticketKey, list);
  }
  for (const list of grouped.values()) sortEvents(list);
  return grouped;
}

/**
 * Forget one portal (the user withdrew it, or asked to): its tickets and all their events, in one
 * transaction. Settings and other portals are untouched. Returns what was deleted.
 */
export async function deletePortalData(db: PlumblineDatabase, origin: string): Promise<{ tickets: number; events: number }> {
  return db.transaction('rw', db.tickets, db.events, async () => {
    const keys = await db.tickets.where('origin').equals(origin).primaryKeys();
    if (keys.length === 0) return { tickets: 0, events: 0 };
    const events = await db.events.where('ticketKey').anyOf(keys).delete();
    await db.tickets.bulkDelete(keys);
    return { tickets: keys.length, events };
  });
}

/** Stored settings, with defaults for whatever is missing or broken (lib/store/settings-row.ts). */
export async function getSettings(db: PlumblineDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  return settingsFromStored(row?.value);
}

/** Validates before writing: an invalid value throws and the stored settings stay as they were. */
export async function saveSettings(db: PlumblineDatabase, settings: Settings): Promise<void> {
  await db.settings.put({ id: 'settings', value: parseSettings(settings) });
}
