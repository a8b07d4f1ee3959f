/**
 * Zendesk shows no status history: a status or assignee that changed between two visits is stored as an
 * observed event (DESIGN.md data flow 2), and the popup and badge reflect it.
 */
import { describe, expect, test } from 'vitest';
import { demoTicketKey, openPopupFor, SCENARIO, useE2eSession } from './harness';
import { readStoredEvents } from './stored-data';

const session = useE2eSession();

describe('a change seen between two visits', () => {
  test('open → solved with a new assignee is stored as observed status change and assignment; the popup shows a resolution time', async () => {
    const id = SCENARIO.waitingOnPartner;
    const key = demoTicketKey(session.server, id);
    const { page } = await session.visitTicket(id);
    const before = await readStoredEvents(session.browser, key);
    expect(before.some((event) => event.observed)).toBe(false);

    // Through the demo's HTTP control route, as the demo script or a person with curl would.
    const response = await fetch(`${session.server.url}/__demo/tickets/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'solved', assignee: 'Elena Petrova' }),
    });
    expect(response.ok).toBe(true);

    await session.visitTicket(id, 1, page);
    const after = await readStoredEvents(session.browser, key);
    const statusChange = after.find((event) => event.type === 'status_change' && event.observed === true);
    expect(statusChange).toMatchObject({ to: 'solved' });
    expect(statusChange?.from).not.toBe('solved');
    const assignment = after.find((event) => event.type === 'assignment' && event.observed === true);
    expect(assignment).toMatchObject({ from: 'Daniel Okafor', to: 'Elena Petrova' });

    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    const resolution = (await popup.getByTestId('metric-resolution').textContent())?.trim() ?? '';
    expect(resolution).toMatch(/\d/);
    await popup.close();
  });

  test('solved → open is stored as a reopen: the popup counts it and the badge is no longer OK', async () => {
    const id = SCENARIO.reopened;
    const key = demoTicketKey(session.server, id);
    const { page, badge: before } = await session.visitTicket(id);
    expect(before.level).toBe('ok');

    session.server.advance(id, { next: true }); // the client writes back, the ticket is open again

    const { badge: after } = await session.visitTicket(id, 1, page);
    const events = await readStoredEvents(session.browser, key);
    const reopen = events.find((event) => event.type === 'status_change' && event.observed === true);
    expect(reopen).toMatchObject({ from: 'solved', to: 'open' });
    expect(after.level).not.toBe('ok');

    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    expect((await popup.getByTestId('metric-reopens').textContent())?.trim()).toMatch(/^1\b/);
    await popup.close();
  });
});
