/**
 * JSON backup and restore (issue 5). A restore MERGES into the history already stored — a colleague's
 * export pools with ours: the same ticket gets the union of both timelines — through the store's own merge
 * (`ingestTickets`, the rules of a page visit: events unioned by id, an older copy never rolls a newer
 * status back), then keeps the earliest first sighting, the latest last sighting and every observation.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup } from '../model/backup';
import type { Recipe } from '../model/recipe';
import type { Settings } from '../model/settings';
import type { TicketSnapshot } from '../model/snapshot';
import type { Observation, StoredEvent, StoredTicket } from '../model/stored';
import { ingestTickets, type HealthFunction, type PlumblineDatabase } from '../store';
import { readJsonFile } from './json-file';

export async function createBackup(db: PlumblineDatabase, extras: { settings: Settings; recipes: readonly Recipe[]; now: Date }): Promise<Backup> {
  const [tickets, events, surveys] = await db.transaction('r', db.tickets, db.events, db.surveys, () => Promise.all([db.tickets.toArray(), db.events.toArray(), db.surveys.toArray()]));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: extras.now.toISOString(),
    tickets,
    events,
    settings: extras.settings,
    ...(extras.recipes.length ? { recipes: [...extras.recipes] } : {}),
    ...(surveys.length ? { surveys: surveys.map(({ id: _id, ...survey }) => survey) } : {}),
  };
}

/** The file, in chunks (a large history is not built into one giant string first). */
export function* backupChunks(backup: Backup): Generator<string> {
  const { tickets, events, ...head } = backup;
  yield `${JSON.stringify(head).slice(0, -1)},"tickets":[`;
  for (let i = 0; i < tickets.length; i += 500) yield `${i ? ',' : ''}${tickets.slice(i, i + 500).map((ticket) => JSON.stringify(ticket)).join(',')}`;
  yield '],"events":[';
  for (let i = 0; i < events.length; i += 2_000) yield `${i ? ',' : ''}${events.slice(i, i + 2_000).map((event) => JSON.stringify(event)).join(',')}`;
  yield ']}\n';
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

export function parseBackup(text: string): ParsedBackup {
  const read = readJsonFile<Backup>(text, { [BACKUP_FORMAT]: BackupSchema }, 'Plumbline backup', BACKUP_FORMAT);
  return read.ok ? { ok: true, backup: read.value } : read;
}

function snapshotOf(ticket: StoredTicket, events: readonly StoredEvent[]): TicketSnapshot {
  return {
    portal: ticket.portal,
    origin: ticket.origin,
    ticketId: ticket.ticketId,
    url: ticket.url,
    subject: ticket.subject,
    status: ticket.status,
    ...(ticket.priority ? { priority: ticket.priority } : {}),
    ...(ticket.assignee ? { assignee: ticket.assignee } : {}),
    ...(ticket.requester ? { requester: ticket.requester } : {}),
    ...(ticket.createdAt ? { createdAt: ticket.createdAt } : {}),
    ...(ticket.updatedAt ? { updatedAt: ticket.updatedAt } : {}),
    events: events.map(({ ticketKey: _key, ...event }) => event),
    capturedAt: ticket.lastSeenAt,
  };
}

function mergeObservations(a: readonly Observation[], b: readonly Observation[]): Observation[] {
  const byAt = new Map<string, Observation>();
  for (const observation of [...a, ...b]) if (!byAt.has(observation.at)) byAt.set(observation.at, observation);
  return [...byAt.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

export interface RestoreResult {
  tickets: { added: number; updated: number };
  events: { added: number };
}

export async function restoreBackup(db: PlumblineDatabase, backup: Backup, options: { settings: Settings; now: Date; health?: HealthFunction }): Promise<RestoreResult> {
  const before = new Set(await db.tickets.toCollection().primaryKeys());
  const eventsBefore = await db.events.count();
  const byTicket = new Map<string, StoredEvent[]>();
  for (const event of backup.events) {
    const list = byTicket.get(event.ticketKey) ?? [];
    list.push(event);
    byTicket.set(event.ticketKey, list);
  }
  // Oldest sighting first, so a newer copy of a ticket is merged last and its header wins.
  const tickets = [...backup.tickets].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? -1 : a.lastSeenAt > b.lastSeenAt ? 1 : 0));
  for (let i = 0; i < tickets.length; i += 1_000) {
    const batch = tickets.slice(i, i + 1_000);
    await ingestTickets(db, batch.map((ticket) => snapshotOf(ticket, byTicket.get(ticket.key) ?? [])), { settings: options.settings, now: options.now, ...(options.health ? { health: options.health } : {}) });
  }
  // A visit's merge knows one sighting; the backup knows the ticket's first one and every observation.
  await db.transaction('rw', db.tickets, async () => {
    const stored = await db.tickets.bulkGet(tickets.map((ticket) => ticket.key));
    const updates: StoredTicket[] = [];
    tickets.forEach((ticket, index) => {
      const current = stored[index];
      if (!current) return;
      updates.push({
        ...current,
        firstSeenAt: ticket.firstSeenAt < current.firstSeenAt ? ticket.firstSeenAt : current.firstSeenAt,
        lastSeenAt: ticket.lastSeenAt > current.lastSeenAt ? ticket.lastSeenAt : current.lastSeenAt,
        observations: mergeObservations(current.observations, ticket.observations),
      });
    });
    await db.tickets.bulkPut(updates);
  });
  // Survey answers: the same answers (same time) are kept once.
  if (backup.surveys?.length) {
    const known = new Set((await db.surveys.toArray()).map((survey) => survey.takenAt));
    await db.surveys.bulkAdd(backup.surveys.filter((survey) => !known.has(survey.takenAt)));
  }
  const added = backup.tickets.filter((ticket) => !before.has(ticket.key)).length;
  return { tickets: { added, updated: new Set(backup.tickets.map((ticket) => ticket.key)).size - added }, events: { added: (await db.events.count()) - eventsBefore } };
}
