/**
 * The dashboard's CSV exports, exactly as DESIGN.md "CSV export" specifies: RFC 4180 (quoting by
 * papaparse), UTF-8 with a byte-order mark, CRLF, a header row, one row per ticket / event, ISO 8601 UTC
 * times, durations in hours with 2 decimals, empty cell for unknown, every text cell neutralised.
 * Generated in chunks of rows, so a 200,000-event export is never one giant string.
 */
import Papa from 'papaparse';
import { analyseTicket, type Locale } from '../metrics';
import type { Settings } from '../model/settings';
import type { StoredEvent, StoredTicket } from '../model/stored';
import { sortEvents, toTicketHistory } from '../store/queries';
import { mustQuote, neutraliseCell, type CellValue } from './cell';
import { localIsoDate } from '../time/zone';

export const TICKET_COLUMNS = [
  'portal', 'origin', 'ticket_id', 'subject', 'status', 'status_category', 'priority', 'assignee', 'requester', 'created_at',
  'resolved_at', 'first_response_hours', 'first_response_business_hours', 'resolution_hours', 'resolution_business_hours',
  'follow_ups', 'handoffs', 'responders', 'reopens', 'health', 'warning_signs', 'first_seen_at', 'last_seen_at', 'url',
] as const;

export const EVENT_COLUMNS = ['portal', 'origin', 'ticket_id', 'event_id', 'at', 'type', 'side', 'author', 'text', 'from', 'to', 'observed'] as const;

const BOM = '\uFEFF';
const CHUNK_ROWS = 2_000;

function hours(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '' : (ms / 3_600_000).toFixed(2);
}

function* chunked(header: readonly string[], rows: Iterable<CellValue[]>): Generator<string> {
  const quotes = (value: unknown) => typeof value === 'string' && mustQuote(value);
  const unparse = (data: string[][]) => Papa.unparse(data, { newline: '\r\n', quotes, escapeFormulae: false });
  yield `${BOM}${unparse([[...header]])}\r\n`;
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map(neutraliseCell));
    if (batch.length === CHUNK_ROWS) {
      yield `${unparse(batch)}\r\n`;
      batch = [];
    }
  }
  if (batch.length) yield `${unparse(batch)}\r\n`;
}

export interface TicketExportOptions {
  settings: Settings;
  now: Date;
  locale?: Locale;
}

function groupByTicket(events: readonly StoredEvent[]): Map<string, StoredEvent[]> {
  const byTicket = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const list = byTicket.get(event.ticketKey) ?? [];
    list.push(event);
    byTicket.set(event.ticketKey, list);
  }
  return byTicket;
}

/**
 * One row per ticket, in the order given. Metrics are recomputed over each ticket's whole stored history as
 * of `now` (the stored health dates from the last visit); resolved_at is the metrics' (DESIGN.md "resolvedAt").
 */
export function* ticketsCsvChunks(tickets: readonly StoredTicket[], events: readonly StoredEvent[], options: TicketExportOptions): Generator<string> {
  const byTicket = groupByTicket(events);
  function* rows(): Generator<CellValue[]> {
    for (const ticket of tickets) {
      const history = toTicketHistory(ticket, byTicket.get(ticket.key) ?? []);
      const { health, facts } = analyseTicket(history, options.settings, options.now, options.locale ?? 'en');
      const m = health.metrics;
      yield [
        ticket.portal, ticket.origin, ticket.ticketId, ticket.subject, ticket.status.raw, ticket.status.category, ticket.priority,
        ticket.assignee, ticket.requester, ticket.createdAt, facts.resolvedAt, hours(m.firstResponseMs), hours(m.firstResponseBusinessMs),
        hours(m.resolutionMs), hours(m.resolutionBusinessMs), m.followUps, m.handoffs, m.responders, m.reopens, health.level,
        health.signs.map((sign) => sign.message).join(' | '), ticket.firstSeenAt, ticket.lastSeenAt, ticket.url,
      ];
    }
  }
  yield* chunked(TICKET_COLUMNS, rows());
}

/** One row per event, grouped by ticket in the order of `tickets`, each ticket's oldest first; events of no listed ticket are left out. */
export function* eventsCsvChunks(tickets: readonly StoredTicket[], events: readonly StoredEvent[]): Generator<string> {
  const byTicket = groupByTicket(events);
  function* rows(): Generator<CellValue[]> {
    for (const ticket of tickets) {
      for (const event of sortEvents(byTicket.get(ticket.key) ?? [])) {
        yield [
          ticket.portal, ticket.origin, ticket.ticketId, event.id, event.at, event.type, event.side, event.author, event.text, event.from, event.to,
          event.observed ? 'true' : 'false',
        ];
      }
    }
  }
  yield* chunked(EVENT_COLUMNS, rows());
}

/** The whole file as one string (tests, small exports); downloads should stream the chunks instead. */
export function joinCsvChunks(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}

export function ticketsCsv(tickets: readonly StoredTicket[], events: readonly StoredEvent[], options: TicketExportOptions): string {
  return joinCsvChunks(ticketsCsvChunks(tickets, events, options));
}

export function eventsCsv(tickets: readonly StoredTicket[], events: readonly StoredEvent[]): string {
  return joinCsvChunks(eventsCsvChunks(tickets, events));
}

/** plumbline-tickets-YYYY-MM-DD.csv, with the date in UTC (like every time in the file). */
/**
 * `plumbline-<kind>-YYYY-MM-DD.csv`, dated in the user's time zone (a Paris export at 00:30 is today's);
 * '' is the browser's zone, as in Settings.
 */
export function csvFileName(kind: 'tickets' | 'events', date: Date, timeZone = 'UTC'): string {
  return `plumbline-${kind}-${localIsoDate(date.getTime(), timeZone)}.csv`;
}
