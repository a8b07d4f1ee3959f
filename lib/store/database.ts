/**
 * The Dexie database, in the extension's origin (never the page's: extension-anchors.md §3.1). The
 * background is the only writer of scraped data; popup and dashboard read it with liveQuery.
 *
 * Schema history — every version states the full schema (Dexie ≥ 3); add a version with an `upgrade()`
 * for any change, and a layout to tests/unit/store/migration.test.ts:
 *   v1  tickets, events, settings
 */
import { Dexie, type EntityTable } from 'dexie';
import type { StoredEvent, StoredTicket } from '../model/stored';

export interface SettingsRow {
  id: 'settings';
  value: unknown;
}

export const DATABASE_NAME = 'plumbline';

export const SCHEMA_V1 = {
  tickets: '&key, portal, origin, lastSeenAt',
  events: '&[ticketKey+id], ticketKey, at',
  settings: '&id',
} as const;

export class PlumblineDatabase extends Dexie {
  tickets!: EntityTable<StoredTicket, 'key'>;
  events!: Dexie.Table<StoredEvent, [string, string]>;
  settings!: EntityTable<SettingsRow, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // Another page upgraded the schema: let it, this connection reopens on next use.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

export type PlumblineDb = PlumblineDatabase;

export function openDatabase(name: string = DATABASE_NAME): PlumblineDatabase {
  return new PlumblineDatabase(name);
}
