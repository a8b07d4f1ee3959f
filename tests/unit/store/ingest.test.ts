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

  test('the very same page again within the hour is answered from the ticket row: no timeline read, no health computed', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const computed = seen.length;
    const again = await ingestTicket(db, snapshot({ capturedAt: '2024-03-06T10:20:00Z' }), options('2024-03-06T10:20:00Z'));
    expect(again).toMatchObject({ changed: false, addedEvents: 0, health: okHealth });
    expect(again.events).toBeUndefined();
    expect(seen.length).toBe(computed);
    // New settings (a contract target, business hours) recompute the health of the very same page.
    const retargeted = { ...options('2024-03-06T10:21:00Z'), settings: { ...DEFAULT_SETTINGS, targets: { normal: { firstResponseHours: 2, resolutionHours: 500 } } } };
    await ingestTicket(db, snapshot({ capturedAt: '2024-03-06T10:21:00Z' }), retargeted);
    expect(seen.length).toBe(computed + 1);
    const computedAgain = seen.length;
    // A new comment, or an hour later, takes the full merge again.
    const withComment = await ingestTicket(db, snapshot({ capturedAt: '2024-03-06T10:30:00Z', events: [comment(1, '2024-03-04T08:00:00Z'), comment(2, '2024-03-05T09:00:00Z', 'partner'), comment(3, '2024-03-06T10:25:00Z')] }), options('2024-03-06T10:30:00Z'));
    expect(withComment.addedEvents).toBe(1);
    expect(seen.length).toBe(computedAgain + 1);
    const later = await ingestTicket(db, snapshot({ capturedAt: '2024-03-06T12:00:00Z', events: [comment(1, '2024-03-04T08:00:00Z'), comment(2, '2024-03-05T09:00:00Z', 'partner'), comment(3, '2024-03-06T10:25:00Z')] }), options('2024-03-06T12:00:00Z'));
    expect(later.events).toHaveLength(3);
    expect((await db.tickets.get(KEY))?.lastSeenAt).toBe('2024-03-06T12:00:00Z');
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

describe('observed changes between visits (DESIGN.md "Data flow" 2)', () => {
  const observedOf = async () => ((await loadHistory(db, KEY))?.events ?? []).filter((event) => event.observed);

  test('a new assignee alone becomes one observed assignment, dated by the visit when "updated" is not between visits', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    await ingestTicket(db, snapshot({ assignee: 'Priya', updatedAt: '2024-03-01T00:00:00Z', capturedAt: '2024-03-07T09:00:00Z' }), options());
    expect(await observedOf()).toEqual([
      { ticketKey: KEY, id: 'observed-assignee-2024-03-07T09:00:00Z', type: 'assignment', side: 'system', at: '2024-03-07T09:00:00Z', from: 'Bob', to: 'Priya', observed: true },
    ]);
  });

  test('a first assignment (nobody → someone) is not a change of hands', async () => {
    const { assignee: _a, ...unassigned } = snapshot();
    await ingestTicket(fresh(), unassigned, options());
    await ingestTicket(db, snapshot({ capturedAt: '2024-03-07T09:00:00Z' }), options());
    expect(await observedOf()).toEqual([]);
    expect((await db.tickets.get(KEY))?.assignee).toBe('Bob');
  });

  test('an assignment the page itself shows is not synthesized again', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const shown: TimelineEvent = { id: 'glpi-assign-3', type: 'assignment', side: 'partner', at: '2024-03-07T10:00:00Z', from: 'Bob', to: 'Priya' };
    await ingestTicket(db, snapshot({ assignee: 'Priya', events: [shown], capturedAt: '2024-03-08T09:00:00Z' }), options());
    const assignments = ((await loadHistory(db, KEY))?.events ?? []).filter((event) => event.type === 'assignment');
    expect(assignments.map((event) => event.id)).toEqual(['glpi-assign-3']);
  });

  test("the portal's own record of a change we had only observed replaces the estimate (one resolution, at its real time)", async () => {
    await ingestTicket(fresh(), snapshot(), options());
    // Seen solved on a visit whose page shows no status history (e.g. the history tab was collapsed)…
    await ingestTicket(db, snapshot({ status: { raw: 'resolved', category: 'solved' }, updatedAt: undefined, capturedAt: '2024-03-08T09:00:00Z' }), options());
    expect((await observedOf()).map((event) => event.at)).toEqual(['2024-03-08T09:00:00Z']);
    // …then a visit shows the portal's own entry for it.
    const shown: TimelineEvent = { id: 'rt-txn-12', type: 'status_change', side: 'partner', at: '2024-03-07T16:30:00Z', from: 'open', to: 'solved' };
    const result = await ingestTicket(db, snapshot({ status: { raw: 'resolved', category: 'solved' }, events: [shown], capturedAt: '2024-03-09T09:00:00Z' }), options());
    const changes = ((await loadHistory(db, KEY))?.events ?? []).filter((event) => event.type === 'status_change');
    expect(changes).toEqual([expect.objectContaining({ id: 'rt-txn-12', at: '2024-03-07T16:30:00Z' })]);
    expect(result.ticket.eventCount).toBe(3);
    expect(result.events!.map((event) => event.id)).toEqual(['zd-comment-1', 'zd-comment-2', 'rt-txn-12']);
  });

  test('a shown change from before the observation window does not remove a later observed one', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    await ingestTicket(db, snapshot({ status: { raw: 'solved', category: 'solved' }, updatedAt: undefined, capturedAt: '2024-03-08T09:00:00Z' }), options());
    // An old resolution (before the first visit), shown only now: it explains nothing we observed.
    const old: TimelineEvent = { id: 'rt-txn-2', type: 'status_change', side: 'partner', at: '2024-03-04T12:00:00Z', from: 'open', to: 'solved' };
    await ingestTicket(db, snapshot({ status: { raw: 'solved', category: 'solved' }, events: [old], capturedAt: '2024-03-09T09:00:00Z' }), options());
    expect((await observedOf()).map((event) => event.id)).toEqual(['observed-status-2024-03-08T09:00:00Z']);
  });

  test('an unmapped status says nothing: solved → unknown → open is one observed reopen (solved → open)', async () => {
    await ingestTicket(fresh(), snapshot({ status: { raw: 'solved', category: 'solved' } }), options());
    await ingestTicket(db, snapshot({ status: { raw: 'Awaiting vendor', category: 'unknown' }, updatedAt: undefined, capturedAt: '2024-03-07T09:00:00Z' }), options());
    expect(await observedOf()).toEqual([]);
    await ingestTicket(db, snapshot({ status: { raw: 'open', category: 'open' }, updatedAt: undefined, capturedAt: '2024-03-08T09:00:00Z' }), options());
    expect((await observedOf()).map((event) => [event.from, event.to])).toEqual([['solved', 'open']]);
    expect((await db.tickets.get(KEY))?.observations.map((o) => o.status.raw)).toEqual(['solved', 'Awaiting vendor', 'open']);
  });

  test('a snapshot captured before the latest visit (an old tab answering late) adds its comments but not its older status', async () => {
    await ingestTicket(fresh(), snapshot({ status: { raw: 'solved', category: 'solved' }, capturedAt: '2024-03-08T09:00:00Z' }), options());
    const late = snapshot({ status: { raw: 'open', category: 'open' }, subject: 'Old title', events: [comment(5, '2024-03-05T12:00:00Z')], capturedAt: '2024-03-07T09:00:00Z' });
    await ingestTicket(db, late, options());
    const stored = await loadHistory(db, KEY);
    expect(stored?.ticket).toMatchObject({ status: { category: 'solved' }, subject: 'VPN drops every 10 minutes', lastSeenAt: '2024-03-08T09:00:00Z' });
    expect(stored?.events.map((event) => event.id)).toEqual(['zd-comment-1', 'zd-comment-2', 'zd-comment-5']);
    expect(stored?.ticket.observations).toHaveLength(1);
  });

  test('an unchanged revisit an hour later refreshes only lastSeenAt: no event, no new observation', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const before = await db.tickets.get(KEY);
    const again = await ingestTicket(db, snapshot({ capturedAt: '2024-03-06T11:30:00Z' }), options('2024-03-06T11:30:00Z'));
    expect(again).toMatchObject({ changed: false, addedEvents: 0 });
    expect(await db.tickets.get(KEY)).toEqual({ ...before, lastSeenAt: '2024-03-06T11:30:00Z' });
    expect(await db.events.count()).toBe(2);
  });

  test('the reply carries the whole stored timeline the health was computed on', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const page2 = await ingestTicket(db, snapshot({ events: [comment(3, '2024-03-06T08:00:00Z')], capturedAt: '2024-03-06T11:00:00Z' }), options());
    expect(page2.events!.map((event) => event.id)).toEqual(['zd-comment-1', 'zd-comment-2', 'zd-comment-3']);
    expect(seen.at(-1)).toBe(3);
  });
});

describe('list pages (DESIGN.md "Data flow" 2)', () => {
  const ORIGIN_LIST = `${ORIGIN}/hc/en-us/requests`;
  const row = (ticketId: string, category: 'open' | 'solved' | 'unknown', raw: string = category) => ({ ticketId, subject: 's', url: `${ORIGIN}/hc/en-us/requests/${ticketId}`, status: { raw, category } });
  const list = (rows: ReturnType<typeof row>[], capturedAt = '2024-03-08T09:00:00Z') => ({ portal: 'zendesk', origin: ORIGIN, url: ORIGIN_LIST, capturedAt, rows });

  test.each([
    ['an unmapped status', [row('48213', 'unknown', 'Awaiting vendor')], '2024-03-08T09:00:00Z'],
    ['the same category', [row('48213', 'open', 'Open')], '2024-03-08T09:00:00Z'],
    ['a list captured before the last visit', [row('48213', 'solved')], '2024-03-06T09:00:00Z'],
  ])('%s changes nothing', async (_name, rows, capturedAt) => {
    await ingestTicket(fresh(), snapshot(), options());
    const before = { tickets: await db.tickets.toArray(), events: await db.events.toArray() };
    const result = await ingestList(db, list(rows, capturedAt), options());
    expect(result.get('48213')).toEqual(before.tickets[0]);
    expect({ tickets: await db.tickets.toArray(), events: await db.events.toArray() }).toEqual(before);
  });

  test('the same ticket twice on one list is observed once', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    const result = await ingestList(db, list([row('48213', 'solved'), row('48213', 'solved')]), options());
    expect(result.get('48213')?.status.category).toBe('solved');
    expect((await db.events.toArray()).filter((event) => event.observed)).toHaveLength(1);
    expect((await db.tickets.get(KEY))?.eventCount).toBe(3);
  });

  test('a change seen on the list and then shown on the ticket page is counted once', async () => {
    await ingestTicket(fresh(), snapshot(), options());
    await ingestList(db, list([row('48213', 'solved')]), options());
    const shown: TimelineEvent = { id: 'rt-txn-12', type: 'status_change', side: 'partner', at: '2024-03-07T16:30:00Z', from: 'open', to: 'solved' };
    await ingestTicket(db, snapshot({ status: { raw: 'resolved', category: 'solved' }, events: [shown], capturedAt: '2024-03-09T09:00:00Z' }), options());
    const changes = ((await loadHistory(db, KEY))?.events ?? []).filter((event) => event.type === 'status_change');
    expect(changes.map((event) => event.id)).toEqual(['rt-txn-12']);
  });
});

describe('health over the whole history, with the real metrics (lib/metrics computeHealth)', () => {
  test('follow-ups on comment page 1 and page 2 add up on the stored ticket (metrics.md M4)', async () => {
    const real = { settings: DEFAULT_SETTINGS, now: new Date('2024-03-08T10:00:00Z') };
    const client = (n: number, at: string, text: string): TimelineEvent => ({ id: `zd-comment-${n}`, type: 'message', side: 'client', author: 'Jane', at, text });
    const page1 = snapshot({ events: [client(1, '2024-03-04T09:00:00Z', 'The VPN drops every 10 minutes.'), client(2, '2024-03-05T09:00:00Z', 'Any update on this?')], capturedAt: '2024-03-08T10:00:00Z' });
    const page2 = snapshot({ events: [client(3, '2024-03-06T09:00:00Z', 'Still waiting, please.'), client(4, '2024-03-07T09:00:00Z', 'Hello? Any news?')], capturedAt: '2024-03-08T10:05:00Z' });
    await ingestTicket(fresh(), page1, real);
    const first = await db.tickets.get(KEY);
    expect(first?.health?.metrics.followUps).toBe(1);
    const result = await ingestTicket(db, page2, real);
    expect(result.health.metrics.followUps).toBe(3);
    expect((await db.tickets.get(KEY))?.health).toEqual(result.health);
  });
});
