/**
 * The background's wiring, given the extension APIs (the real `browser`, or fakes in tests): keep the
 * content script registered on exactly the enabled origins — at load, on install/update, on browser
 * start-up and whenever a permission is granted or withdrawn (extension-anchors.md §2.5) — and answer
 * runtime messages. Listeners are added synchronously, so a message that woke the service worker is heard.
 */
import type { PlumblineDb } from '../store';
import type { Sender } from './content-messages';
import { enableOrigin, injectIntoOpenTabs, isOriginEnabled, originOfPattern, syncContentScripts, type OriginDeps } from './origins';
import type { RecipeStorage } from './recipes';
import { routeMessage } from './router';

interface Event<Listener> {
  addListener(listener: Listener): void;
}

export interface BackgroundApi extends OriginDeps {
  storage: { local: RecipeStorage };
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: Event<(message: unknown, sender: Sender) => Promise<unknown> | undefined>;
    onInstalled: Event<() => void>;
    onStartup: Event<() => void>;
  };
  permissions: OriginDeps['permissions'] & {
    onAdded: Event<(permissions: { origins?: string[] }) => void>;
    onRemoved: Event<(permissions: { origins?: string[] }) => void>;
  };
}

export interface BackgroundOptions {
  db: PlumblineDb;
  languages: readonly string[];
  now(): Date;
  /** Where registration problems go (the service worker's console). */
  log(message: string, error: unknown): void;
}

/** Returns the first sync (tests await it; the service worker does not need to). */
export function startBackground(api: BackgroundApi, options: BackgroundOptions): Promise<void> {
  const origins: OriginDeps = { scripting: api.scripting, permissions: api.permissions, tabs: api.tabs };
  // Tabs already open on a newly registered origin (install, update, a grant) get the script injected too.
  const sync = (): Promise<void> =>
    syncContentScripts(origins)
      .then((fresh) => Promise.all(fresh.map((origin) => injectIntoOpenTabs(origins, origin))))
      .then(() => undefined)
      .catch((error: unknown) => options.log('[plumbline] registering the content script failed', error));

  api.runtime.onInstalled.addListener(() => void sync());
  api.runtime.onStartup.addListener(() => void sync());
  api.permissions.onAdded.addListener((added) => {
    for (const origin of (added.origins ?? []).map(originOfPattern)) {
      if (origin) enableOrigin(origins, origin).catch((error: unknown) => options.log(`[plumbline] enabling ${origin} failed`, error));
    }
  });
  api.permissions.onRemoved.addListener(() => void sync());

  const deps = {
    content: {
      db: options.db,
      runtimeId: api.runtime.id,
      isOriginEnabled: (origin: string) => isOriginEnabled(origins, origin),
      languages: options.languages,
      now: options.now,
    },
    page: { ...origins, recipes: api.storage.local, runtimeId: api.runtime.id, extensionBase: api.runtime.getURL('/') },
    teach: { runtimeId: api.runtime.id, isOriginEnabled: (origin: string) => isOriginEnabled(origins, origin), recipes: api.storage.local },
    displayTimes: { runtimeId: api.runtime.id, isOriginEnabled: (origin: string) => isOriginEnabled(origins, origin), scripting: api.scripting },
  };
  api.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, deps));
  return sync();
}
