/**
 * The popup about one tab: a ticket's metrics and signs, a list's summary, "Enable on this site" where
 * Plumbline is not enabled, "not recognised" on an enabled page that is neither.
 */
import { describe, expect, test, afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { openPopupFor, SCENARIO, useE2eSession, waitForRowBadges } from './harness';

const session = useE2eSession();

/** The same portal on 127.0.0.2: match patterns compare hosts exactly, so http://127.0.0.1/* does not cover it. */
let elsewhere: DemoServer | undefined;
beforeAll(async () => {
  elsewhere = await startDemoServer({ host: '127.0.0.2' });
});
afterAll(async () => {
  await elsewhere?.close();
});

const METRICS = ['followUps', 'handoffs', 'responders', 'reopens', 'firstResponse', 'resolution', 'age'];

describe('popup', () => {
  test('for a ticket tab: subject, level, metrics and warning signs', async () => {
    const { page } = await session.visitTicket(SCENARIO.chasedThreeTimes);
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    expect((await popup.getByTestId('ticket-subject').textContent())?.trim()).toBe('Shared drive S: not mapping for new starters');
    await expect.poll(() => popup.getByTestId('health-level').getAttribute('data-level')).toBe('alert');
    for (const metric of METRICS) {
      expect(await popup.getByTestId(`metric-${metric}`).count(), `metric-${metric}`).toBe(1);
    }
    expect((await popup.getByTestId('metric-followUps').textContent())?.trim()).toMatch(/^3\b/);
    expect(await popup.getByTestId('sign').count()).toBeGreaterThanOrEqual(1);
    expect(await popup.getByRole('button', { name: 'Disable on this site' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Open dashboard' }).or(popup.getByRole('link', { name: 'Open dashboard' })).count()).toBe(1);
  });

  test('shows a subject with quotes, < > and & exactly as text', async () => {
    const { page } = await session.visitTicket(SCENARIO.escapedSubject);
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    expect((await popup.getByTestId('ticket-subject').textContent())?.trim()).toBe('Acrobat for Accounts: can\'t open "Q3 <Draft>.pdf" & other ERP exports');
    expect(await popup.locator('[data-testid="ticket-subject"] *').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('health-level').getAttribute('data-level')).toBe('ok');
  });

  test('for the list tab: a summary of the rows', async () => {
    const page = await session.newPage();
    await page.goto(session.server.listUrl('en-us'));
    const rows = await page.locator('table.requests-table tbody tr').count();
    await waitForRowBadges(page, rows);
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-list').waitFor();
    expect(await popup.getByTestId('list-summary').textContent()).toContain(String(rows));
  });

  test('on an enabled page that is neither a ticket nor a list: "not recognised"', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.url}/hc/en-us`);
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('not-recognised').waitFor();
    expect(await popup.getByRole('button', { name: 'Disable on this site' }).count()).toBe(1);
  });

  test('on a site not enabled: "Enable on this site", and no badge on the page', async () => {
    if (!elsewhere) throw new Error('second demo server not started');
    const page = await session.newPage();
    await page.goto(elsewhere.ticketUrl(SCENARIO.chasedThreeTimes));
    const popup = await openPopupFor(session.browser, page);
    await popup.getByRole('button', { name: 'Enable on this site' }).waitFor();
    expect(await popup.getByTestId('popup-ticket').count()).toBe(0);
    expect(await page.locator('[data-plumbline-badge]').count()).toBe(0);
  });
});
