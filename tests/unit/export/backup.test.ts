/**
 * JSON backup and restore (issue 5 "Export and backup"): a backup restores what was stored; a restore
 * merges into existing history (a colleague's export pools with ours: same ticket, union of events); a
 * bad or foreign file is refused with a clear message and changes nothing. Real IndexedDB (fake-indexeddb).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { backupChunks, createBackup, parseBackup, restoreBackup } from '../../../lib/export/backup';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { TicketSnapshot } from '../../../lib/model/snapshot';
import type { TimelineEvent } from '../../../lib/model/timeline';
import { ingestTicket, openDatabase, type PlumblineDb } from '../../../lib/store';

const ORIGIN = 'https://support.northwind.example';
const now = new Date('2024-03-20T10:00:00Z');
const comment = (n: number, at: string, side: 'client' | 'partner' = 'client'): TimelineEvent => ({ id: `zd-comment-${n}`, type: 'message', side, author: side === 'client' ? 'Jane' : 'Bob', at, text: `comment ${n}` });
function snapshot(ticketId: string, events: TimelineEvent[], patch: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    portal: 'zendesk',
    origin: ORIGIN,
    ticketId,
    url: `${ORIGIN}/hc/en-us/requests/${ticketId}`,
    subject: `Ticket ${ticketId}`,
    status: { raw: 'open', category: 'open' },
    createdAt: '2024-03-04T08:00:00Z',
    events,
    capturedAt: '2024-03-06T10:00:00Z',
    ...patch,
  };
}

const databases: PlumblineDb[] = [];
function database(): PlumblineDb {
  const db = openDatabase(`backup-test-${databases.length}-${Math.random()}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

async function fileOf(db: PlumblineDb): Promise<string> {
  return [...backupChunks(await createBackup(db, { settings: DEFAULT_SETTINGS, recipes: [], now }))].join('');
}
const options = { settings: DEFAULT_SETTINGS, now };

describe('backup and restore', () => {
  test('a backup restored into an empty database gives back every ticket, event, first sighting and observation', async () => {
    const mine = database();
    await ingestTicket(mine, snapshot('48213', [comment(1, '2024-03-04T08:00:00Z'), comment(2, '2024-03-05T09:00:00Z', 'partner')], { capturedAt: '2024-03-05T10:00:00Z' }), options);
    await ingestTicket(mine, snapshot('48213', [comment(1, '2024-03-04T08:00:00Z'), comment(2, '2024-03-05T09:00:00Z', 'partner')], { status: { raw: 'solved', category: 'solved' }, capturedAt: '2024-03-07T10:00:00Z' }), options);
    await ingestTicket(mine, snapshot('48214', [comment(5, '2024-03-06T08:00:00Z')]), options);
    await mine.surveys.add({ takenAt: '2024-03-08T10:00:00Z', answers: { confidence: 4 } });
    const text = await fileOf(mine);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.tickets).toHaveLength(2);

    const fresh = database();
    const result = await restoreBackup(fresh, parsed.backup, options);
    expect(result).toEqual({ tickets: { added: 2, updated: 0 }, events: { added: await mine.events.count() } });
    // Health is recomputed and the visit digest is a cache of the last page seen: neither is history.
    const strip = (ticket: { health?: unknown; visitDigest?: unknown }) => ({ ...ticket, health: undefined, visitDigest: undefined });
    expect((await fresh.tickets.toArray()).map(strip)).toEqual((await mine.tickets.toArray()).map(strip));
    expect(await fresh.events.orderBy('[ticketKey+id]').toArray()).toEqual(await mine.events.orderBy('[ticketKey+id]').toArray());
    expect((await fresh.surveys.toArray()).map(({ id: _id, ...survey }) => survey)).toEqual([{ takenAt: '2024-03-08T10:00:00Z', answers: { confidence: 4 } }]);
    await restoreBackup(fresh, parsed.backup, options);
    expect(await fresh.surveys.count()).toBe(1);
  });

  test("a colleague's export is pooled: the same ticket gets the union of both timelines, new tickets are added", async () => {
    const mine = database();
    await ingestTicket(mine, snapshot('48213', [comment(1, '2024-03-04T08:00:00Z'), comment(2, '2024-03-05T09:00:00Z', 'partner')]), options);
    const colleague = database();
    await ingestTicket(colleague, snapshot('48213', [comment(2, '2024-03-05T09:00:00Z', 'partner'), comment(3, '2024-03-06T09:00:00Z')], { capturedAt: '2024-03-06T12:00:00Z' }), options);
    await ingestTicket(colleague, snapshot('48300', [comment(9, '2024-03-06T08:00:00Z')]), options);
    const parsed = parseBackup(await fileOf(colleague));
    if (!parsed.ok) throw new Error(parsed.error);
    const result = await restoreBackup(mine, parsed.backup, options);
    expect(result.tickets).toEqual({ added: 1, updated: 1 });
    const ids = (await mine.events.where('ticketKey').equals(`${ORIGIN}|48213`).toArray()).map((event) => event.id).sort();
    expect(ids).toEqual(['zd-comment-1', 'zd-comment-2', 'zd-comment-3']);
    expect((await mine.tickets.get(`${ORIGIN}|48213`))?.eventCount).toBe(3);
    expect(await mine.tickets.count()).toBe(2);
    // Restoring the same file again adds nothing.
    const again = await restoreBackup(mine, parsed.backup, options);
    expect(again).toEqual({ tickets: { added: 0, updated: 2 }, events: { added: 0 } });
  });

  test.each([
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length / 2)), /not JSON/],
    ['a CSV export', () => 'portal,origin,ticket_id\r\nzendesk,https://x.example,1\r\n', /not JSON/],
    ['a recipe file', () => JSON.stringify({ format: 'plumbline-recipes', version: 1, recipes: [] }), /not a Plumbline backup/],
    ['a newer version', (text: string) => text.replace('"version":1', '"version":2'), /version/],
    ['an event of no ticket', (text: string) => text.replace(`"ticketKey":"${ORIGIN}|48213"`, '"ticketKey":"https://elsewhere.example|1"'), /belongs to no ticket/],
    ['a ticket without its origin', (text: string) => text.replace(`"origin":"${ORIGIN}"`, '"origin":"javascript:alert(1)"'), /origin/],
  ])('%s is refused with one clear sentence, and the database is untouched', async (_name, corrupt, message) => {
    const mine = database();
    await ingestTicket(mine, snapshot('48213', [comment(1, '2024-03-04T08:00:00Z')]), options);
    const before = { tickets: await mine.tickets.toArray(), events: await mine.events.toArray() };
    const result = parseBackup(corrupt(await fileOf(mine)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed\.$/);
    }
    expect({ tickets: await mine.tickets.toArray(), events: await mine.events.toArray() }).toEqual(before);
  });
});
