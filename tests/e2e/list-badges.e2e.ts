/**
 * On the request list every row gets a badge in its subject cell: "not visited yet" until the ticket
 * has been opened once, then the ticket's health. The React list, rendered after load, gets them too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readBadges, SCENARIO, useE2eSession, waitForRowBadges, waitForTicketBadge } from './harness';

const session = useE2eSession();

/** Ticket ids of the rows, in page order, read from the rows' links. */
function rowTicketIds(page: Page, rowSelector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((row) => /\/requests\/(\d+)/.exec(row.querySelector('a[href*="/requests/"]')?.getAttribute('href') ?? '')?.[1] ?? ''),
    rowSelector,
  );
}

/** For each row, the ticket id of the badge inside its first (subject) cell, or '' when there is none. */
function badgeInSubjectCell(page: Page, rowSelector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((row) => {
        const hosts = row.querySelectorAll('td:first-child [data-plumbline-badge="row"]');
        return hosts.length === 1 ? (hosts[0]?.getAttribute('data-ticket-id') ?? '') : hosts.length === 0 ? '' : 'several';
      }),
    rowSelector,
  );
}

const LEGACY_ROWS = 'table.requests-table tbody tr';
const REACT_ROWS = 'tr[data-garden-id="tables.row"]';

describe('list badges', () => {
  test('every row of the legacy list gets one badge; none visited yet', async () => {
    const page = await session.newPage();
    await page.goto(session.server.listUrl('en-us'));
    const ids = await rowTicketIds(page, LEGACY_ROWS);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    const badges = await waitForRowBadges(page, ids.length);
    expect(badges).toHaveLength(ids.length);
    expect(await badgeInSubjectCell(page, LEGACY_ROWS)).toEqual(ids);
    for (const badge of badges) {
      expect(badge.level).toBe('none');
      expect(badge.label).toBe('not visited yet');
    }
  });

  test('after a ticket was opened, its row shows the ticket\'s health; the others stay not visited', async () => {
    const { badge: ticketBadge } = await session.visitTicket(SCENARIO.chasedThreeTimes);
    const page = await session.newPage();
    await page.goto(session.server.listUrl('en-us'));
    const ids = await rowTicketIds(page, LEGACY_ROWS);
    const badges = await waitForRowBadges(page, ids.length);
    const visited = badges.find((badge) => badge.ticketId === String(SCENARIO.chasedThreeTimes));
    expect(visited?.level).toBe(ticketBadge.level);
    expect(visited?.level).toBe('alert');
    expect(visited?.label).not.toBe('not visited yet');
    const others = badges.filter((badge) => badge.ticketId !== String(SCENARIO.chasedThreeTimes));
    expect(others.every((badge) => badge.level === 'none')).toBe(true);
  });

  test('the React list, whose table appears after load, gets a badge on every row', async () => {
    const page = await session.newPage();
    await page.goto(session.server.listUrl('en-us', 'react'));
    expect(await page.locator(REACT_ROWS).count()).toBe(0); // rendered ~300 ms after load
    await page.waitForSelector(REACT_ROWS);
    const ids = await rowTicketIds(page, REACT_ROWS);
    const badges = await waitForRowBadges(page, ids.length);
    expect(badges).toHaveLength(ids.length);
    expect(await badgeInSubjectCell(page, REACT_ROWS)).toEqual(ids);
    const visited = badges.find((badge) => badge.ticketId === String(SCENARIO.chasedThreeTimes));
    expect(visited?.level).toBe('alert');
  });

  test('the French list (/hc/fr-fr/requests) gets a badge on every row', async () => {
    const page = await session.newPage();
    await page.goto(session.server.listUrl('fr-fr'));
    const ids = await rowTicketIds(page, LEGACY_ROWS);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    await waitForRowBadges(page, ids.length);
    expect((await readBadges(page, 'row')).map((badge) => badge.ticketId)).toEqual(ids);
  });

  test('back from a ticket opened from the list, its row shows the health just read', async () => {
    const page = await session.newPage();
    await page.goto(session.server.listUrl('en-us'));
    const ids = await rowTicketIds(page, LEGACY_ROWS);
    await waitForRowBadges(page, ids.length);
    const target = String(SCENARIO.pingPong);
    const before = (await readBadges(page, 'row')).find((badge) => badge.ticketId === target);
    expect(before?.level).toBe('none');
    await page.locator(`${LEGACY_ROWS} a[href*="/requests/${target}"]`).first().click();
    const ticketBadge = await waitForTicketBadge(page);
    await page.goBack();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-plumbline-badge="row"][data-ticket-id="${id}"]`)?.getAttribute('data-level') !== 'none',
      target,
    );
    const after = (await readBadges(page, 'row')).find((badge) => badge.ticketId === target);
    expect(after?.level).toBe(ticketBadge.level);
  });
});
