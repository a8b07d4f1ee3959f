/** Dexie database in the extension's origin; the background is its only writer of scraped data. */
export { openDatabase, PlumblineDatabase, DATABASE_NAME, SCHEMA_V1, type PlumblineDb, type SettingsRow } from './database';
export { ingestTicket, ingestTickets, ingestList, LAST_SEEN_THROTTLE_MS, type IngestOptions, type IngestTicketResult, type HealthFunction } from './ingest';
export { loadHistory, toTicketHistory, listTickets, eventsByTicket, getSettings, saveSettings, sortEvents } from './queries';
