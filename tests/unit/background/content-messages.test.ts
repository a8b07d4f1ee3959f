import { afterEach, describe, expect, test } from 'vitest';
import { handleContentMessage, type ContentMessageDeps } from '../../../lib/background/content-messages';
import type { TicketSnapshot } from '../../../lib/model/snapshot';
import { openDatabase, type PlumblineDb } from '../../../lib/store';

const ORIGIN = 'https://support.northwind.example';
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
const sender = { id: 'plumbline-id', tab: { id: 4, url: `${ORIGIN}/hc/en-us/requests/48213` } };

let db: PlumblineDb;
let n = 0;
function deps(enabled = true): ContentMessageDeps {
  db = openDatabase(`background-${++n}`);
  return { db, runtimeId: 'plumbline-id', isOriginEnabled: async (origin) => enabled && origin === ORIGIN, languages: ['en-GB'], now: () => new Date('2024-03-06T10:00:00Z') };
}
afterEach(async () => db.delete());

describe('content messages: untrusted input (extension-anchors.md §5.1)', () => {
  test('a valid snapshot is stored and answered with the badge', async () => {
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, deps());
    expect(reply).toMatchObject({ ok: true, ticketKey: `${ORIGIN}|48213`, badge: { level: 'watch', label: '2 follow-ups · open 2 days' } });
    expect(await db.events.count()).toBe(3);
  });

  test.each([
    ['another extension', { ...sender, id: 'someone-else' }, /another extension/],
    ['a message without a tab', { id: 'plumbline-id' }, /portal page/],
    ['a page on another origin', { ...sender, tab: { id: 4, url: 'https://evil.example/x' } }, /does not match/],
  ])('refuses %s and writes nothing', async (_name, from, reason) => {
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, from, deps());
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(reason) });
    expect(await db.tickets.count()).toBe(0);
  });

  test('refuses a site that is not enabled', async () => {
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, deps(false));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not enabled/) });
    expect(await db.tickets.count()).toBe(0);
  });

  test('a malformed snapshot is refused whole, with a readable reason', async () => {
    const bad = { ...snapshot, events: [...snapshot.events, { id: 'x', type: 'message', side: 'client', at: 'yesterday' }] };
    const reply = await handleContentMessage({ type: 'ingest-ticket', snapshot: bad }, sender, deps());
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^The page's data was refused: snapshot\.events\.3\.at/) });
    expect(await db.events.count()).toBe(0);
  });

  test('a list answers "not visited" (null) for unknown tickets and a badge for known ones', async () => {
    const d = deps();
    await handleContentMessage({ type: 'ingest-ticket', snapshot }, sender, d);
    const rows = ['48213', '48299'].map((ticketId) => ({ ticketId, subject: 's', url: `${ORIGIN}/hc/en-us/requests/${ticketId}`, status: { raw: 'open', category: 'open' as const } }));
    const reply = await handleContentMessage({ type: 'ingest-list', snapshot: { portal: 'zendesk', origin: ORIGIN, url: `${ORIGIN}/hc/en-us/requests`, capturedAt: '2024-03-06T10:00:00Z', rows } }, { ...sender, tab: { id: 4, url: `${ORIGIN}/hc/en-us/requests` } }, d);
    expect(reply).toMatchObject({ ok: true, badges: { '48213': { level: 'watch' }, '48299': null } });
  });
});
