import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { neutraliseCell } from '../../../lib/export/cell';
import { csvFileName, EVENT_COLUMNS, eventsCsvChunks, TICKET_COLUMNS, ticketsCsvChunks } from '../../../lib/export/csv';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { StoredEvent, StoredTicket } from '../../../lib/model/stored';

describe('CSV cell neutralisation (OWASP CSV injection, DESIGN.md "CSV export")', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=x', "'\t=x"],
    ['\r=x', "'\r=x"],
    ['\n=x', "'\n=x"],
    ['=1+2\nfoo', "'=1+2\nfoo"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['plain text', 'plain text'],
    ['a"b, c', 'a"b, c'],
    ['line one\nline two', 'line one\nline two'],
    ['-5', '-5'],
    ['-5.25', '-5.25'],
    [-5, '-5'],
    [null, ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

const ticket: StoredTicket = {
  key: 'https://help.example|7', portal: 'zendesk', origin: 'https://help.example', ticketId: '7', url: 'https://help.example/hc/en-us/requests/7',
  subject: '=HYPERLINK("http://evil.example","click")\nsecond line', status: { raw: 'solved', category: 'solved' }, priority: 'High', requester: 'Jane',
  createdAt: '2024-03-04T09:00:00Z', firstSeenAt: '2024-03-05T00:00:00Z', lastSeenAt: '2024-03-06T00:00:00Z', observations: [], eventCount: 3,
};
const events: StoredEvent[] = [
  { ticketKey: ticket.key, id: 'c1', type: 'message', side: 'client', author: 'Jane', at: '2024-03-04T09:00:00Z', text: 'Printer, "the big one", is offline' },
  { ticketKey: ticket.key, id: 'p1', type: 'message', side: 'partner', author: 'Ana', at: '2024-03-04T10:30:00Z', text: '-2 degrees in the server room\n=cmd' },
  { ticketKey: ticket.key, id: 'o1', type: 'status_change', side: 'system', at: '2024-03-04T12:00:00Z', from: 'open', to: 'solved', observed: true },
];
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV files (DESIGN.md "CSV export")', () => {
  const options = { settings: { ...DEFAULT_SETTINGS, timeZone: 'UTC' }, now: new Date('2024-03-08T00:00:00Z') };

  test('tickets: BOM, exact header, one row per ticket, hours with 2 decimals, hostile cells neutralised', () => {
    const csv = [...ticketsCsvChunks([ticket], events, options)].join('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const [header, row, ...rest] = parse(csv);
    expect(header).toEqual([...TICKET_COLUMNS]);
    expect(rest).toEqual([]);
    const cell = (name: string) => row?.[TICKET_COLUMNS.indexOf(name as (typeof TICKET_COLUMNS)[number])];
    expect(cell('subject')).toBe('\'=HYPERLINK("http://evil.example","click")\nsecond line');
    expect(cell('first_response_hours')).toBe('1.50');
    expect(cell('resolution_hours')).toBe('3.00');
    expect(cell('resolved_at')).toBe('2024-03-04T12:00:00Z');
    expect(cell('assignee')).toBe('');
    expect(cell('health')).toBe('ok');
  });

  test('events: one row per event, text verbatim except the neutralising quote', () => {
    const [header, ...rows] = parse([...eventsCsvChunks([ticket], events)].join(''));
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[8]).toBe('Printer, "the big one", is offline');
    expect(rows[1]?.[8]).toBe("'-2 degrees in the server room\n=cmd");
    expect(rows[2]?.slice(9)).toEqual(['open', 'solved', 'true']);
  });

  test('large exports come in chunks rather than one string', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...events[0]!, id: `c${i}` }));
    expect([...eventsCsvChunks([ticket], many)].length).toBeGreaterThan(2);
  });

  test('file names carry the date', () => {
    expect(csvFileName('tickets', new Date('2026-11-22T10:00:00Z'))).toBe('plumbline-tickets-2026-11-22.csv');
    expect(csvFileName('events', new Date('2026-11-22T10:00:00Z'))).toBe('plumbline-events-2026-11-22.csv');
  });
});
