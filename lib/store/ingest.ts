/**
 * Merging what a visit saw into the stored history (DESIGN.md "Data flow" 2):
 * - events are unioned by stable id: a re-visit never duplicates, a partial page (comment page 2, a page
 *   showing fewer comments) never deletes;
 * - header fields are replaced only by values the visit actually saw (a thinner scrape blanks nothing);
 *   createdAt keeps the earliest known;
 * - the status and assignee seen on each visit are kept as observations (appended when they differ from
 *   the previous one), and a change between two visits becomes a synthesized `status_change` /
 *   `assignment` event with `observed: true` — unless the portal's own timeline shows that change. When a
 *   later visit brings the portal's own record of a change we had only observed, the record replaces the
 *   estimate (its time is exact; keeping both would count one resolution twice);
 * - a snapshot captured before the latest stored visit (an old tab answering late) adds its events but
 *   changes neither the header nor the observations: older news never overrides newer.
 * One read-write transaction per snapshot; health is computed (pure) inside it, nothing else is awaited
 * (extension-anchors.md §3.3).
 */
import { computeHealth, type TicketHistory } from '../metrics';
import type { TicketHealth } from '../model/health';
import type { Settings } from '../model/settings';
import type { ListRow, ListSnapshot, TicketSnapshot } from '../model/snapshot';
import type { Status, StatusCategory } from '../model/status';
import type { TimelineEvent } from '../model/timeline';
import { ticketKey, type Observation, type StoredEvent, type StoredTicket } from '../model/stored';
import type { PlumblineDatabase } from './database';
import { sortEvents, toTicketHistory } from './queries';
import { withResolvedAt } from './resolved-at';
import { stableHash } from '../portals/text';

export type HealthFunction = (history: TicketHistory, settings: Settings, now: Date) => TicketHealth;

export interface IngestOptions {
  settings: Settings;
  now: Date;
  /** Injected in tests and by the background (for the locale); defaults to lib/metrics computeHealth. */
  health?: HealthFunction;
}

export interface IngestTicketResult {
  ticket: StoredTicket;
  health: TicketHealth;
  /** False when the visit changed nothing (no new event, status, assignee or header field). */
  changed: boolean;
  /** Events written by this visit: new scraped ones plus observed ones. */
  addedEvents: number;
  /**
   * The ticket's whole stored timeline after the merge, oldest first (what the health was computed on);
   * absent when an identical revisit was skipped without reading it.
   */
  events?: StoredEvent[];
}

/**
 * An unchanged revisit refreshes lastSeenAt at most this often (1 hour), so re-reading a page the user
 * keeps open or reloads costs one read and no write. "Last seen" is therefore exact to the hour.
 */
export const LAST_SEEN_THROTTLE_MS = 3_600_000;

const OBSERVED_STATUS_PREFIX = 'observed-status-';
const OBSERVED_ASSIGNEE_PREFIX = 'observed-assignee-';

/** What one visit (a ticket page, or a row of a list page) saw. */
interface Seen {
  at: string;
  status: Status;
  assignee?: string;
  updatedAt?: string;
  /** The page's own entries (its status changes and assignments, if it shows them). */
  shown: readonly TimelineEvent[];
}

/** The time of the latest visit we know of: observations are kept per visit, lastSeenAt is throttled. */
function latestVisit(ticket: StoredTicket): string {
  const last = ticket.observations.at(-1)?.at;
  return last && last > ticket.lastSeenAt ? last : ticket.lastSeenAt;
}

/** The last status category we know for sure: an unmapped ('unknown') status says nothing about a change. */
function lastKnownCategory(ticket: StoredTicket): StatusCategory | undefined {
  for (let index = ticket.observations.length - 1; index >= 0; index--) {
    const category = ticket.observations[index]?.status.category;
    if (category && category !== 'unknown') return category;
  }
  return ticket.status.category !== 'unknown' ? ticket.status.category : undefined;
}

function lastKnownAssignee(ticket: StoredTicket): string | undefined {
  return ticket.observations.at(-1)?.assignee ?? ticket.assignee;
}

/** The observed events a visit implies, relative to what the ticket looked like at the visit before. */
function observedChanges(ticket: StoredTicket, seen: Seen): StoredEvent[] {
  const since = latestVisit(ticket);
  // When the change happened is unknown; the portal's "last activity" is the best estimate when it falls
  // between the two visits, else the time we saw it.
  const at = seen.updatedAt && seen.updatedAt > since && seen.updatedAt <= seen.at ? seen.updatedAt : seen.at;
  const shownSince = (type: TimelineEvent['type'], to: string) => seen.shown.some((event) => event.type === type && event.to === to && event.at > since);
  const events: StoredEvent[] = [];

  const from = lastKnownCategory(ticket);
  const to = seen.status.category;
  if (from !== undefined && to !== 'unknown' && from !== to && !shownSince('status_change', to)) {
    events.push({ ticketKey: ticket.key, id: `${OBSERVED_STATUS_PREFIX}${seen.at}`, type: 'status_change', side: 'system', at, from, to, observed: true });
  }

  const previousAssignee = lastKnownAssignee(ticket);
  // A first assignment (nobody → someone) is not a handoff: only a change of hands is recorded.
  if (seen.assignee !== undefined && previousAssignee !== undefined && seen.assignee !== previousAssignee && !shownSince('assignment', seen.assignee)) {
    events.push({ ticketKey: ticket.key, id: `${OBSERVED_ASSIGNEE_PREFIX}${seen.at}`, type: 'assignment', side: 'system', at, from: previousAssignee, to: seen.assignee, observed: true });
  }
  return events;
}

/**
 * Observed events that the portal's own entries, arriving now, record exactly: a shown change of the same
 * kind to the same value, dated between the visit before the observation and the observation itself.
 */
function supersededObservations(ticket: StoredTicket, stored: readonly StoredEvent[], arriving: readonly StoredEvent[]): StoredEvent[] {
  const shown = arriving.filter((event) => !event.observed && (event.type === 'status_change' || event.type === 'assignment'));
  if (shown.length === 0) return [];
  const superseded: StoredEvent[] = [];
  for (const event of stored) {
    if (!event.observed) continue;
    const prefix = event.type === 'status_change' ? OBSERVED_STATUS_PREFIX : event.type === 'assignment' ? OBSERVED_ASSIGNEE_PREFIX : undefined;
    if (!prefix || !event.id.startsWith(prefix)) continue;
    const observedAt = event.id.slice(prefix.length);
    const before = ticket.observations.filter((observation) => observation.at < observedAt).at(-1)?.at ?? ticket.firstSeenAt;
    if (shown.some((entry) => entry.type === event.type && entry.to === event.to && entry.at > before && entry.at <= observedAt)) superseded.push(event);
  }
  return superseded;
}

/** The observations with this visit's appended, when it saw something different from the last one. */
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
  /** Stored observed events replaced by the portal's own record, to delete. */
  removed: StoredEvent[];
  /** The ticket's whole history after the merge, oldest first. */
  events: StoredEvent[];
  changed: boolean;
  refreshSeen: boolean;
}

function newTicket(snapshot: TicketSnapshot): StoredTicket {
  return {
    key: ticketKey(snapshot.origin, snapshot.ticketId),
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
}

/**
 * What a page visit showed, in one string: the header the merge reads and every entry id, in order. Two
 * visits with the same digest merge to the same row, so the second one needs neither the stored timeline
 * nor a write (the revisit benchmark).
 */
export function visitDigest(snapshot: TicketSnapshot, settings: Settings): string {
  const header = [snapshot.url, snapshot.subject, snapshot.status.raw, snapshot.status.category, ...HEADER_FIELDS.map((field) => snapshot[field] ?? ''), snapshot.createdAt ?? ''];
  // The settings the stored health was computed with: new targets or hours must recompute it.
  return `${snapshot.events.length}:${stableHash(`${header.join('\u0001')}\u0002${snapshot.events.map((event) => event.id).join('\u0001')}`)}:${stableHash(JSON.stringify(settings))}`;
}

/** One visit merged into what is stored (pure): the rules of the module comment. */
function mergeVisit(existing: StoredTicket | undefined, stored: readonly StoredEvent[], snapshot: TicketSnapshot, options: IngestOptions): Merge {
  const health = options.health ?? computeHealth;
  const base = existing ?? newTicket(snapshot);
  const known = new Set(stored.map((event) => event.id));
  const scraped: StoredEvent[] = [];
  for (const event of snapshot.events) {
    if (known.has(event.id)) continue;
    known.add(event.id);
    scraped.push({ ...event, ticketKey: base.key });
  }
  const outOfOrder = existing !== undefined && snapshot.capturedAt < latestVisit(existing);
  const seen: Seen = {
    at: snapshot.capturedAt,
    status: snapshot.status,
    ...(snapshot.assignee !== undefined && snapshot.assignee !== '' ? { assignee: snapshot.assignee } : {}),
    ...(snapshot.updatedAt !== undefined ? { updatedAt: snapshot.updatedAt } : {}),
    shown: snapshot.events,
  };
  const observed = existing && !outOfOrder ? observedChanges(existing, seen).filter((event) => !known.has(event.id)) : [];
  const removed = existing ? supersededObservations(existing, stored, scraped) : [];
  const added = [...scraped, ...observed];

  const merged: StoredTicket = outOfOrder ? { ...base } : { ...base, status: snapshot.status, observations: observe(base, seen) };
  if (!outOfOrder) {
    for (const field of HEADER_FIELDS) {
      const value = snapshot[field];
      if (value !== undefined && value !== '') merged[field] = value;
    }
  }
  const createdAt = earliest(existing?.createdAt, snapshot.createdAt);
  if (createdAt) merged.createdAt = createdAt;
  merged.eventCount = stored.length - removed.length + added.length;

  const headerChanged =
    !existing ||
    existing.status.raw !== merged.status.raw ||
    existing.status.category !== merged.status.category ||
    existing.observations.length !== merged.observations.length ||
    HEADER_FIELDS.some((field) => existing[field] !== merged[field]) ||
    existing.createdAt !== merged.createdAt;
  const changed = headerChanged || added.length > 0 || removed.length > 0;
  const refreshSeen = !existing || Date.parse(snapshot.capturedAt) - Date.parse(existing.lastSeenAt) >= LAST_SEEN_THROTTLE_MS;
  if ((changed || refreshSeen) && snapshot.capturedAt > base.lastSeenAt) merged.lastSeenAt = snapshot.capturedAt;

  const gone = new Set(removed.map((event) => event.id));
  const events = sortEvents([...stored.filter((event) => !gone.has(event.id)), ...added]);
  merged.health = health(toTicketHistory(merged, events), options.settings, options.now);
  if (!outOfOrder) merged.visitDigest = visitDigest(snapshot, options.settings);
  return { ticket: withResolvedAt(merged), added, removed, events, changed, refreshSeen };
}

function result(merge: Merge): IngestTicketResult {
  return { ticket: merge.ticket, health: merge.ticket.health!, changed: merge.changed, addedEvents: merge.added.length, events: merge.events };
}

const eventKey = (event: StoredEvent): [string, string] => [event.ticketKey, event.id];

/**
 * One page visit, in one read-write transaction (the background calls this for every ticket page). An
 * unchanged revisit writes no event and touches the ticket row only to refresh lastSeenAt, at most hourly
 * (LAST_SEEN_THROTTLE_MS).
 */
export async function ingestTicket(db: PlumblineDatabase, snapshot: TicketSnapshot, options: IngestOptions): Promise<IngestTicketResult> {
  const key = ticketKey(snapshot.origin, snapshot.ticketId);
  const digest = visitDigest(snapshot, options.settings);
  return db.transaction('rw', db.tickets, db.events, async () => {
    const existing = await db.tickets.get(key);
    // The same page again within the hour (a reload, back and forth between tickets): nothing to merge,
    // nothing to write, and the health stored at that visit is at most an hour old (LAST_SEEN_THROTTLE_MS).
    if (existing?.health && existing.visitDigest === digest && snapshot.capturedAt >= latestVisit(existing) && Date.parse(snapshot.capturedAt) - Date.parse(existing.lastSeenAt) < LAST_SEEN_THROTTLE_MS) {
      return { ticket: existing, health: existing.health, changed: false, addedEvents: 0 };
    }
    const stored = existing ? await db.events.where('ticketKey').equals(key).toArray() : [];
    const merge = mergeVisit(existing, stored, snapshot, options);
    if (merge.changed) {
      if (merge.removed.length) await db.events.bulkDelete(merge.removed.map(eventKey));
      if (merge.added.length) await db.events.bulkAdd(merge.added);
      await db.tickets.put(merge.ticket);
    } else if (merge.refreshSeen) {
      await db.tickets.update(key, { lastSeenAt: merge.ticket.lastSeenAt, health: merge.ticket.health, resolvedAt: merge.ticket.resolvedAt });
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
    const removed: StoredEvent[] = [];
    for (const snapshot of snapshots) {
      const key = ticketKey(snapshot.origin, snapshot.ticketId);
      const merge = mergeVisit(tickets.get(key), events.get(key) ?? [], snapshot, options);
      tickets.set(key, merge.ticket);
      events.set(key, merge.events);
      if (merge.changed || merge.refreshSeen) touched.set(key, merge.ticket);
      added.push(...merge.added);
      removed.push(...merge.removed);
      results.push(result(merge));
    }
    // Added first: an observed event added and then superseded within this batch ends up deleted.
    if (added.length) await db.events.bulkAdd(added);
    if (removed.length) await db.events.bulkDelete(removed.map(eventKey));
    if (touched.size) await db.tickets.bulkPut([...touched.values()]);
    return results;
  });
}

/** Whether a list row tells something new about a stored ticket: a known status category it did not have. */
function listShowsChange(ticket: StoredTicket, row: ListRow, capturedAt: string): boolean {
  return row.status.category !== 'unknown' && row.status.category !== ticket.status.category && capturedAt >= latestVisit(ticket);
}

/**
 * A list page: never creates tickets (an unvisited row stays "not visited yet"), but a status change seen
 * on the list for a known ticket is an observation like any other, with the same rules as a visit (the list
 * shows no assignee, so none is observed there). Returns the stored ticket per row's ticket id.
 */
export async function ingestList(db: PlumblineDatabase, snapshot: ListSnapshot, options: IngestOptions): Promise<Map<string, StoredTicket | undefined>> {
  const health = options.health ?? computeHealth;
  const keys = snapshot.rows.map((row) => ticketKey(snapshot.origin, row.ticketId));
  return db.transaction('rw', db.tickets, db.events, async () => {
    const tickets = await db.tickets.bulkGet(keys);
    const result = new Map<string, StoredTicket | undefined>();
    const changes = new Map<string, { ticket: StoredTicket; row: ListRow }>();
    snapshot.rows.forEach((row, index) => {
      const ticket = tickets[index];
      result.set(row.ticketId, ticket);
      if (ticket && !changes.has(ticket.key) && listShowsChange(ticket, row, snapshot.capturedAt)) changes.set(ticket.key, { ticket, row });
    });
    if (changes.size === 0) return result;

    const stored = new Map<string, StoredEvent[]>();
    for (const event of await db.events.where('ticketKey').anyOf([...changes.keys()]).toArray()) {
      const list = stored.get(event.ticketKey) ?? [];
      list.push(event);
      stored.set(event.ticketKey, list);
    }
    const updates: StoredTicket[] = [];
    const newEvents: StoredEvent[] = [];
    for (const { ticket, row } of changes.values()) {
      const seen: Seen = { at: snapshot.capturedAt, status: row.status, ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}), shown: [] };
      const events = stored.get(ticket.key) ?? [];
      const known = new Set(events.map((event) => event.id));
      const observed = observedChanges(ticket, seen).filter((event) => !known.has(event.id));
      const updated: StoredTicket = { ...ticket, status: row.status, observations: observe(ticket, seen), eventCount: ticket.eventCount + observed.length };
      if (row.updatedAt && (!updated.updatedAt || row.updatedAt > updated.updatedAt)) updated.updatedAt = row.updatedAt;
      updated.health = health(toTicketHistory(updated, [...events, ...observed]), options.settings, options.now);
      const row2 = withResolvedAt(updated);
      newEvents.push(...observed);
      updates.push(row2);
      result.set(row.ticketId, row2);
    }
    // The same row twice on one page (a pinned copy) is merged once: `changes` is keyed by ticket.
    if (newEvents.length) await db.events.bulkAdd(newEvents);
    await db.tickets.bulkPut(updates);
    return result;
  });
}
