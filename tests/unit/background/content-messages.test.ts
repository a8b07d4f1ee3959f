import { afterEach, describe, expect, test } from 'vitest';
import { handleContentMessage, type ContentMessageDeps, type Sender } from '../../../lib/background/content-messages';
import type { TicketSnapshot } from '../../../lib/model/snapshot';
import { openDatabase, type PlumblineDb } from '../../../lib/store';

const ORIGIN = 'https://support.northwind.example';
const OTHER = 'https://help.contoso.example';
const snapshot: TicketSnapshot = {
  portal: 'zendesk',
  origin: ORIGIN,
  ticketId: '48213',
  url: `${ORIGIN}/hc/en-us/requests/48213`,
  subject: 'VPN drops',
  status: { raw: 'open', category: 'open' },
  createdAt: '2024-03-04T09:00:00Z',
  events: [
    { id: 'zd-comment-1', type: 'message', side: 'client', author: 'Jane', at: '2024-03-04T09:00:00Z', text: 'VPN drops' },
    { id: 'zd-comment-2', type: 'message', side: 'client', author: 'Jane', at: '2024-03-05T09:00:00Z', text: 'Any update?' },
    { id: 'zd-comment-3', type: 'message', side: 'client', author: 'Jane', at: '2024-03-06T09:00:00Z', text: 'Still waiting' },
  ],
  capturedAt: '2024-03-06T10:00:00Z',
};
const page = `${ORIGIN}/hc/en-us/requests/48213`;
const sender: Sender = { id: 'plumbline-id', url: page, tab: { id: 4, url: page } };

let db: PlumblineDb;
let n = 0;
function deps(enabled: readonly string[] = [ORIGIN]): ContentMessageDeps {
  db = openDatabase(`background-${++n}`);
  return { db, runtimeId: 'plumbline-id', isOriginEnabled: async (origin) => enabled.includes(origin), languages: ['en-GB'], now: () => new Date('2024-03-06T10:00:00Z') };
}
afterEach(async () => db.delete());

describe('content messages: untrusted input (extension-anchors.md §5.1)', () => {
  test('a valid snapshot is stored and answered with its health and badge', async () => {
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, deps());
    expect(reply).toMatchObject({ ok: true, ticketKey: `${ORIGIN}|48213`, health: { metrics: { followUps: 2 } }, badge: { level: 'watch', label: '2 follow-ups · open 2 days' } });
    expect(await db.events.count()).toBe(3);
  });

  test('the badge speaks the language of the settings, else the browser', async () => {
    const d = deps();
    d.languages = ['fr-FR', 'en'];
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, d);
    expect(reply).toMatchObject({ ok: true, badge: { label: expect.stringMatching(/relances?/) } });
  });

  test.each<[string, Sender, readonly string[], RegExp]>([
    ['another extension', { ...sender, id: 'someone-else' }, [ORIGIN], /another extension/],
    ['a message without a tab (another extension page)', { id: 'plumbline-id', url: 'chrome-extension://plumbline-id/popup.html' }, [ORIGIN], /portal page/],
    ['a page whose origin is not enabled', sender, [], /This page's origin \(https:\/\/support\.northwind\.example\) is not enabled/],
    ['an enabled page sending another origin’s snapshot', { ...sender, url: `${OTHER}/x`, tab: { id: 4, url: `${OTHER}/x` } }, [ORIGIN, OTHER], /^Snapshot origin .* does not match the page/],
    ['an enabled tab whose frame is elsewhere', { ...sender, url: `${OTHER}/frame` }, [ORIGIN, OTHER], /does not match the page/],
  ])('refuses %s and writes nothing', async (_name, from, enabled, reason) => {
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, from, deps(enabled));
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(reason) });
    expect(await db.tickets.count()).toBe(0);
  });

  test.each<[string, unknown, RegExp]>([
    ['an entry with an unreadable time', { ...snapshot, events: [...snapshot.events, { id: 'x', type: 'message', side: 'client', at: 'yesterday' }] }, /^The page's data was refused: snapshot\.events\.3\.at: /],
    ['HTML where a status category belongs', { ...snapshot, status: { raw: 'open', category: '<img src=x onerror=alert(1)>' } }, /snapshot\.status\.category/],
    ['a ticket id with "#"', { ...snapshot, ticketId: '#48213' }, /snapshot\.ticketId/],
    ['no snapshot at all', undefined, /snapshot/],
  ])('a malformed snapshot (%s) is refused whole, with a readable reason, and nothing is written', async (_name, bad, reason) => {
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot: bad }, sender, deps());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(reason) });
    if (!reply.ok) expect(reply.error.length).toBeLessThan(400);
    expect(await db.events.count()).toBe(0);
    expect(await db.tickets.count()).toBe(0);
  });

  test('a list answers "not visited" (null) for unknown tickets and a badge for known ones', async () => {
    const d = deps();
    await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, d);
    const rows = ['48213', '48299'].map((ticketId) => ({ ticketId, subject: 's', url: `${ORIGIN}/hc/en-us/requests/${ticketId}`, status: { raw: 'open', category: 'open' as const } }));
    const listPage = `${ORIGIN}/hc/en-us/requests`;
    const reply = await handleContentMessage(
      { type: 'ingest-list', snapshot: { portal: 'zendesk', origin: ORIGIN, url: listPage, capturedAt: '2024-03-06T10:00:00Z', rows } },
      { ...sender, url: listPage, tab: { id: 4, url: listPage } },
      d,
    );
    expect(reply).toEqual({ ok: true, badges: { '48213': expect.objectContaining({ level: 'watch' }), '48299': null } });
    expect(await db.tickets.count()).toBe(1);
  });
});

describe('storage failures come back as a reply, and stored history survives them', () => {
  test('a full disk: a clear message, the earlier visit intact, nothing half-written', async () => {
    const d = deps();
    await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, d);
    const before = { tickets: await db.tickets.toArray(), events: await db.events.toArray() };
    const bulkAdd = db.events.bulkAdd.bind(db.events);
    db.events.bulkAdd = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof bulkAdd;
    const more = { ...snapshot, subject: 'VPN drops (renamed)', events: [{ id: 'zd-comment-4', type: 'message' as const, side: 'partner' as const, author: 'Bob', at: '2024-03-06T11:00:00Z', text: 'Looking' }], capturedAt: '2024-03-06T12:00:00Z' };
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot: more }, sender, d);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/no room left.*nothing already stored was lost/) });
    db.events.bulkAdd = bulkAdd;
    expect({ tickets: await db.tickets.toArray(), events: await db.events.toArray() }).toEqual(before);
  });

  test('a connection closed under the service worker is reopened and the visit stored (Dexie #1805)', async () => {
    const d = deps();
    await db.open();
    db.close();
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, d);
    expect(reply).toMatchObject({ ok: true });
    expect(await db.events.count()).toBe(3);
  });

  test('a permission check that fails is a reply, not an exception', async () => {
    const d = { ...deps(), isOriginEnabled: () => Promise.reject(new Error('permissions API unavailable')) };
    await expect(handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, d)).resolves.toEqual({ ok: false, error: expect.stringMatching(/permissions API unavailable/) });
  });
});
