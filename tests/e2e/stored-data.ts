/**
 * What the extension stored, read straight from its IndexedDB (in the extension's origin). Only the
 * table names of the contract are assumed — `tickets` and `events` with a `ticketKey` field
 * (lib/model/stored.ts) — not the database name, so this keeps working whatever lib/store calls it.
 */
import type { ExtensionBrowser } from '../../demo/launch/extension-browser';
import { evaluateInExtension } from '../../demo/launch/extension-pages';

export interface StoredEventRow {
  id: string;
  ticketKey: string;
  type: string;
  side?: string;
  author?: string;
  at: string;
  text?: string;
  from?: string;
  to?: string;
  observed?: boolean;
}

export interface StoredTicketRow {
  key: string;
  ticketId: string;
  subject: string;
  eventCount?: number;
  status?: { raw: string; category: string };
  assignee?: string;
}

/**
 * Runs in the extension: every record of `storeName` across its databases, optionally filtered by a
 * field. No named helper functions inside: tsx (esbuild keepNames) would wrap them in `__name(…)`, which
 * does not exist in the browser.
 */
async function readStore(query: { storeName: string; field?: string; value?: string }): Promise<unknown[]> {
  const records: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const request = indexedDB.open(info.name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(query.storeName)) continue;
      const read = db.transaction(query.storeName, 'readonly').objectStore(query.storeName).getAll();
      const all = await new Promise<unknown[]>((resolve, reject) => {
        read.onsuccess = () => resolve(read.result as unknown[]);
        read.onerror = () => reject(read.error);
      });
      for (const record of all) {
        if (query.field === undefined || (record as Record<string, unknown>)[query.field] === query.value) records.push(record);
      }
    } finally {
      db.close();
    }
  }
  return records;
}

export async function readStoredEvents(browser: ExtensionBrowser, ticketKey: string): Promise<StoredEventRow[]> {
  return (await evaluateInExtension(browser, readStore, { storeName: 'events', field: 'ticketKey', value: ticketKey })) as StoredEventRow[];
}

export async function readStoredTickets(browser: ExtensionBrowser): Promise<StoredTicketRow[]> {
  return (await evaluateInExtension(browser, readStore, { storeName: 'tickets' })) as StoredTicketRow[];
}
