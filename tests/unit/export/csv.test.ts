import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { mustQuote, neutraliseCell } from '../../../lib/export/cell';
import { csvFileName, EVENT_COLUMNS, eventsCsv, eventsCsvChunks, TICKET_COLUMNS, ticketsCsv } from '../../../lib/export/csv';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { StoredEvent, StoredTicket } from '../../../lib/model/stored';

/** Hostile and ordinary text cells: [stored value, the cell a spreadsheet must read back]. */
const CELLS: [string, string][] = [
  ['=1+2', "'=1+2"],
  ['+1', "'+1"],
  ['-1+2', "'-1+2"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=x', "'\t=x"],
  ['\r=x', "'\r=x"],
  ['\n=x', "'\n=x"],
  ['=1+2\nfoo', "'=1+2\nfoo"],
  ['=HYPERLINK("http://evil.example","click")\r\n', '\'=HYPERLINK("http://evil.example","click")\r\n'],
  ['"=HYPERLINK(""x"")"', '"=HYPERLINK(""x"")"'],
  ['=1+2";=1+2', '\'=1+2";=1+2'],
  ['a"b', 'a"b'],
  ['a,b', 'a,b'],
  ['line one\nline two', 'line one\nline two'],
  ['plain text', 'plain text'],
  ["'already quoted", "'already quoted"],
  ['-5', '-5'],
  ['-5.25', '-5.25'],
  ['', ''],
];

describe('CSV cell neutralisation (OWASP CSV injection, extension-anchors.md §5.3)', () => {
  test.each(CELLS)('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  test.each<[number | boolean | null | undefined, string]>([
    [-5, '-5'],
    [2.5, '2.5'],
    [Number.NaN, ''],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('non-text %j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  test.each([
    ["'=1+2", true],
    ["'\n=x", true],
    ['-5', false],
    ["'already quoted", false],
  ])('%j is forced into quotes: %s', (cell, quoted) => {
    expect(mustQuote(cell)).toBe(quoted);
  });
});

const ORIGIN = 'https://help.example';
const ticket: StoredTicket = {
  key: `${ORIGIN}|7`, portal: 'zendesk', origin: ORIGIN, ticketId: '7', url: `${ORIGIN}/hc/en-us/requests/7`,
  subject: '=HYPERLINK("http://evil.example","click")\nsecond line', status: { raw: 'Solved', category: 'solved' }, priority: 'High', requester: 'Jane',
  createdAt: '2024-03-04T09:00:00Z', firstSeenAt: '2024-03-05T00:00:00Z', lastSeenAt: '2024-03-06T00:00:00Z', observations: [], eventCount: 3,
};
const openTicket: StoredTicket = {
  ...ticket, key: `${ORIGIN}|8`, ticketId: '8', url: `${ORIGIN}/hc/en-us/requests/8`, subject: 'Printer offline', status: { raw: 'Open', category: 'open' },
  priority: undefined, requester: undefined, eventCount: 1,
};
const events: StoredEvent[] = [
  { ticketKey: ticket.key, id: 'o1', type: 'status_change', side: 'system', at: '2024-03-04T12:00:00Z', from: 'open', to: 'solved', observed: true },
  { ticketKey: ticket.key, id: 'c1', type: 'message', side: 'client', author: 'Jane', at: '2024-03-04T09:00:00Z', text: 'Printer, "the big one", is offline' },
  { ticketKey: openTicket.key, id: 'c9', type: 'message', side: 'client', author: 'Jane', at: '2024-03-06T09:00:00Z', text: '-1 page printed' },
  { ticketKey: ticket.key, id: 'p1', type: 'message', side: 'partner', author: 'Ana', at: '2024-03-04T10:30:00Z', text: '-2 degrees in the server room\n=cmd' },
  { ticketKey: `${ORIGIN}|gone`, id: 'z', type: 'message', side: 'client', at: '2024-03-04T10:30:00Z', text: 'of a ticket not exported' },
];
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data.filter((row) => row.length > 1 || row[0] !== '');
const options = { settings: { ...DEFAULT_SETTINGS, timeZone: 'UTC' }, now: new Date('2024-03-08T00:00:00Z') };

describe('CSV files (DESIGN.md "CSV export")', () => {
  test('both files: UTF-8 BOM first, CRLF after every row, the exact header', () => {
    for (const [csv, columns] of [[ticketsCsv([ticket], events, options), TICKET_COLUMNS], [eventsCsv([ticket], events), EVENT_COLUMNS]] as const) {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(columns.join(','));
      expect(csv.endsWith('\r\n')).toBe(true);
    }
    expect(TICKET_COLUMNS.join(', ')).toBe(
      'portal, origin, ticket_id, subject, status, status_category, priority, assignee, requester, created_at, resolved_at, first_response_hours, first_response_business_hours, resolution_hours, resolution_business_hours, follow_ups, handoffs, responders, reopens, health, warning_signs, first_seen_at, last_seen_at, url',
    );
    expect(EVENT_COLUMNS.join(', ')).toBe('portal, origin, ticket_id, event_id, at, type, side, author, text, from, to, observed');
  });

  test('tickets: one row per ticket, hours with 2 decimals, ISO UTC times, empty cells for unknown', () => {
    const [header, solved, open, ...rest] = parse(ticketsCsv([ticket, openTicket], events, options));
    expect(rest).toEqual([]);
    const cell = (row: string[] | undefined, name: (typeof TICKET_COLUMNS)[number]) => row?.[header!.indexOf(name)];
    expect(cell(solved, 'subject')).toBe('\'=HYPERLINK("http://evil.example","click")\nsecond line');
    expect(cell(solved, 'status')).toBe('Solved');
    expect(cell(solved, 'status_category')).toBe('solved');
    expect(cell(solved, 'first_response_hours')).toBe('1.50');
    expect(cell(solved, 'first_response_business_hours')).toBe('1.50');
    expect(cell(solved, 'resolution_hours')).toBe('3.00');
    expect(cell(solved, 'resolved_at')).toBe('2024-03-04T12:00:00Z');
    expect(cell(solved, 'created_at')).toBe('2024-03-04T09:00:00Z');
    expect(cell(solved, 'first_seen_at')).toBe('2024-03-05T00:00:00Z');
    expect(cell(solved, 'assignee')).toBe('');
    expect(cell(solved, 'health')).toBe('ok');
    expect(cell(solved, 'follow_ups')).toBe('0');
    expect(cell(open, 'resolved_at')).toBe('');
    expect(cell(open, 'resolution_hours')).toBe('');
    expect(cell(open, 'first_response_hours')).toBe('');
    expect(cell(open, 'priority')).toBe('');
  });

  test('tickets: warning signs are the sign messages joined with " | "', () => {
    const chased: StoredEvent[] = ['2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z', '2024-03-03T09:00:00Z', '2024-03-04T09:00:00Z'].map((at, index) => ({
      ticketKey: openTicket.key, id: `c${index}`, type: 'message', side: 'client', author: 'Jane', at, text: index ? 'Any update?' : 'Printer offline',
    }));
    const [header, row] = parse(ticketsCsv([{ ...openTicket, createdAt: '2024-03-01T09:00:00Z' }], chased, options));
    const signs = row?.[header!.indexOf('warning_signs')] ?? '';
    expect(row?.[header!.indexOf('health')]).toBe('alert');
    expect(signs.split(' | ').length).toBeGreaterThan(1);
    expect(signs).toMatch(/follow/i);
  });

  test('events: one row per event of the listed tickets, grouped by ticket, oldest first, text verbatim but neutralised', () => {
    const [header, ...rows] = parse(eventsCsv([ticket, openTicket], events));
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(rows.map((row) => [row[2], row[3]])).toEqual([['7', 'c1'], ['7', 'p1'], ['7', 'o1'], ['8', 'c9']]);
    expect(rows[0]?.[8]).toBe('Printer, "the big one", is offline');
    expect(rows[1]?.[8]).toBe("'-2 degrees in the server room\n=cmd");
    expect(rows[2]?.slice(8)).toEqual(['', 'open', 'solved', 'true']);
    expect(rows[3]?.[11]).toBe('false');
  });

  test.each(CELLS)('a comment %j round-trips through the file as %j, quoted when neutralised', (text, expected) => {
    const csv = eventsCsv([ticket], [{ ticketKey: ticket.key, id: 'c1', type: 'message', side: 'client', at: '2024-03-04T09:00:00Z', text }]);
    const [, row] = parse(csv);
    expect(row?.[8]).toBe(expected);
    expect(row).toHaveLength(EVENT_COLUMNS.length);
    if (expected !== text) expect(csv).toContain(`,"'${text.replaceAll('"', '""')}",`);
  });

  test('large exports come in chunks of rows rather than one string, and join to the same file', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...events[1]!, id: `c${String(i).padStart(4, '0')}` }));
    const chunks = [...eventsCsvChunks([ticket], many)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((chunk) => chunk.endsWith('\r\n'))).toBe(true);
    expect(parse(chunks.join(''))).toHaveLength(5001);
    expect(chunks.join('')).toBe(eventsCsv([ticket], many));
  });

  test('file names carry the date in the user\'s time zone (DESIGN.md plumbline-tickets-YYYY-MM-DD.csv)', () => {
    expect(csvFileName('tickets', new Date('2026-11-22T10:00:00Z'))).toBe('plumbline-tickets-2026-11-22.csv');
    expect(csvFileName('events', new Date('2026-11-22T23:30:00Z'))).toBe('plumbline-events-2026-11-22.csv');
    // 00:30 in Paris is still 23:30 UTC of the day before: the file is named after the user's day.
    expect(csvFileName('events', new Date('2026-11-22T23:30:00Z'), 'Europe/Paris')).toBe('plumbline-events-2026-11-23.csv');
    expect(csvFileName('tickets', new Date('2026-03-01T02:00:00Z'), 'America/New_York')).toBe('plumbline-tickets-2026-02-28.csv');
  });
});
