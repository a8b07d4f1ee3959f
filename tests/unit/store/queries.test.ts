import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, type Settings } from '../../../lib/model/settings';
import type { StoredEvent, StoredTicket } from '../../../lib/model/stored';
import {
  currentHealth,
  deletePortalData,
  eventsByTicket,
  getSettings,
  ingestTicket,
  listTickets,
  openDatabase,
  saveSettings,
  ticketsByKeys,
  toTicketHistory,
  type PlumblineDb,
} from '../../../lib/store';

let db: PlumblineDb;
let counter = 0;
function fresh(): PlumblineDb {
  db = openDatabase(`queries-test-${++counter}`);
  return db;
}
afterEach(async () => db.delete());

const NORTHWIND = 'https://support.northwind.example';
const CONTOSO = 'https://help.contoso.example';
const fakeHealth = () => ({
  level: 'ok' as const,
  metrics: { followUps: 0, handoffs: 0, responders: 0, reopens: 0, firstResponseMs: null, firstResponseBusinessMs: null, resolutionMs: null, resolutionBusinessMs: null, waitingSince: null, longestSilenceBusinessMs: null, ageMs: 0 },
  signs: [],
});

async function visit(origin: string, ticketId: string, capturedAt: string, comments: [string, string][]) {
  await ingestTicket(
    db,
    {
      portal: 'zendesk', origin, ticketId, url: `${origin}/hc/en-us/requests/${ticketId}`, subject: `Ticket ${ticketId}`, status: { raw: 'open', category: 'open' },
      createdAt: comments[0]?.[1] ?? capturedAt, capturedAt,
      events: comments.map(([id, at]) => ({ id, type: 'message', side: 'client', author: 'Jane', at, text: `entry ${id}` })),
    },
    { settings: DEFAULT_SETTINGS, now: new Date(capturedAt), health: fakeHealth },
  );
}

describe('reading many tickets at once', () => {
  test('tickets and their events by key, each timeline oldest first, unknown keys absent', async () => {
    fresh();
    await visit(NORTHWIND, '1', '2024-03-06T10:00:00Z', [['b', '2024-03-05T09:00:00Z'], ['a', '2024-03-05T09:00:00Z'], ['c', '2024-03-04T09:00:00Z']]);
    await visit(CONTOSO, '2', '2024-03-07T10:00:00Z', [['x', '2024-03-01T09:00:00Z']]);
    const keys = [`${NORTHWIND}|1`, `${CONTOSO}|2`, `${NORTHWIND}|404`];
    expect([...(await ticketsByKeys(db, keys)).keys()]).toEqual([`${NORTHWIND}|1`, `${CONTOSO}|2`]);
    const events = await eventsByTicket(db, keys);
    expect(events.get(`${NORTHWIND}|1`)?.map((event) => event.id)).toEqual(['c', 'a', 'b']); // same time: by id
    expect(events.get(`${CONTOSO}|2`)?.map((event) => event.id)).toEqual(['x']);
    expect(events.has(`${NORTHWIND}|404`)).toBe(false);
    expect((await listTickets(db)).map((ticket) => ticket.ticketId)).toEqual(['2', '1']); // most recently seen first
  });

  test('no keys, no query', async () => {
    fresh();
    expect((await ticketsByKeys(db, [])).size).toBe(0);
    expect((await eventsByTicket(db, [])).size).toBe(0);
  });
});

describe('forgetting one portal', () => {
  test("deletes that origin's tickets and all their events, nothing else", async () => {
    fresh();
    await visit(NORTHWIND, '1', '2024-03-06T10:00:00Z', [['a', '2024-03-05T09:00:00Z'], ['b', '2024-03-05T10:00:00Z']]);
    await visit(NORTHWIND, '3', '2024-03-06T10:00:00Z', [['c', '2024-03-05T09:00:00Z']]);
    await visit(CONTOSO, '2', '2024-03-07T10:00:00Z', [['x', '2024-03-01T09:00:00Z']]);
    await saveSettings(db, { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' });
    expect(await deletePortalData(db, NORTHWIND)).toEqual({ tickets: 2, events: 3 });
    expect((await db.tickets.toArray()).map((ticket) => ticket.key)).toEqual([`${CONTOSO}|2`]);
    expect((await db.events.toArray()).map((event) => event.id)).toEqual(['x']);
    expect((await getSettings(db)).timeZone).toBe('Europe/Paris');
    expect(await deletePortalData(db, NORTHWIND)).toEqual({ tickets: 0, events: 0 });
  });
});

describe('settings as stored (lib/store/settings-row.ts)', () => {
  const stored = (value: unknown) => db.settings.put({ id: 'settings', value });

  test.each<[string, unknown, Partial<Settings>]>([
    ['nothing stored yet: the defaults', undefined, DEFAULT_SETTINGS],
    ['an older build without `holidays`: the rest is kept', { timeZone: 'Europe/Paris', locale: 'fr' }, { timeZone: 'Europe/Paris', locale: 'fr', holidays: [] }],
    ['one broken field falls back alone', { timeZone: 'Europe/Paris', locale: 'klingon', holidays: ['2024-12-25'] }, { timeZone: 'Europe/Paris', locale: 'auto', holidays: ['2024-12-25'] }],
    ['one broken threshold falls back alone', { thresholds: { followUpsWatch: 'two', followUpsAlert: 5 } }, { thresholds: { ...DEFAULT_THRESHOLDS, followUpsAlert: 5 } }],
    ['not an object at all: the defaults', 'garbage', DEFAULT_SETTINGS],
  ])('%s', async (_name, value, expected) => {
    fresh();
    await stored(value);
    expect(await getSettings(db)).toMatchObject(expected);
  });

  test('reading broken settings does not overwrite them; saving invalid settings throws and keeps the stored ones', async () => {
    fresh();
    await stored({ timeZone: 'Europe/Paris', locale: 'klingon' });
    await getSettings(db);
    expect((await db.settings.get('settings'))?.value).toEqual({ timeZone: 'Europe/Paris', locale: 'klingon' });
    await saveSettings(db, { ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' });
    await expect(saveSettings(db, { ...DEFAULT_SETTINGS, schedule: [{ day: 9, start: '09:00', end: '17:00' }] })).rejects.toThrow();
    expect((await getSettings(db)).timeZone).toBe('Asia/Tokyo');
  });
});

describe('health as of now, with the real metrics', () => {
  const ticket: StoredTicket = {
    key: `${NORTHWIND}|5`, portal: 'zendesk', origin: NORTHWIND, ticketId: '5', url: `${NORTHWIND}/hc/en-us/requests/5`, subject: 'Printer offline',
    status: { raw: 'open', category: 'open' }, createdAt: '2024-03-04T09:00:00Z', firstSeenAt: '2024-03-04T10:00:00Z', lastSeenAt: '2024-03-04T10:00:00Z', observations: [], eventCount: 1,
  };
  const events: StoredEvent[] = [{ ticketKey: ticket.key, id: 'c1', type: 'message', side: 'client', author: 'Jane', at: '2024-03-04T09:00:00Z', text: 'The printer is offline.' }];

  test('an open ticket ages between visits: the age is counted to the given now (metrics.md M9)', () => {
    const settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
    expect(currentHealth(ticket, events, settings, new Date('2024-03-05T09:00:00Z')).metrics.ageMs).toBe(86_400_000);
    expect(currentHealth(ticket, events, settings, new Date('2024-04-05T09:00:00Z')).level).toBe('alert');
  });

  test('the metrics read the events oldest first whatever order they come in', () => {
    const later: StoredEvent = { ...events[0]!, id: 'c0', at: '2024-03-05T09:00:00Z' };
    expect(toTicketHistory(ticket, [later, events[0]!]).events.map((event) => event.id)).toEqual(['c1', 'c0']);
  });
});
