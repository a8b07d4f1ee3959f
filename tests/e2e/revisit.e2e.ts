/**
 * Visiting a ticket again never duplicates its events; comment pages add up (events are unioned by id,
 * DESIGN.md data flow 2).
 */
import { describe, expect, test } from 'vitest';
import { commentsOnPage, dashboardEventCount, demoTicketKey, SCENARIO, useE2eSession, waitForTicketBadge } from './harness';
import { readStoredEvents } from './stored-data';

const session = useE2eSession();

describe('revisiting a ticket', () => {
  test('two visits of the same ticket store each comment once', async () => {
    const key = demoTicketKey(session.server, SCENARIO.chasedThreeTimes);
    const { page } = await session.visitTicket(SCENARIO.chasedThreeTimes);
    const comments = await commentsOnPage(page);
    expect(comments).toBe(6);
    const first = await readStoredEvents(session.browser, key);
    expect(first.filter((event) => event.type === 'message')).toHaveLength(comments);

    await page.reload();
    await waitForTicketBadge(page);
    const second = await readStoredEvents(session.browser, key);
    expect(second.map((event) => event.id).sort()).toEqual(first.map((event) => event.id).sort());
    expect(await dashboardEventCount(session.browser, key)).toBe(first.length);
  });

  test('both comment pages of a long ticket add up, and reading page 1 again adds nothing', async () => {
    const key = demoTicketKey(session.server, SCENARIO.longThread);
    const { page } = await session.visitTicket(SCENARIO.longThread, 1);
    const onFirstPage = await commentsOnPage(page);
    await page.goto(session.server.ticketUrl(SCENARIO.longThread, 2));
    await waitForTicketBadge(page);
    const onSecondPage = await commentsOnPage(page);
    expect(onFirstPage + onSecondPage).toBe(44);

    const afterBoth = await readStoredEvents(session.browser, key);
    expect(afterBoth.filter((event) => event.type === 'message')).toHaveLength(44);

    await page.goto(session.server.ticketUrl(SCENARIO.longThread, 1));
    await waitForTicketBadge(page);
    const again = await readStoredEvents(session.browser, key);
    expect(again).toHaveLength(afterBoth.length);
    expect(await dashboardEventCount(session.browser, key)).toBe(afterBoth.length);
  });
});
