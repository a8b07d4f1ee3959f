import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { getSettings, ingestTicket, listTickets, loadHistory, openDatabase, SCHEMA_VERSION } from '../../../lib/store';

/**
 * Databases written by older builds must open with the current schema and keep every row
 * (extension-anchors.md §3.2). Each entry is a layout exactly as a build created it, written here with raw
 * IndexedDB (Dexie stores version n as n × 10). When lib/store/database.ts gains a version: add its layout
 * here; every older one is then opened through the new `upgrade()` by the test below, and the first test
 * fails until the newest layout here is the one the current build creates.
 */
interface Layout {
  name: string;
  idbVersion: number;
  stores: { name: string; keyPath: string | string[]; indexes: [name: string, keyPath: string | string[]][] }[];
}

const LAYOUTS: Layout[] = [
  {
    name: 'v1 (first release)',
    idbVersion: 10,
    stores: [
      { name: 'events', keyPath: ['ticketKey', 'id'], indexes: [['at', 'at'], ['ticketKey', 'ticketKey']] },
      { name: 'settings', keyPath: 'id', indexes: [] },
      { name: 'tickets', keyPath: 'key', indexes: [['lastSeenAt', 'lastSeenAt'], ['origin', 'origin'], ['portal', 'portal']] },
    ],
  },
  {
    name: 'v2 (pulse survey answers)',
    idbVersion: 20,
    stores: [
      { name: 'events', keyPath: ['ticketKey', 'id'], indexes: [['at', 'at'], ['ticketKey', 'ticketKey']] },
      { name: 'settings', keyPath: 'id', indexes: [] },
      { name: 'surveys', keyPath: 'id', indexes: [['takenAt', 'takenAt']] },
      { name: 'tickets', keyPath: 'key', indexes: [['lastSeenAt', 'lastSeenAt'], ['origin', 'origin'], ['portal', 'portal']] },
    ],
  },
  {
    name: 'v3 (tickets by origin and resolution time)',
    idbVersion: 30,
    stores: [
      { name: 'events', keyPath: ['ticketKey', 'id'], indexes: [['at', 'at'], ['ticketKey', 'ticketKey']] },
      { name: 'settings', keyPath: 'id', indexes: [] },
      { name: 'surveys', keyPath: 'id', indexes: [['takenAt', 'takenAt']] },
      { name: 'tickets', keyPath: 'key', indexes: [['[origin+resolvedAt]', ['origin', 'resolvedAt']], ['lastSeenAt', 'lastSeenAt'], ['origin', 'origin'], ['portal', 'portal']] },
    ],
  },
];

const ORIGIN = 'https://help.example';
const ticket = {
  key: `${ORIGIN}|7`, portal: 'zendesk', origin: ORIGIN, ticketId: '7', url: `${ORIGIN}/hc/en-us/requests/7`,
  subject: 'Old ticket', status: { raw: 'open', category: 'open' }, createdAt: '2024-01-01T00:00:00Z', firstSeenAt: '2024-01-01T00:00:00Z', lastSeenAt: '2024-01-02T00:00:00Z',
  observations: [{ at: '2024-01-01T00:00:00Z', status: { raw: 'open', category: 'open' } }], eventCount: 1,
};
const event = { ticketKey: ticket.key, id: 'zd-comment-1', type: 'message', side: 'client', author: 'Jane', at: '2024-01-01T00:00:00Z', text: 'hello' };
const settings = { id: 'settings', value: { timeZone: 'Europe/Paris' } };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function writeLayout(dbName: string, layout: Layout): Promise<void> {
  const open = indexedDB.open(dbName, layout.idbVersion);
  open.onupgradeneeded = () => {
    for (const store of layout.stores) {
      const created = open.result.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.name === 'surveys' });
      for (const [name, keyPath] of store.indexes) created.createIndex(name, keyPath);
    }
  };
  const idb = await request(open);
  const tx = idb.transaction(['tickets', 'events', 'settings'], 'readwrite');
  tx.objectStore('tickets').put(ticket);
  tx.objectStore('events').put(event);
  tx.objectStore('settings').put(settings);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

/** The layout as IndexedDB reports it (store and index names sorted). */
async function readLayout(dbName: string): Promise<Omit<Layout, 'name'>> {
  const idb = await request(indexedDB.open(dbName));
  const names = [...idb.objectStoreNames].sort();
  const tx = idb.transaction(names, 'readonly');
  const stores = names.map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].sort().map((index): [string, string | string[]] => [index, store.index(index).keyPath]);
    return { name, keyPath: store.keyPath as string | string[], indexes };
  });
  const layout = { idbVersion: idb.version, stores };
  idb.close();
  return layout;
}

let counter = 0;

describe('schema migrations (extension-anchors.md §3.2)', () => {
  test('the newest layout listed is the one the current build creates', async () => {
    const name = `migration-current-${++counter}`;
    const db = openDatabase(name);
    await db.open();
    db.close();
    const { name: _name, ...newest } = LAYOUTS.at(-1)!;
    expect(newest.idbVersion).toBe(SCHEMA_VERSION * 10);
    expect(await readLayout(name)).toEqual(newest);
    await openDatabase(name).delete();
  });

  test.each(LAYOUTS.map((layout) => [layout.name, layout] as const))('a database written by %s opens with every row intact and keeps working', async (_label, layout) => {
    const name = `migration-${layout.idbVersion}-${++counter}`;
    await writeLayout(name, layout);
    const db = openDatabase(name);
    expect(await db.tickets.get(ticket.key)).toEqual(ticket);
    expect(await db.tickets.where('origin').equals(ORIGIN).count()).toBe(1);
    expect((await listTickets(db)).map((row) => row.key)).toEqual([ticket.key]);
    expect(await db.events.where('ticketKey').equals(ticket.key).toArray()).toEqual([event]);
    expect(await db.settings.get('settings')).toEqual(settings);
    expect((await getSettings(db)).timeZone).toBe('Europe/Paris');

    // A visit after the upgrade merges into the old history.
    await ingestTicket(
      db,
      {
        portal: 'zendesk', origin: ORIGIN, ticketId: '7', url: ticket.url, subject: 'Old ticket', status: { raw: 'open', category: 'open' }, capturedAt: '2024-01-03T00:00:00Z',
        events: [{ id: 'zd-comment-2', type: 'message', side: 'partner', author: 'Bob', at: '2024-01-02T12:00:00Z', text: 'On it.' }],
      },
      { settings: DEFAULT_SETTINGS, now: new Date('2024-01-03T00:00:00Z') },
    );
    expect((await loadHistory(db, ticket.key))?.events.map((row) => row.id)).toEqual(['zd-comment-1', 'zd-comment-2']);
    expect((await db.tickets.get(ticket.key))?.createdAt).toBe('2024-01-01T00:00:00Z');
    expect(await readLayout(name)).toEqual((({ name: _n, ...newest }) => newest)(LAYOUTS.at(-1)!));
    await db.delete();
  });

  test('v3 upgrade: a solved ticket of an older database gets resolvedAt from its stored health (M8 index)', async () => {
    const name = `migration-v3-resolved-${++counter}`;
    await writeLayout(name, LAYOUTS[1]!);
    const solved = {
      ...ticket, key: `${ORIGIN}|8`, ticketId: '8', status: { raw: 'solved', category: 'solved' },
      health: { level: 'ok', metrics: { followUps: 0, handoffs: 0, responders: 1, reopens: 0, firstResponseMs: 60_000, firstResponseBusinessMs: 60_000, resolutionMs: 2 * 86_400_000, resolutionBusinessMs: 16 * 3_600_000, waitingSince: null, longestSilenceBusinessMs: 0, ageMs: 2 * 86_400_000 }, signs: [] },
    };
    const idb = await request(indexedDB.open(name));
    const tx = idb.transaction('tickets', 'readwrite');
    tx.objectStore('tickets').put(solved);
    await new Promise<void>((resolve) => {
      tx.oncomplete = () => resolve();
    });
    idb.close();
    const db = openDatabase(name);
    expect((await db.tickets.get(solved.key))?.resolvedAt).toBe('2024-01-03T00:00:00Z');
    expect((await db.tickets.get(ticket.key))?.resolvedAt).toBeUndefined();
    expect(await db.tickets.where('[origin+resolvedAt]').between([ORIGIN, '2024-01-01T00:00:00Z'], [ORIGIN, '2024-01-31T00:00:00Z']).primaryKeys()).toEqual([solved.key]);
    await db.delete();
  });
});
