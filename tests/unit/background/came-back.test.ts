/**
 * Recurrence in place (metrics.md §9.2 M8): a new ticket resembling one of the same portal solved shortly
 * before its creation is flagged "came back" — within 7 days an alert, within 30 a watch; an explicit
 * "re: #id" counts whatever the words. Near misses are not flagged. Real IndexedDB (fake-indexeddb).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cameBackSign } from '../../../lib/background/came-back';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { TicketSnapshot } from '../../../lib/model/snapshot';
import { ingestTicket, openDatabase, type PlumblineDb } from '../../../lib/store';

const ORIGIN = 'https://support.northwind.example';
const DAY = 86_400_000;
const T2_CREATED = Date.parse('2024-06-20T09:00:00Z');
const now = new Date('2024-06-21T12:00:00Z');
const settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function ticket(id: string, subject: string, text: string, createdMs: number, solvedMs: number | null, origin = ORIGIN): TicketSnapshot {
  const events: TicketSnapshot['events'] = [
    { id: `c-${id}-1`, type: 'message', side: 'client', author: 'Maria', at: iso(createdMs), text },
    { id: `c-${id}-2`, type: 'message', side: 'partner', author: 'Priya', at: iso(createdMs + 3_600_000), text: 'Looking into it now.' },
  ];
  if (solvedMs !== null) events.push({ id: `c-${id}-3`, type: 'status_change', side: 'partner', author: 'Priya', at: iso(solvedMs), from: 'open', to: 'solved' });
  return {
    portal: 'zendesk',
    origin,
    ticketId: id,
    url: `${origin}/hc/en-us/requests/${id}`,
    subject,
    status: solvedMs === null ? { raw: 'open', category: 'open' } : { raw: 'solved', category: 'solved' },
    createdAt: iso(createdMs),
    events,
    capturedAt: iso(Math.max(createdMs, solvedMs ?? 0) + DAY),
  };
}

const PRINTER = ['Printer on 3rd floor offline', 'The printer PRN-3F-01 on the 3rd floor is offline for everyone.'] as const;
const PRINTER_AGAIN = ['Printer on 3rd floor offline again', 'Same problem: the printer PRN-3F-01 on the 3rd floor is offline again for everyone.'] as const;

const databases: PlumblineDb[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

async function signFor(earlier: TicketSnapshot, later: TicketSnapshot) {
  const db = openDatabase(`came-back-${Math.random()}`);
  databases.push(db);
  await ingestTicket(db, earlier, { settings, now });
  const { ticket } = await ingestTicket(db, later, { settings, now });
  return cameBackSign(db, ticket, settings, now, 'en');
}

describe('came back (metrics.md §9.2 M8)', () => {
  test.each([
    ['similar, solved 13 days before → watch (M8: ≤ 30 days amber)', 13, 'watch', 'Came back: looks like #100, solved 13 days earlier'],
    ['similar, solved 5 days before → alert (M8: ≤ 7 days red)', 5, 'alert', 'Came back: looks like #100, solved 5 days earlier'],
  ])('%s', async (_name, daysBefore, level, message) => {
    const solved = T2_CREATED - daysBefore * DAY;
    const sign = await signFor(ticket('100', ...PRINTER, solved - 2 * DAY, solved), ticket('200', ...PRINTER_AGAIN, T2_CREATED, null));
    expect(sign).toEqual({ code: 'came-back', level, message });
  });

  test('an explicit "re: #100" counts even with other words (M8 explicit link)', async () => {
    const solved = T2_CREATED - 10 * DAY;
    const sign = await signFor(ticket('100', ...PRINTER, solved - DAY, solved), ticket('200', 'Re: #100', 'Different words entirely about the plotter.', T2_CREATED, null));
    expect(sign?.message).toBe('Came back: looks like #100, solved 10 days earlier');
  });

  test.each([
    ['solved 31 days before (outside the 30-day window)', ticket('100', ...PRINTER, T2_CREATED - 33 * DAY, T2_CREATED - 31 * DAY)],
    ['never solved', ticket('100', ...PRINTER, T2_CREATED - 10 * DAY, null)],
    ['a different problem (similarity below 0.6)', ticket('100', 'VPN token expired for the sales team', 'Five sales people cannot log in to the VPN since this morning.', T2_CREATED - 12 * DAY, T2_CREATED - 10 * DAY)],
    ['another portal (another partner)', ticket('100', ...PRINTER, T2_CREATED - 12 * DAY, T2_CREATED - 10 * DAY, 'https://other-msp.example')],
  ])('not flagged: %s', async (_name, earlier) => {
    expect(await signFor(earlier, ticket('200', ...PRINTER_AGAIN, T2_CREATED, null))).toBeNull();
  });
});
