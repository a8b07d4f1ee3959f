/**
 * On a ticket page the badge sits next to the title with the ticket's level and a short label; focus or
 * hover shows the warning signs in plain language; the portal's CSS cannot restyle it.
 */
import { describe, expect, test } from 'vitest';
import { SCENARIO, useE2eSession } from './harness';

const session = useE2eSession();

describe('ticket badge', () => {
  test('the ticket chased three times shows "3 follow-ups" at alert level, next to the title', async () => {
    const { page, badge } = await session.visitTicket(SCENARIO.chasedThreeTimes);
    expect(badge.kind).toBe('ticket');
    expect(badge.ticketId).toBe(String(SCENARIO.chasedThreeTimes));
    expect(badge.level).toBe('alert');
    expect(badge.label).toMatch(/\b3 follow-ups\b/);
    const besideTitle = await page.evaluate(() => {
      const host = document.querySelector('[data-plumbline-badge="ticket"]');
      return Boolean(host?.closest('h1.request-title') || host?.previousElementSibling?.matches('h1.request-title'));
    });
    expect(besideTitle).toBe(true);
    expect(await page.locator('[data-plumbline-badge]').count()).toBe(1);
  });

  test('a ticket solved within the hour in one touch is OK', async () => {
    const { badge } = await session.visitTicket(SCENARIO.solvedFast);
    expect(badge.level).toBe('ok');
  });

  test('a French ticket page (/hc/fr-fr/) is read too: three "relances" make it an alert', async () => {
    const { badge } = await session.visitTicket(SCENARIO.frenchChased);
    expect(badge.ticketId).toBe(String(SCENARIO.frenchChased));
    expect(badge.level).toBe('alert');
    expect(badge.label).toMatch(/\b3\b/);
  });

  test('focusing or hovering the badge shows the warning signs in plain language', async () => {
    const { page } = await session.visitTicket(SCENARIO.chasedThreeTimes);
    const badge = page.locator('[data-plumbline-badge="ticket"] .pl-badge');
    const tooltip = page.locator('[data-plumbline-badge="ticket"] [role="tooltip"]');
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.isVisible()).toBe(false);

    await badge.focus();
    await tooltip.waitFor({ state: 'visible' });
    const signs = await tooltip.locator('li').allTextContents();
    expect(signs.length).toBeGreaterThanOrEqual(1);
    expect(signs.join(' ')).toMatch(/follow/i);
    for (const sign of signs) {
      expect(sign.trim().split(/\s+/).length, `"${sign}" should be a sentence, not a code`).toBeGreaterThanOrEqual(3);
    }

    await badge.blur();
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await badge.hover();
    await tooltip.waitFor({ state: 'visible' });
  });

  test('the theme\'s "h1 span" rule does not restyle the badge', async () => {
    const { page } = await session.visitTicket(SCENARIO.chasedThreeTimes);
    const styles = await page.evaluate(() => {
      const pick = (element: Element) => {
        const style = getComputedStyle(element);
        return { fontFamily: style.fontFamily, fontStyle: style.fontStyle, color: style.color, letterSpacing: style.letterSpacing, fontSize: style.fontSize };
      };
      // A plain span in the title proves the page rule is live.
      const probe = document.createElement('span');
      probe.textContent = 'probe';
      document.querySelector('h1.request-title')?.append(probe);
      const page = pick(probe);
      probe.remove();
      const root = document.querySelector('[data-plumbline-badge="ticket"]')?.shadowRoot;
      const label = root?.querySelector('.pl-label');
      const badge = root?.querySelector('.pl-badge');
      return { page, label: label ? pick(label) : null, badge: badge ? pick(badge) : null };
    });
    expect(styles.page.fontFamily).toMatch(/Georgia/);
    for (const ours of [styles.label, styles.badge]) {
      expect(ours).not.toBeNull();
      expect(ours?.fontFamily).not.toMatch(/Georgia/);
      expect(ours?.fontStyle).toBe('normal');
      expect(ours?.color).not.toBe(styles.page.color);
      expect(ours?.letterSpacing).toBe('normal');
      expect(Number.parseFloat(ours?.fontSize ?? '0')).toBeLessThan(20);
    }
  });
});
