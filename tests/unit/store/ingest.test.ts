import { afterEach, describe, expect, test } from 'vitest';
import type { TicketHealth } from '../../../lib/model/health';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { TicketSnapshot } from '../../../lib/model/snapshot';
import type { TimelineEvent } from '../../../lib/model/timeline';
import { ingestList, ingestTicket, ingestTickets, loadHistory, openDatabase, type HealthFunction, type PlumblineDb } from '../../../lib/store';

const ORIGIN = 'https://support.northwind.example';
const KEY = `${ORIGIN}|48213`;
const okHealth: TicketHealth = {
  level: 'ok',
  metrics: { followUps: 0, handoffs: 0, responders: 0, reopens: 0, firstResponseMs: null, firstResponseBusinessMs: null, resolutionMs: null, resolutionBusinessMs: null, waitingSince: null, longestSilenceBusinessMs: null, ageMs: 0 },
  signs: [],
};
/** Store tests check the merge, not the metrics: count what the health function was given. */
const seen: number[] = [];
const health: HealthFunction = (history) => {
  seen.push(history.events.length);
  return okHealth;
};

const comment = (n: number, at: string, side: 'client' | 'partner' = 'client'): TimelineEvent => ({ id: `zd-comment-${n}`, type: 'message', side, author: side === 'client' ? 'Jane' : 'Bob', at, text: `comment ${n}` });
function snapshot(patch: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    portal: 'zendesk',
    origin: ORIGIN,
    ticketId: '48213',
    url: `${ORIGIN}/hc/en-us/requests/48213`,
    subject: 'VPN drops every 10 minutes',
    status: { raw: 'open', category: 'open' },
    priority: 'High',
    assignee: 'Bob',
    requester: 'Jane',
    createdAt: '2024-03-04T08:00:00Z',
    updatedAt: '2024-03-05T09:00:00Z',
    events: [comment(1, '2024-03-04T08:00:00Z'), comment(2, '2024-03-05T09:00:00Z', 'partner')],
    capturedAt: '2024-03-06T10:00:00Z',
    ...patch,
  };
}

let db: PlumblineDb;
let counter = 0;
function fresh(): PlumblineDb {
  db = openDatabase(`ingest-test-${++counter}`);
  return db;
}
const options = (now = '2024-03-06T10:00:00Z') => ({ settings: DEFAULT_SETTINGS, now: new Date(now), health });
afterEach(async () => {
  await db.delete();
  seen.length = 0;
});

describe('ingest (DESIGN.md "Data flow" 2)', () => {
  test('a first visit stores the ticket and its comments', async () => {
    const result = await ingestTicket(fresh(), snapshot(), options());
    expect(result.changed).toBe(true);
    const stored = await loadHistory(db, KEY);
    expect(stored?.ticket).toMatchObject({ subject: 'VPN drops every 10 minutes', firstSeenAt: '2024-03-06T10:00:00Z', eventCount: 2, health: okHealth });
    expect(stored?.events.map((event) => event.id)).toEqual(['zd-comment-1', 'zd-comment-2']);
  });

  test('revisiting the same page never duplicates and writes nothing', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const again = await ingestTicket(db, snapshot({ capturedAt: '2024-03-06T10:20:00Z' }), options('2024-03-06T10:20:00Z'));
    expect(again.changed).toBe(false);
    expect(await db.events.count()).toBe(2);
    expect((await db.tickets.get(KEY))?.lastSeenAt).toBe('2024-03-06T10:00:00Z'); // throttled: < 1 hour later
  });

  test('comment page 2, then page 1 again: events add up and nothing is deleted', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    await ingestTicket(db, snapshot({ events: [comment(3, '2024-03-06T08:00:00Z'), comment(4, '2024-03-06T09:00:00Z', 'partner')], capturedAt: '2024-03-06T11:00:00Z' }), options());
    await ingestTicket(db, snapshot({ events: [comment(1, '2024-03-04T08:00:00Z')], capturedAt: '2024-03-06T12:00:00Z' }), options());
    const stored = await loadHistory(db, KEY);
    expect(stored?.events.map((event) => event.id)).toEqual(['zd-comment-1', 'zd-comment-2', 'zd-comment-3', 'zd-comment-4']);
    expect(stored?.ticket.eventCount).toBe(4);
    expect(seen.at(-1)).toBe(4); // health is computed over the whole stored history
  });

  test('a thinner scrape does not blank stored fields; the earliest created date is kept', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const { priority: _p, requester: _r, ...thin } = snapshot({ createdAt: '2024-03-05T00:00:00Z', capturedAt: '2024-03-07T10:00:00Z' });
    await ingestTicket(db, thin, options());
    expect(await db.tickets.get(KEY)).toMatchObject({ priority: 'High', requester: 'Jane', createdAt: '2024-03-04T08:00:00Z', lastSeenAt: '2024-03-07T10:00:00Z' });
  });

  test('a status and assignee change between visits becomes observed events, once', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const later = snapshot({ status: { raw: 'solved', category: 'solved' }, assignee: 'Priya', updatedAt: '2024-03-07T15:00:00Z', capturedAt: '2024-03-08T09:00:00Z' });
    await ingestTicket(db, later, options());
    await ingestTicket(db, { ...later, capturedAt: '2024-03-08T12:00:00Z' }, options());
    const observed = (await loadHistory(db, KEY))?.events.filter((event) => event.observed);
    expect(observed).toHaveLength(2);
    expect(observed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'status_change', from: 'open', to: 'solved', at: '2024-03-07T15:00:00Z', observed: true }),
        expect.objectContaining({ type: 'assignment', from: 'Bob', to: 'Priya', at: '2024-03-07T15:00:00Z', observed: true }),
      ]),
    );
    const ticket = await db.tickets.get(KEY);
    expect(ticket?.observations.map((o) => [o.status.category, o.assignee])).toEqual([['open', 'Bob'], ['solved', 'Priya']]);
  });

  test('a change the page itself shows is not synthesized again', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const shown: TimelineEvent = { id: 'rt-txn-9', type: 'status_change', side: 'partner', at: '2024-03-07T15:00:00Z', from: 'open', to: 'solved' };
    await ingestTicket(db, snapshot({ status: { raw: 'resolved', category: 'solved' }, events: [shown], capturedAt: '2024-03-08T09:00:00Z' }), options());
    const events = (await loadHistory(db, KEY))?.events ?? [];
    expect(events.filter((event) => event.type === 'status_change')).toEqual([expect.objectContaining({ id: 'rt-txn-9' })]);
  });

  test('a list never creates tickets, but records a status change seen there for a known ticket', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const rows = [
      { ticketId: '48213', subject: 'VPN drops every 10 minutes', url: `${ORIGIN}/hc/en-us/requests/48213`, status: { raw: 'solved', category: 'solved' as const }, updatedAt: '2024-03-07T15:00:00Z' },
      { ticketId: '48299', subject: 'Never opened', url: `${ORIGIN}/hc/en-us/requests/48299`, status: { raw: 'open', category: 'open' as const } },
    ];
    const result = await ingestList(db, { portal: 'zendesk', origin: ORIGIN, url: `${ORIGIN}/hc/en-us/requests`, capturedAt: '2024-03-08T09:00:00Z', rows }, options());
    expect(result.get('48299')).toBeUndefined();
    expect(result.get('48213')?.status.category).toBe('solved');
    expect(await db.tickets.count()).toBe(1);
    const events = (await loadHistory(db, KEY))?.events ?? [];
    expect(events.filter((event) => event.observed)).toEqual([expect.objectContaining({ from: 'open', to: 'solved' })]);
  });
});

describe('bulk merge (restore, pooled histories)', () => {
  test('merging many snapshots at once stores exactly what merging them one by one does', async () => {
    const visits = [
      snapshot(),
      snapshot({ ticketId: '48214', url: `${ORIGIN}/hc/en-us/requests/48214`, events: [comment(10, '2024-03-05T10:00:00Z')] }),
      snapshot({ status: { raw: 'solved', category: 'solved' }, assignee: 'Priya', events: [comment(3, '2024-03-07T09:00:00Z', 'partner')], updatedAt: '2024-03-07T09:00:00Z', capturedAt: '2024-03-08T09:00:00Z' }),
      snapshot({ capturedAt: '2024-03-08T09:30:00Z', events: [comment(1, '2024-03-04T08:00:00Z')] }),
    ];
    const one = fresh();
    for (const visit of visits) await ingestTicket(one, visit, options());
    const sequential = { tickets: await one.tickets.toArray(), events: await one.events.toArray() };
    await one.delete();

    const bulk = fresh();
    const results = await ingestTickets(bulk, visits, options());
    expect(results.map((r) => r.addedEvents)).toEqual([2, 1, 3, 2]); // the last visit sees open/Bob again: a reopen and a reassignment
    expect(await bulk.tickets.toArray()).toEqual(sequential.tickets);
    expect(await bulk.events.toArray()).toEqual(sequential.events);
  });
});
