/**
 * Background service worker: the only writer of the database. Validates every message (zod) and its
 * sender, and keeps the content script registered on exactly the origins the user enabled.
 * A thin shell over lib/background.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentMessage, type Sender } from '../lib/background/content-messages';
import { enableOrigin, injectIntoOpenTabs, isOriginEnabled, originOfPattern, syncContentScripts, type OriginDeps } from '../lib/background/origins';
import { handlePageMessage, isPageMessage } from '../lib/background/page-messages';
import { openDatabase } from '../lib/store';

export default defineBackground(() => {
  const db = openDatabase();
  const originDeps: OriginDeps = { scripting: browser.scripting, permissions: browser.permissions, tabs: browser.tabs };
  // Tabs already open on a newly registered origin (install, update) get the script injected too.
  const sync = () =>
    syncContentScripts(originDeps)
      .then((fresh) => Promise.all(fresh.map((origin) => injectIntoOpenTabs(originDeps, origin))))
      .catch((error: unknown) => console.error('[plumbline] registering the content script failed', error));

  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener((added) => {
    for (const origin of (added.origins ?? []).map(originOfPattern)) if (origin) void enableOrigin(originDeps, origin).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(() => void sync());
  void sync();

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (isPageMessage(message)) {
      return handlePageMessage(message, sender, { ...originDeps, runtimeId: browser.runtime.id, extensionBase: browser.runtime.getURL('/') });
    }
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type !== 'ingest-ticket' && type !== 'ingest-list') return undefined;
    return handleContentMessage(message, sender, {
      db,
      runtimeId: browser.runtime.id,
      isOriginEnabled: (origin) => isOriginEnabled(originDeps, origin),
      languages: navigator.languages,
      now: () => new Date(),
    });
  });
});
