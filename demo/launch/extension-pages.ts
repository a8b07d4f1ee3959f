/**
 * The extension's own pages as a user sees them: the popup opened for a given tab
 * (`popup.html?tab=<id>` — Playwright cannot click the toolbar button), the dashboard, and its
 * CSV downloads.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}
interface ChromeTabs {
  tabs: { query(queryInfo: object): Promise<TabInfo[]> };
}

/**
 * Run `fn` in the extension's origin: in its service worker, or — if Chromium stopped the idle worker
 * and none answers — in one of its pages. Both have the `chrome.*` APIs and the extension's IndexedDB.
 */
export async function evaluateInExtension<Arg, Result>(
  browser: ExtensionBrowser,
  fn: (arg: Arg) => Result | Promise<Result>,
  arg: Arg,
): Promise<Result> {
  // Arguments here are plain JSON values, for which Playwright's Unboxed<Arg> is Arg itself.
  const pageFunction = fn as (arg: unknown) => Result | Promise<Result>;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const worker = await browser.serviceWorker();
      return await worker.evaluate(pageFunction, arg as unknown);
    } catch (error) {
      lastError = error;
    }
  }
  const helper = await browser.context.newPage();
  try {
    await helper.goto(browser.extensionUrl('popup.html?tab=0'));
    return await helper.evaluate(pageFunction, arg as unknown);
  } catch (error) {
    throw new Error(`could not run code in the extension: ${String(lastError ?? error)}`);
  } finally {
    await helper.close();
  }
}

/** Tabs whose address is `url` (or whose title is `title`), asked of the extension (e2e build: `tabs` permission). */
function queryTabs(browser: ExtensionBrowser, match: { url?: string; title?: string }): Promise<number[]> {
  return evaluateInExtension(
    browser,
    async (target: { url?: string; title?: string }) => {
      const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const tabs = await api.tabs.query({});
      return tabs
        .filter((tab) => (target.url === undefined || tab.url === target.url) && (target.title === undefined || tab.title === target.title))
        .map((tab) => tab.id)
        .filter((id): id is number => typeof id === 'number');
    },
    match,
  );
}

/** The browser's tab id of a Playwright page. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const byUrl = await queryTabs(browser, { url: page.url() });
  if (byUrl.length === 1 && byUrl[0] !== undefined) return byUrl[0];
  // Several tabs show the same address: tell them apart by a unique title for a moment.
  const token = `plumbline-tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const original = await page.evaluate((title) => {
    const before = document.title;
    document.title = title;
    return before;
  }, token);
  try {
    const byTitle = await queryTabs(browser, { title: token });
    if (byTitle.length !== 1 || byTitle[0] === undefined) {
      throw new Error(`cannot find the tab showing ${page.url()} (the e2e build needs the "tabs" permission to see addresses outside its host permissions)`);
    }
    return byTitle[0];
  } finally {
    await page.evaluate((title) => (document.title = title), original);
  }
}

export const POPUP_SIZE = { width: 400, height: 600 };

/** The popup as it would open over `page`, in its own ~400×600 page. */
export async function openPopupFor(browser: ExtensionBrowser, page: Page, size = POPUP_SIZE): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

export async function openDashboard(browser: ExtensionBrowser, size = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(browser.extensionUrl('dashboard.html'));
  return page;
}

/**
 * Click the button named `buttonName` (e.g. "Export tickets (CSV)") and save the download in `dir`,
 * under `fileName` or the name the page suggested. Returns the saved path.
 */
export async function saveDownloadFromButton(page: Page, buttonName: string, dir: string, fileName?: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const target = path.join(dir, fileName ?? download.suggestedFilename());
  await download.saveAs(target);
  return target;
}
