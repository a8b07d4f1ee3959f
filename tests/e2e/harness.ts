/**
 * The e2e harness: one Chromium with the Plumbline e2e build and one demo portal per test file (fresh
 * profile, so a fresh database), plus the helpers the specs share. Launch, badge reading and extension
 * pages live in demo/launch/ — the demo's headless tour uses the same code.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForTicketBadge, type BadgeReading } from '../../demo/launch/badges';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../demo/launch/extension-browser';
import { openDashboard } from '../../demo/launch/extension-pages';
import { e2eExtensionDir } from '../../demo/launch/project-paths';
import { startDemoServer, type DemoServer } from '../../demo/server';

export { readBadges, waitForRowBadges, waitForTicketBadge, type BadgeReading } from '../../demo/launch/badges';
export { evaluateInExtension, openDashboard, openPopupFor, saveDownloadFromButton, tabIdOf } from '../../demo/launch/extension-pages';
export { SCENARIO } from '../../demo/data';

export interface E2eSession {
  readonly browser: ExtensionBrowser;
  readonly server: DemoServer;
  newPage(): Promise<Page>;
  /** Open a demo ticket (comment page N) in a new tab and wait for its badge. */
  visitTicket(ticketId: number, commentPage?: number, page?: Page): Promise<{ page: Page; badge: BadgeReading }>;
}

/** Start the browser and the demo server before the file's tests, stop both after. */
export function useE2eSession(): E2eSession {
  let browser: ExtensionBrowser | undefined;
  let server: DemoServer | undefined;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchExtensionBrowser({ extensionDir: e2eExtensionDir(), headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const session: E2eSession = {
    get browser() {
      if (!browser) throw new Error('the browser is not running (did beforeAll fail?)');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the demo server is not running (did beforeAll fail?)');
      return server;
    },
    newPage: () => session.browser.context.newPage(),
    visitTicket: async (ticketId, commentPage, existing) => {
      const page = existing ?? (await session.newPage());
      await page.goto(session.server.ticketUrl(ticketId, commentPage));
      return { page, badge: await waitForTicketBadge(page) };
    },
  };
  return session;
}

/** The stored-ticket key of a demo ticket (lib/model/stored.ts ticketKey: `${origin}|${ticketId}`). */
export function demoTicketKey(server: DemoServer, ticketId: number): string {
  return `${server.url}|${ticketId}`;
}

/** The event count the dashboard shows for one ticket, once its row is there. */
export async function dashboardEventCount(browser: ExtensionBrowser, ticketKey: string): Promise<number> {
  const dashboard = await openDashboard(browser);
  try {
    const row = dashboard.locator(`[data-testid="ticket-row"][data-ticket-key="${ticketKey.replace(/"/g, '\\"')}"]`);
    await row.waitFor({ timeout: 10_000 });
    const text = (await row.getByTestId('event-count').textContent())?.trim() ?? '';
    const count = Number(text.replace(/[^\d]/g, ''));
    if (!text || Number.isNaN(count)) throw new Error(`the dashboard's event count for ${ticketKey} is not a number: "${text}"`);
    return count;
  } finally {
    await dashboard.close();
  }
}

/** Number of public comments the demo page shows (li.comment). */
export function commentsOnPage(page: Page): Promise<number> {
  return page.locator('ul.comment-list > li.comment').count();
}
