/**
 * The headless tour (`npm run demo -- --headless`): visit every demo page with the extension loaded,
 * show one change between two visits (the reopened ticket), then save what a user would see —
 * screenshots of a ticket with its badge and tooltip, the list with a badge on every row, the popup,
 * the dashboard — and the tickets CSV.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCENARIO } from './data';
import { waitForRowBadges, waitForTicketBadge, type BadgeReading } from './launch/badges';
import type { ExtensionBrowser } from './launch/extension-browser';
import { dashboardHistory, seedExtensionDatabase } from '../bench/dashboard';
import { openDashboard, openPopupFor, saveDownloadFromButton } from './launch/extension-pages';
import type { DemoPage, DemoServer } from './server';

export interface TourOptions {
  browser: ExtensionBrowser;
  server: DemoServer;
  outDir: string;
  log?: (line: string) => void;
  /** Per-page wait for badges. Default 20 s. */
  badgeTimeoutMs?: number;
}

export interface TourResult {
  visited: number;
  ticketScreenshot: string;
  listScreenshot: string;
  popupScreenshot: string;
  dashboardScreenshot: string;
  scorecardScreenshot: string;
  trendsScreenshot: string;
  ticketsCsv: string;
}

export class TourError extends Error {
  override name = 'TourError';
  constructor(
    readonly step: string,
    cause: unknown,
    readonly page?: Page,
  ) {
    super(`${step}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
  }
}

/** Rows a list page shows (legacy table or the Garden table once rendered). */
async function countListRows(page: Page, variant: DemoPage['variant'], timeout: number): Promise<number> {
  if (variant === 'react') {
    await page.waitForSelector('tr[data-garden-id="tables.row"]', { timeout });
    return page.locator('tr[data-garden-id="tables.row"]').count();
  }
  return page.locator('table.requests-table tbody tr').count();
}

function describe(badge: BadgeReading): string {
  return `${badge.level}${badge.label ? ` — ${badge.label}` : ''}`;
}

/** YYYY-MM-DD in local time, as in plumbline-tickets-YYYY-MM-DD.csv (DESIGN.md "CSV export"). */
function localDate(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export async function runHeadlessTour(options: TourOptions): Promise<TourResult> {
  const { browser, server, outDir } = options;
  const log = options.log ?? (() => undefined);
  const timeout = options.badgeTimeoutMs ?? 20_000;
  mkdirSync(outDir, { recursive: true });
  const page = await browser.context.newPage();

  const step = async <T>(name: string, action: () => Promise<T>, on: Page = page): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw new TourError(name, error, on);
    }
  };

  const visitTicket = (url: string, name: string) =>
    step(name, async () => {
      await page.goto(url);
      return waitForTicketBadge(page, timeout);
    });

  // The reopen scenario starts solved: visit it once before the story moves on.
  const reopenedUrl = server.ticketUrl(SCENARIO.reopened);
  const before = await visitTicket(reopenedUrl, `first visit of #${SCENARIO.reopened} (solved)`);
  log(`  #${SCENARIO.reopened} while solved: ${describe(before)}`);

  let visited = 1;
  for (const demoPage of server.pages()) {
    const name = `visit ${demoPage.url}`;
    if (demoPage.kind === 'home') {
      await step(name, () => page.goto(demoPage.url));
      log(`  ${demoPage.url} — home page (nothing to read)`);
    } else if (demoPage.kind === 'list') {
      const badges = await step(name, async () => {
        await page.goto(demoPage.url);
        const rows = await countListRows(page, demoPage.variant, timeout);
        return waitForRowBadges(page, rows, timeout);
      });
      log(`  ${demoPage.url} — ${badges.length} rows with a badge`);
    } else {
      const badge = await visitTicket(demoPage.url, name);
      const pageNote = demoPage.commentPage && demoPage.commentPage > 1 ? ` (comment page ${demoPage.commentPage})` : '';
      log(`  #${demoPage.ticketId}${pageNote}: ${describe(badge)}`);
    }
    visited += 1;
  }

  // One change between two visits: the solved ticket comes back.
  server.advance(SCENARIO.reopened, { next: true });
  const after = await visitTicket(reopenedUrl, `second visit of #${SCENARIO.reopened} (reopened)`);
  visited += 1;
  log(`  #${SCENARIO.reopened} after it was reopened: ${describe(after)}`);

  const listScreenshot = path.join(outDir, 'list.png');
  await step('list screenshot', async () => {
    await page.goto(server.listUrl('en-us'));
    const rows = await countListRows(page, 'legacy', timeout);
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('[data-plumbline-badge="row"]')].filter((host) => host.getAttribute('data-level') && host.getAttribute('data-level') !== 'none').length >= expected,
      rows,
      { timeout },
    );
    await page.screenshot({ path: listScreenshot, fullPage: true });
  });

  const ticketScreenshot = path.join(outDir, 'ticket.png');
  await step('ticket screenshot', async () => {
    await page.goto(server.ticketUrl(SCENARIO.chasedThreeTimes));
    await waitForTicketBadge(page, timeout);
    const badge = page.locator('[data-plumbline-badge="ticket"] .pl-badge');
    await badge.focus();
    await page.locator('[data-plumbline-badge="ticket"] [role="tooltip"]').waitFor({ state: 'visible', timeout: 5_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: ticketScreenshot });
  });

  const popupScreenshot = path.join(outDir, 'popup.png');
  await step('popup screenshot', async () => {
    const popup = await openPopupFor(browser, page);
    try {
      await popup.getByTestId('popup-ticket').waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: popupScreenshot });
    } finally {
      await popup.close();
    }
  });

  const dashboardScreenshot = path.join(outDir, 'dashboard.png');
  const ticketsCsv = await step('dashboard screenshot and CSV export', async () => {
    const dashboard = await openDashboard(browser);
    try {
      await dashboard.getByTestId('ticket-row').first().waitFor({ timeout: 10_000 });
      await dashboard.screenshot({ path: dashboardScreenshot, fullPage: true });
      return await saveDownloadFromButton(dashboard, 'Export tickets (CSV)', outDir, `plumbline-tickets-${localDate()}.csv`);
    } finally {
      await dashboard.close();
    }
  });

  const scorecardScreenshot = path.join(outDir, 'scorecard.png');
  const trendsScreenshot = path.join(outDir, 'trends.png');
  await step('scorecard and trend screenshots', async () => {
    const dashboard = await openDashboard(browser, { width: 1360, height: 1000 });
    try {
      await dashboard.getByRole('tab', { name: 'Scorecard' }).click();
      const card = dashboard.getByTestId('origin-scorecard').first();
      await card.waitFor({ timeout: 10_000 });
      await card.locator('.scorecard-grid').screenshot({ path: scorecardScreenshot });
      // The demo portal's tickets span two months; trends need a year: a seeded history of another
      // (invented) partner portal, ending today, shows them.
      await seedExtensionDatabase(dashboard, dashboardHistory(600, { endingAt: new Date(), eventsPerTicket: 8, origin: 'https://helpdesk.trend-demo.example', distinct: true }));
      await dashboard.reload();
      await dashboard.getByRole('tab', { name: 'Scorecard' }).click();
      const trends = dashboard.locator('[data-testid="origin-scorecard"][data-origin="https://helpdesk.trend-demo.example"] .trends');
      await trends.locator('canvas').first().waitFor({ timeout: 20_000 });
      await trends.screenshot({ path: trendsScreenshot });
    } finally {
      await dashboard.close();
    }
  });

  await page.close();
  return { visited, ticketScreenshot, listScreenshot, popupScreenshot, dashboardScreenshot, scorecardScreenshot, trendsScreenshot, ticketsCsv };
}
