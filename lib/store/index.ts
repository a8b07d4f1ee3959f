/** Dexie database in the extension's origin; the background is its only writer of scraped data. */
export { openDatabase, withDb, PlumblineDatabase, DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_VERSION, type StoredSurvey, type PlumblineDb, type SettingsRow } from './database';
export { ingestTicket, ingestTickets, ingestList, LAST_SEEN_THROTTLE_MS, type IngestOptions, type IngestTicketResult, type HealthFunction } from './ingest';
export {
  loadHistory,
  toTicketHistory,
  currentHealth,
  listTickets,
  ticketsByKeys,
  eventsByTicket,
  deletePortalData,
  getSettings,
  saveSettings,
  sortEvents,
} from './queries';
export { settingsFromStored } from './settings-row';
export { createdAtMs, resolvedAtOf, withResolvedAt } from './resolved-at';
