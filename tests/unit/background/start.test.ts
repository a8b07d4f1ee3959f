import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECIPES_KEY } from '../../../lib/background/recipes';
import type { Sender } from '../../../lib/background/content-messages';
import { routeMessage, type RouterDeps } from '../../../lib/background/router';
import { startBackground, type BackgroundApi } from '../../../lib/background/start';
import { openDatabase } from '../../../lib/store';

/**
 * The background's wiring against WXT's fake browser (runtime, tabs), with small recording fakes for the
 * APIs it does not implement (permissions, scripting) — extension-anchors.md §2.8.
 */
interface Script {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

function listeners<T extends (...args: never[]) => unknown>() {
  const list: T[] = [];
  return { addListener: (listener: T) => void list.push(listener), fire: (...args: Parameters<T>) => Promise.all(list.map((listener) => listener(...args))) };
}

let counter = 0;
function setUp(initiallyGranted: string[]) {
  const granted = [...initiallyGranted];
  const registered = new Map<string, Script>();
  const injected: number[] = [];
  const onAdded = listeners<(permissions: { origins?: string[] }) => void>();
  const onRemoved = listeners<(permissions: { origins?: string[] }) => void>();
  const api = {
    runtime: fakeBrowser.runtime,
    tabs: fakeBrowser.tabs,
    storage: fakeBrowser.storage,
    permissions: {
      getAll: async () => ({ origins: [...granted], permissions: ['storage', 'scripting'] }),
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.includes(origin)),
      remove: async ({ origins = [] }: { origins?: string[] }) => {
        for (const origin of origins) if (granted.includes(origin)) granted.splice(granted.indexOf(origin), 1);
        return true;
      },
      onAdded,
      onRemoved,
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: Script[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => void ids.forEach((id) => registered.delete(id)),
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        if (target.tabId < 0) throw new Error('Cannot access contents of the page');
        injected.push(target.tabId);
        return [];
      },
    },
  } as unknown as BackgroundApi;
  const db = openDatabase(`start-test-${++counter}`);
  const grant = async (pattern: string) => {
    granted.push(pattern);
    await onAdded.fire({ origins: [pattern] });
  };
  const revoke = async (pattern: string) => {
    granted.splice(granted.indexOf(pattern), 1);
    await onRemoved.fire({ origins: [pattern] });
  };
  return { api, db, registered, injected, granted, grant, revoke };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const options = (db: ReturnType<typeof openDatabase>) => ({ db, languages: ['en'], now: () => new Date('2024-03-06T10:00:00Z'), log: () => undefined });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('content script registration follows the granted origins (extension-anchors.md §2.5)', () => {
  test('at load: one persistent script per granted http(s) origin — the e2e build’s 127.0.0.1 and localhost included', async () => {
    const setup = setUp(['http://127.0.0.1/*', 'http://localhost/*', '<all_urls>']);
    await startBackground(setup.api, options(setup.db));
    expect([...setup.registered.values()]).toEqual([
      { id: 'plumbline-portal:http://127.0.0.1', js: ['/content-scripts/portal.js'], matches: ['http://127.0.0.1/*'], runAt: 'document_idle', persistAcrossSessions: true },
      { id: 'plumbline-portal:http://localhost', js: ['/content-scripts/portal.js'], matches: ['http://localhost/*'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    await setup.db.delete();
  });

  test('a grant registers the origin and injects the script into its open tabs (a tab that refuses is skipped); a withdrawal unregisters it', async () => {
    const setup = setUp([]);
    await startBackground(setup.api, options(setup.db));
    const open = await fakeBrowser.tabs.create({ url: 'https://help.example/hc/en-us/requests/7' });
    await fakeBrowser.tabs.create({ url: 'https://elsewhere.example/' });
    setup.api.tabs.query = (async () => [{ id: open.id }, { id: -1 }]) as unknown as BackgroundApi['tabs']['query'];
    await setup.grant('https://help.example/*');
    await settle();
    expect([...setup.registered.keys()]).toEqual(['plumbline-portal:https://help.example']);
    expect(setup.injected).toEqual([open.id]);
    await setup.revoke('https://help.example/*');
    await settle();
    expect(setup.registered.size).toBe(0);
    await setup.db.delete();
  });

  test('on browser start-up a script whose permission went away meanwhile is unregistered', async () => {
    const setup = setUp(['https://help.example/*']);
    await startBackground(setup.api, options(setup.db));
    setup.granted.length = 0;
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(setup.registered.size).toBe(0);
    await setup.db.delete();
  });
});

describe('runtime messages reach the right handler', () => {
  const ORIGIN = 'https://help.example';
  const snapshot = {
    portal: 'zendesk', origin: ORIGIN, ticketId: '7', url: `${ORIGIN}/hc/en-us/requests/7`, subject: 'Printer offline', status: { raw: 'open', category: 'open' },
    events: [{ id: 'zd-comment-1', type: 'message', side: 'client', author: 'Jane', at: '2024-03-05T09:00:00Z', text: 'The printer is offline.' }],
    capturedAt: '2024-03-06T10:00:00Z',
  };
  const fromPortal: Sender = { id: 'test-extension-id', url: `${ORIGIN}/hc/en-us/requests/7`, tab: { id: 3, url: `${ORIGIN}/hc/en-us/requests/7` } };
  const fromPopup = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
  /** The listener answers with its returned promise (webextension-polyfill), never through sendResponse. */
  const noReply = () => undefined;
  /** The sender as the browser describes a portal tab's content script. */
  const portalSender = async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${ORIGIN}/hc/en-us/requests/7` });
    return { id: fakeBrowser.runtime.id, url: tab.url, tab };
  };

  test('a snapshot from an enabled portal page is stored and answered', async () => {
    const setup = setUp([`${ORIGIN}/*`]);
    await startBackground(setup.api, options(setup.db));
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ingest-ticket', snapshot }, await portalSender(), noReply);
    expect(reply).toMatchObject({ ok: true, ticketKey: `${ORIGIN}|7` });
    expect(await setup.db.tickets.count()).toBe(1);
    await setup.db.delete();
  });

  test('the popup may enable a granted origin; a portal page may not enable or disable anything', async () => {
    const setup = setUp([`${ORIGIN}/*`, 'https://other.example/*']);
    await startBackground(setup.api, options(setup.db));
    const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'disable-origin', origin: ORIGIN }, await portalSender(), noReply);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/own pages/) });
    expect(setup.granted).toContain(`${ORIGIN}/*`);
    const [done] = await fakeBrowser.runtime.onMessage.trigger({ type: 'disable-origin', origin: ORIGIN }, fromPopup, noReply);
    expect(done).toEqual({ ok: true });
    expect(setup.granted).toEqual(['https://other.example/*']);
    expect([...setup.registered.keys()]).toEqual(['plumbline-portal:https://other.example']);
    await setup.db.delete();
  });

  describe('recipes (issue 4): imported from the dashboard, taught in a portal page', () => {
    const recipe = JSON.parse(readFileSync(join(__dirname, '../../fixtures/taught/harbor.recipe.json'), 'utf8')) as { id: string; origins: string[] };
    const HARBOR = 'https://clients.harbor-it.example';
    const stored = async () => ((await fakeBrowser.storage.local.get(RECIPES_KEY))[RECIPES_KEY] ?? []) as { id: string }[];
    const fromHarbor = async () => {
      const tab = await fakeBrowser.tabs.create({ url: `${HARBOR}/client/cases/HB-2041` });
      return { id: fakeBrowser.runtime.id, url: tab.url, tab };
    };

    test('the dashboard imports recipes (same id replaces) and deletes them; a portal page may not import', async () => {
      const setup = setUp([`${HARBOR}/*`]);
      await startBackground(setup.api, options(setup.db));
      const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'save-recipes', recipes: [recipe] }, await fromHarbor(), noReply);
      expect(refused).toMatchObject({ ok: false });
      expect(await stored()).toEqual([]);
      const [first] = await fakeBrowser.runtime.onMessage.trigger({ type: 'save-recipes', recipes: [recipe] }, fromPopup, noReply);
      expect(first).toEqual({ ok: true, added: 1, replaced: 0 });
      const [again] = await fakeBrowser.runtime.onMessage.trigger({ type: 'save-recipes', recipes: [{ ...recipe, name: 'Harbor (v2)' }] }, fromPopup, noReply);
      expect(again).toEqual({ ok: true, added: 0, replaced: 1 });
      expect((await stored()).map((r) => [r.id, (r as { name?: string }).name])).toEqual([['recipe:Harbor IT', 'Harbor (v2)']]);
      const [bad] = await fakeBrowser.runtime.onMessage.trigger({ type: 'save-recipes', recipes: [{ ...recipe, detect: { ticketUrl: ['(['], fingerprint: {} } }] }, fromPopup, noReply);
      expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/not a valid regular expression/) });
      expect(await stored()).toHaveLength(1);
      const [deleted] = await fakeBrowser.runtime.onMessage.trigger({ type: 'delete-recipe', id: recipe.id }, fromPopup, noReply);
      expect(deleted).toEqual({ ok: true });
      expect(await stored()).toEqual([]);
      await setup.db.delete();
    });

    test('a page may save a taught recipe for its own enabled origin only, never a built-in id', async () => {
      const setup = setUp([`${HARBOR}/*`]);
      await startBackground(setup.api, options(setup.db));
      const sender = await fromHarbor();
      const [elsewhere] = await fakeBrowser.runtime.onMessage.trigger({ type: 'teach-recipe', recipe: { ...recipe, origins: ['https://other.example'] } }, sender, noReply);
      expect(elsewhere).toMatchObject({ ok: false, error: expect.stringMatching(/can only apply to https:\/\/clients\.harbor-it\.example/) });
      const [builtIn] = await fakeBrowser.runtime.onMessage.trigger({ type: 'teach-recipe', recipe: { ...recipe, id: 'zendesk' } }, sender, noReply);
      expect(builtIn).toMatchObject({ ok: false });
      expect(await stored()).toEqual([]);
      const [saved] = await fakeBrowser.runtime.onMessage.trigger({ type: 'teach-recipe', recipe }, sender, noReply);
      expect(saved).toEqual({ ok: true, id: 'recipe:Harbor IT' });
      expect((await stored()).map((r) => r.id)).toEqual(['recipe:Harbor IT']);
      await setup.db.delete();
    });

    test('a page of an origin that is not enabled cannot teach', async () => {
      const setup = setUp([]);
      await startBackground(setup.api, options(setup.db));
      const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'teach-recipe', recipe }, await fromHarbor(), noReply);
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/not enabled/) });
      await setup.db.delete();
    });
  });

  test.each([
    ['an unknown type', { type: 'page-state' }],
    ['no type', { hello: 'world' }],
    ['not an object', 'ingest-ticket'],
    ['null', null],
  ])('%s gets no answer (undefined), leaving it to other listeners', (_name, message) => {
    const deps = {} as RouterDeps; // never touched: routing happens before any handler runs
    expect(routeMessage(message, fromPortal, deps)).toBeUndefined();
  });
});
