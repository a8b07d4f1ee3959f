/**
 * The Dexie database, in the extension's origin (never the page's: extension-anchors.md §3.1). The
 * background is the only writer of scraped data; popup and dashboard read it with liveQuery.
 *
 * Schema history — every version states the full schema (Dexie ≥ 3); add a version with an `upgrade()`
 * for any change, and the layout it replaces to OLDER_LAYOUTS in tests/unit/store/migration.test.ts:
 *   v1  tickets (by portal, origin, lastSeenAt), events ([ticketKey+id], by ticketKey, at), settings
 *   v2  + surveys (pulse survey answers, auto-increment id, by takenAt)
 *   v3  tickets + [origin+resolvedAt] (M8 "came back": tickets of a portal solved in a window), rows
 *       upgraded with `resolvedAt` from their stored health
 */
import { Dexie, type EntityTable } from 'dexie';
import type { StoredEvent, StoredTicket } from '../model/stored';
import type { SurveyResponse } from '../scorecard/survey';
import { resolvedAtOf } from './resolved-at';

export interface SettingsRow {
  id: 'settings';
  /** Validated on read (lib/store/settings-row.ts): a value written by an older build may lack fields. */
  value: unknown;
}

export const DATABASE_NAME = 'plumbline';

export const SCHEMA_V1 = {
  tickets: '&key, portal, origin, lastSeenAt',
  events: '&[ticketKey+id], ticketKey, at',
  settings: '&id',
} as const;

export const SCHEMA_V2 = { ...SCHEMA_V1, surveys: '++id, takenAt' } as const;

export const SCHEMA_V3 = { ...SCHEMA_V2, tickets: '&key, portal, origin, lastSeenAt, [origin+resolvedAt]' } as const;

/** The schema version the current build declares (Dexie's; IndexedDB sees it × 10). */
export const SCHEMA_VERSION = 3;

/** One pulse survey's answers (lib/scorecard/survey.ts), as stored. */
export type StoredSurvey = SurveyResponse & { id?: number };

export class PlumblineDatabase extends Dexie {
  tickets!: EntityTable<StoredTicket, 'key'>;
  events!: Dexie.Table<StoredEvent, [string, string]>;
  settings!: EntityTable<SettingsRow, 'id'>;
  surveys!: EntityTable<StoredSurvey, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) =>
        tx
          .table<StoredTicket, string>('tickets')
          .toCollection()
          .modify((ticket) => {
            const resolvedAt = resolvedAtOf(ticket, ticket.health);
            if (resolvedAt) ticket.resolvedAt = resolvedAt;
          }),
      );
    // Another context upgrades the schema (an extension update): let it, instead of blocking it. This
    // connection is closed; `withDb` reopens it on next use (extension-anchors.md §3.2).
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

function isDatabaseClosed(error: unknown): boolean {
  return error instanceof Error && error.name === Dexie.errnames.DatabaseClosed;
}

/**
 * Run `work` against the database, reopening it once if it was closed under us: a service worker that
 * wakes up can find its connection closed (Dexie #1805), as can a page after a `versionchange`
 * (extension-anchors.md §3.6). A second failure is the caller's to report. `work` must be safe to run
 * twice — a Dexie transaction is: a closed database aborts it before anything is written.
 */
export async function withDb<T>(db: PlumblineDatabase, work: (db: PlumblineDatabase) => Promise<T>): Promise<T> {
  try {
    return await work(db);
  } catch (error) {
    if (!isDatabaseClosed(error)) throw error;
    if (!db.isOpen()) await db.open();
    return work(db);
  }
}
