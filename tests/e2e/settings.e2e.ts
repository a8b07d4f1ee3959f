/** Contract targets entered in Settings replace the reference defaults in the badge and popup (metrics.md §9.2 M6). */
import { describe, expect, test } from 'vitest';
import { openDashboard, openPopupFor, SCENARIO, useE2eSession } from './harness';

const session = useE2eSession();

describe('settings', () => {
  test('a generous resolution target removes "fast reply, slow fix"; a bad time zone is refused', async () => {
    const before = await session.visitTicket(SCENARIO.fastReplySlowFix);
    expect(before.badge.signs.some((sign) => sign.startsWith('Resolved in'))).toBe(true);

    const dashboard = await openDashboard(session.browser);
    await dashboard.getByRole('tab', { name: 'Settings' }).click();
    await dashboard.getByLabel('Time zone').fill('Mars/Olympus');
    await dashboard.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dashboard.getByRole('status').last().textContent()).toMatch(/not a time zone/);

    await dashboard.getByLabel('Time zone').fill('UTC');
    for (const level of ['urgent', 'high', 'normal', 'low']) await dashboard.getByLabel(`${level} resolution target`).fill('500');
    await dashboard.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dashboard.getByRole('status').last().textContent()).toMatch(/^Saved/);

    const after = await session.visitTicket(SCENARIO.fastReplySlowFix, undefined, before.page);
    expect(after.badge.signs.some((sign) => sign.startsWith('Resolved in'))).toBe(false);
    const popup = await openPopupFor(session.browser, after.page);
    await popup.getByTestId('popup-ticket').waitFor();
    const codes = await popup.getByTestId('sign').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(codes).not.toContain('fast-reply-slow-fix');
  });
});
