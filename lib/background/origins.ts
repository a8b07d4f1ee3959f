/**
 * Where the content script runs: exactly the origins the user granted (optional host permissions asked
 * from the popup), plus those the e2e build grants up front. One registered script per origin,
 * persisted, re-synced at start-up and whenever permissions change (extension-anchors.md §2.5).
 */
import type { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_FILE = '/content-scripts/portal.js';
const ID_PREFIX = 'plumbline-portal:';

type Scripting = Pick<typeof browser.scripting, 'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts' | 'executeScript'>;
type Permissions = Pick<typeof browser.permissions, 'getAll' | 'remove' | 'contains'>;
type Tabs = Pick<typeof browser.tabs, 'query'>;

export interface OriginDeps {
  scripting: Scripting;
  permissions: Permissions;
  tabs: Tabs;
}

/** `https://help.example/*` → `https://help.example`; anything that is not one http(s) origin → null. */
export function originOfPattern(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : null;
}

export async function enabledOrigins(deps: Pick<OriginDeps, 'permissions'>): Promise<string[]> {
  const { origins = [] } = await deps.permissions.getAll();
  return [...new Set(origins.map(originOfPattern).filter((origin): origin is string => origin !== null))].sort();
}

/**
 * Whether a page's origin (with its port) is covered by a granted pattern: the browser does the matching
 * (a pattern without a port, such as the e2e build's http://127.0.0.1/*, covers every port).
 */
export async function isOriginEnabled(deps: Pick<OriginDeps, 'permissions'>, origin: string): Promise<boolean> {
  return deps.permissions.contains({ origins: [`${origin}/*`] });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Make the registered content scripts match the enabled origins; returns the origins newly registered.
 * Calls are serialised: the popup's "enable" and `permissions.onAdded` arrive together, and two concurrent
 * registrations of one id would fail.
 */
export function syncContentScripts(deps: OriginDeps): Promise<string[]> {
  const run = queue.then(() => syncNow(deps));
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(deps: OriginDeps): Promise<string[]> {
  const wanted = new Set(await enabledOrigins(deps));
  const registered = (await deps.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
  const present = new Set(registered.map((script) => script.id.slice(ID_PREFIX.length)));
  const stale = [...present].filter((origin) => !wanted.has(origin));
  if (stale.length) await deps.scripting.unregisterContentScripts({ ids: stale.map((origin) => ID_PREFIX + origin) });
  const fresh = [...wanted].filter((origin) => !present.has(origin));
  if (fresh.length) {
    await deps.scripting.registerContentScripts(
      fresh.map((origin) => ({
        id: ID_PREFIX + origin,
        js: [CONTENT_SCRIPT_FILE],
        matches: [`${origin}/*`],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return fresh;
}

/** Run the content script in tabs already open on an origin that was just enabled. */
export async function injectIntoOpenTabs(deps: OriginDeps, origin: string): Promise<void> {
  const tabs = await deps.tabs.query({ url: `${origin}/*` });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : deps.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}

export async function enableOrigin(deps: OriginDeps, origin: string): Promise<void> {
  const fresh = await syncContentScripts(deps);
  if (fresh.includes(origin)) await injectIntoOpenTabs(deps, origin);
}

export async function disableOrigin(deps: OriginDeps, origin: string): Promise<void> {
  await deps.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
  await syncContentScripts(deps);
}
