/**
 * INTERFACE STUB — replaced by the store implementation (lib/store owner).
 * Dexie database in the extension's origin; the background is its only writer.
 */
import type { ListSnapshot, Settings, StoredEvent, StoredTicket, TicketHealth, TicketSnapshot } from '../model';
import type { TicketHistory } from '../metrics';

export interface PlumblineDb {
  /** Dexie instance; tables: tickets (StoredTicket), events (StoredEvent), settings. */
  readonly name: string;
}

export interface IngestOptions {
  settings: Settings;
  now: Date;
}

export interface IngestTicketResult {
  ticket: StoredTicket;
  health: TicketHealth;
  /** False when the visit changed nothing (no event, status or assignee change). */
  changed: boolean;
}

export declare function openDatabase(name?: string): PlumblineDb;
export declare function ingestTicket(db: PlumblineDb, snapshot: TicketSnapshot, options: IngestOptions): Promise<IngestTicketResult>;
/** Records status observations for known tickets; returns the stored ticket (or undefined) per row's ticket id. */
export declare function ingestList(db: PlumblineDb, snapshot: ListSnapshot, options: IngestOptions): Promise<Map<string, StoredTicket | undefined>>;
export declare function loadHistory(db: PlumblineDb, key: string): Promise<{ ticket: StoredTicket; events: StoredEvent[] } | undefined>;
export declare function toTicketHistory(ticket: StoredTicket, events: readonly StoredEvent[]): TicketHistory;
export declare function getSettings(db: PlumblineDb): Promise<Settings>;
export declare function saveSettings(db: PlumblineDb, settings: Settings): Promise<void>;
