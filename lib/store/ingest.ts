/**
 * Merging what a visit saw into the stored history (DESIGN.md "Data flow" 2):
 * - events are unioned by stable id: a re-visit never duplicates, a partial page never deletes;
 * - header fields are replaced only by values the visit actually saw (a thinner scrape blanks nothing);
 * - the status and assignee seen on each visit are kept as observations, and a change between two visits
 *   becomes a synthesized `status_change` / `assignment` event with `observed: true` — unless the portal's
 *   own timeline already shows that change.
 * One read-write transaction per snapshot; health is computed (pure) inside it, nothing else is awaited.
 */
import { computeHealth, type TicketHistory } from '../metrics';
import type { TicketHealth } from '../model/health';
import type { Settings } from '../model/settings';
import type { ListSnapshot, TicketSnapshot } from '../model/snapshot';
import type { Status } from '../model/status';
import { ticketKey, type Observation, type StoredEvent, type StoredTicket } from '../model/stored';
import type { PlumblineDatabase } from './database';
import { sortEvents, toTicketHistory } from './queries';

export type HealthFunction = (history: TicketHistory, settings: Settings, now: Date) => TicketHealth;

export interface IngestOptions {
  settings: Settings;
  now: Date;
  /** Injected in tests; defaults to lib/metrics computeHealth. */
  health?: HealthFunction;
}

export interface IngestTicketResult {
  ticket: StoredTicket;
  health: TicketHealth;
  /** False when the visit changed nothing (no new event, status, assignee or header field). */
  changed: boolean;
  addedEvents: number;
}

/** An unchanged revisit refreshes lastSeenAt at most this often, so re-reading a page costs no write. */
export const LAST_SEEN_THROTTLE_MS = 3_600_000;

interface Seen {
  at: string;
  status: Status;
  assignee?: string;
  updatedAt?: string;
  /** Status changes the page itself shows. */
  shown: readonly { to?: string; at: string }[];
}

/** The observed events a visit implies, relative to what the ticket last looked like. */
function observedChanges(ticket: StoredTicket, seen: Seen): StoredEvent[] {
  const previous: Observation = ticket.observations.at(-1) ?? { at: ticket.lastSeenAt, status: ticket.status, ...(ticket.assignee ? { assignee: ticket.assignee } : {}) };
  const since = ticket.lastSeenAt;
  // When the change happened is unknown; the portal's "last activity" is the best estimate when it falls
  // between the two visits, else the time we saw it.
  const at = seen.updatedAt && seen.updatedAt > since && seen.updatedAt <= seen.at ? seen.updatedAt : seen.at;
  const events: StoredEvent[] = [];
  if (previous.status.category !== seen.status.category) {
    const shown = seen.shown.some((change) => change.to === seen.status.category && change.at > since);
    if (!shown) {
      events.push({
        ticketKey: ticket.key,
        id: `observed-status-${seen.at}`,
        type: 'status_change',
        side: 'system',
        at,
        from: previous.status.category,
        to: seen.status.category,
        observed: true,
      });
    }
  }
  if (seen.assignee !== undefined && seen.assignee !== (previous.assignee ?? ticket.assignee)) {
    const from = previous.assignee ?? ticket.assignee;
    if (from !== undefined) {
      events.push({
        ticketKey: ticket.key,
        id: `observed-assignee-${seen.at}`,
        type: 'assignment',
        side: 'system',
        at,
        from,
        to: seen.assignee,
        observed: true,
      });
    }
  }
  return events;
}

function observe(ticket: StoredTicket, seen: Seen): Observation[] {
  const last = ticket.observations.at(-1);
  const assignee = seen.assignee ?? last?.assignee;
  if (last && last.status.category === seen.status.category && last.status.raw === seen.status.raw && last.assignee === assignee) return ticket.observations;
  return [...ticket.observations, { at: seen.at, status: seen.status, ...(assignee !== undefined ? { assignee } : {}) }];
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

const HEADER_FIELDS = ['subject', 'priority', 'assignee', 'requester', 'updatedAt'] as const;

interface Merge {
  ticket: StoredTicket;
  /** New events (scraped and observed), to add. */
  added: StoredEvent[];
  /** The ticket's whole history after the merge. */
  events: StoredEvent[];
  changed: boolean;
  refreshSeen: boolean;
}

/** One visit merged into what is stored (pure): the rules of the module comment. */
function mergeVisit(existing: StoredTicket | undefined, stored: readonly StoredEvent[], snapshot: TicketSnapshot, options: IngestOptions): Merge {
  const health = options.health ?? computeHealth;
  const key = ticketKey(snapshot.origin, snapshot.ticketId);
  const known = new Set(stored.map((event) => event.id));
  const added: StoredEvent[] = [];
  for (const event of snapshot.events) {
    if (known.has(event.id)) continue;
    known.add(event.id);
    added.push({ ...event, ticketKey: key });
  }
  const seen: Seen = {
    at: snapshot.capturedAt,
    status: snapshot.status,
    ...(snapshot.assignee !== undefined ? { assignee: snapshot.assignee } : {}),
    ...(snapshot.updatedAt !== undefined ? { updatedAt: snapshot.updatedAt } : {}),
    shown: snapshot.events.filter((event) => event.type === 'status_change'),
  };
  for (const event of existing ? observedChanges(existing, seen) : []) if (!known.has(event.id)) added.push(event);

  const base: StoredTicket = existing ?? {
    key,
    portal: snapshot.portal,
    origin: snapshot.origin,
    ticketId: snapshot.ticketId,
    url: snapshot.url,
    subject: snapshot.subject,
    status: snapshot.status,
    firstSeenAt: snapshot.capturedAt,
    lastSeenAt: snapshot.capturedAt,
    observations: [],
    eventCount: 0,
  };
  const merged: StoredTicket = { ...base, status: snapshot.status, observations: observe(base, seen) };
  for (const field of HEADER_FIELDS) {
    const value = snapshot[field];
    if (value !== undefined && value !== '') merged[field] = value;
  }
  const createdAt = earliest(existing?.createdAt, snapshot.createdAt);
  if (createdAt) merged.createdAt = createdAt;
  merged.eventCount = stored.length + added.length;

  const headerChanged =
    !existing ||
    existing.status.raw !== merged.status.raw ||
    existing.status.category !== merged.status.category ||
    HEADER_FIELDS.some((field) => existing[field] !== merged[field]) ||
    existing.createdAt !== merged.createdAt;
  const changed = headerChanged || added.length > 0;
  const refreshSeen = !existing || Date.parse(snapshot.capturedAt) - Date.parse(existing.lastSeenAt) >= LAST_SEEN_THROTTLE_MS;
  if (changed || refreshSeen) merged.lastSeenAt = snapshot.capturedAt > base.lastSeenAt ? snapshot.capturedAt : base.lastSeenAt;

  const events = sortEvents([...stored, ...added]);
  merged.health = health(toTicketHistory(merged, events), options.settings, options.now);
  return { ticket: merged, added, events, changed, refreshSeen };
}

function result(merge: Merge): IngestTicketResult {
  return { ticket: merge.ticket, health: merge.ticket.health!, changed: merge.changed, addedEvents: merge.added.length };
}

/** One page visit: one read-write transaction (the background calls this for every ticket page). */
export async function ingestTicket(db: PlumblineDatabase, snapshot: TicketSnapshot, options: IngestOptions): Promise<IngestTicketResult> {
  const key = ticketKey(snapshot.origin, snapshot.ticketId);
  return db.transaction('rw', db.tickets, db.events, async () => {
    const existing = await db.tickets.get(key);
    const stored = await db.events.where('ticketKey').equals(key).toArray();
    const merge = mergeVisit(existing, stored, snapshot, options);
    if (merge.changed) {
      if (merge.added.length) await db.events.bulkAdd(merge.added);
      await db.tickets.put(merge.ticket);
    } else if (merge.refreshSeen) {
      await db.tickets.update(key, { lastSeenAt: merge.ticket.lastSeenAt, health: merge.ticket.health });
    }
    return result(merge);
  });
}

/**
 * Many snapshots at once (a restore, a colleague's history pooled in), with exactly the rules of
 * `ingestTicket`, in one transaction: one read of the tickets, one of their stored events, one bulk write of
 * each table. Snapshots of the same ticket are merged in order.
 */
export async function ingestTickets(db: PlumblineDatabase, snapshots: readonly TicketSnapshot[], options: IngestOptions): Promise<IngestTicketResult[]> {
  const keys = [...new Set(snapshots.map((snapshot) => ticketKey(snapshot.origin, snapshot.ticketId)))];
  return db.transaction('rw', db.tickets, db.events, async () => {
    const found = await db.tickets.bulkGet(keys);
    const tickets = new Map<string, StoredTicket>();
    keys.forEach((key, index) => {
      const ticket = found[index];
      if (ticket) tickets.set(key, ticket);
    });
    const events = new Map<string, StoredEvent[]>();
    if (tickets.size) {
      for (const event of await db.events.where('ticketKey').anyOf([...tickets.keys()]).toArray()) {
        const list = events.get(event.ticketKey) ?? [];
        list.push(event);
        events.set(event.ticketKey, list);
      }
    }
    const results: IngestTicketResult[] = [];
    const touched = new Map<string, StoredTicket>();
    const added: StoredEvent[] = [];
    for (const snapshot of snapshots) {
      const key = ticketKey(snapshot.origin, snapshot.ticketId);
      const merge = mergeVisit(tickets.get(key), events.get(key) ?? [], snapshot, options);
      tickets.set(key, merge.ticket);
      events.set(key, merge.events);
      if (merge.changed || merge.refreshSeen) touched.set(key, merge.ticket);
      added.push(...merge.added);
      results.push(result(merge));
    }
    if (added.length) await db.events.bulkAdd(added);
    if (touched.size) await db.tickets.bulkPut([...touched.values()]);
    return results;
  });
}

/**
 * A list page: never creates tickets (an unvisited row stays "not visited yet"), but a status change seen
 * on the list for a known ticket is an observation like any other. Returns the stored ticket per row.
 */
export async function ingestList(db: PlumblineDatabase, snapshot: ListSnapshot, options: IngestOptions): Promise<Map<string, StoredTicket | undefined>> {
  const health = options.health ?? computeHealth;
  const keys = snapshot.rows.map((row) => ticketKey(snapshot.origin, row.ticketId));
  return db.transaction('rw', db.tickets, db.events, async () => {
    const tickets = await db.tickets.bulkGet(keys);
    const result = new Map<string, StoredTicket | undefined>();
    const updates: StoredTicket[] = [];
    const newEvents: StoredEvent[] = [];
    for (const [index, row] of snapshot.rows.entries()) {
      const ticket = tickets[index];
      if (!ticket || ticket.status.category === row.status.category || row.status.category === 'unknown') {
        result.set(row.ticketId, ticket);
        continue;
      }
      const seen: Seen = { at: snapshot.capturedAt, status: row.status, ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}), shown: [] };
      const observed = observedChanges(ticket, seen);
      const updated: StoredTicket = { ...ticket, status: row.status, observations: observe(ticket, seen), eventCount: ticket.eventCount + observed.length };
      if (row.updatedAt && (!updated.updatedAt || row.updatedAt > updated.updatedAt)) updated.updatedAt = row.updatedAt;
      const events = await db.events.where('ticketKey').equals(ticket.key).toArray();
      updated.health = health(toTicketHistory(updated, sortEvents([...events, ...observed])), options.settings, options.now);
      newEvents.push(...observed);
      updates.push(updated);
      result.set(row.ticketId, updated);
    }
    if (newEvents.length) await db.events.bulkPut(newEvents);
    if (updates.length) await db.tickets.bulkPut(updates);
    return result;
  });
}
