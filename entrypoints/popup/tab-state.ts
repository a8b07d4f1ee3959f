/**
 * Which page the popup is about and what Plumbline knows of it. The popup acts on the active tab, or on
 * `?tab=<id>` (used to open the popup as a page, e.g. in end-to-end tests and the demo's screenshots).
 */
import { browser } from 'wxt/browser';
import { PageStateSchema, type PageState } from '../../lib/model/messages';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'not-web' }
  | { kind: 'not-enabled'; tabId: number; origin: string }
  | { kind: 'no-script'; tabId: number; origin: string }
  | { kind: 'page'; tabId: number; origin: string; page: PageState };

export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Ask the tab's content script what it found; it answers only where Plumbline is enabled. */
async function askPage(tabId: number): Promise<PageState | undefined> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'page-state' });
    const parsed = PageStateSchema.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function readTabState(tabId: number | undefined): Promise<TabState> {
  if (tabId === undefined) return { kind: 'not-web' };
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url || !/^https?:\/\//.test(url)) return { kind: 'not-web' };
  const origin = new URL(url).origin;
  const enabled = await browser.permissions.contains({ origins: [originPattern(origin)] });
  if (!enabled) return { kind: 'not-enabled', tabId, origin };
  const page = await askPage(tabId);
  return page ? { kind: 'page', tabId, origin, page } : { kind: 'no-script', tabId, origin };
}
