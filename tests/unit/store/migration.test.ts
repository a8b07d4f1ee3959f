import { describe, expect, test } from 'vitest';
import { openDatabase, SCHEMA_V1 } from '../../../lib/store';

/**
 * Databases written by older builds must open with the current schema and keep every row. Each entry is a
 * layout as an older build created it, written here with raw IndexedDB (Dexie stores version n as n × 10).
 * Add the previous layout here whenever lib/store/database.ts gains a version.
 */
const OLDER_LAYOUTS = [
  {
    name: 'v1 (first release)',
    idbVersion: 10,
    stores: [
      { name: 'tickets', keyPath: 'key', indexes: [['portal', 'portal'], ['origin', 'origin'], ['lastSeenAt', 'lastSeenAt']] },
      { name: 'events', keyPath: ['ticketKey', 'id'], indexes: [['ticketKey', 'ticketKey'], ['at', 'at']] },
      { name: 'settings', keyPath: 'id', indexes: [] },
    ],
  },
] as const;

const ticket = {
  key: 'https://help.example|7', portal: 'zendesk', origin: 'https://help.example', ticketId: '7', url: 'https://help.example/hc/en-us/requests/7',
  subject: 'Old ticket', status: { raw: 'open', category: 'open' }, firstSeenAt: '2024-01-01T00:00:00Z', lastSeenAt: '2024-01-02T00:00:00Z', observations: [], eventCount: 1,
};
const event = { ticketKey: 'https://help.example|7', id: 'zd-comment-1', type: 'message', side: 'client', at: '2024-01-01T00:00:00Z', text: 'hello' };

function writeOld(dbName: string, layout: (typeof OLDER_LAYOUTS)[number]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, layout.idbVersion);
    request.onupgradeneeded = () => {
      for (const store of layout.stores) {
        const created = request.result.createObjectStore(store.name, { keyPath: store.keyPath as string | string[] });
        for (const [name, path] of store.indexes) created.createIndex(name, path);
      }
    };
    request.onsuccess = () => {
      const tx = request.result.transaction(['tickets', 'events', 'settings'], 'readwrite');
      tx.objectStore('tickets').put(ticket);
      tx.objectStore('events').put(event);
      tx.objectStore('settings').put({ id: 'settings', value: { timeZone: 'Europe/Paris' } });
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('schema migrations (extension-anchors.md §3.2)', () => {
  test('the current schema is still v1 with these stores', () => {
    expect(Object.keys(SCHEMA_V1)).toEqual(['tickets', 'events', 'settings']);
  });

  test.each(OLDER_LAYOUTS)('a database written by $name opens and keeps its rows', async (layout) => {
    const name = `migration-${layout.idbVersion}`;
    await writeOld(name, layout);
    const db = openDatabase(name);
    expect(await db.tickets.get(ticket.key)).toEqual(ticket);
    expect(await db.events.where('ticketKey').equals(ticket.key).toArray()).toEqual([event]);
    expect((await db.settings.get('settings'))?.value).toEqual({ timeZone: 'Europe/Paris' });
    await db.delete();
  });
});
