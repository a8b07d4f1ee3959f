/**
 * Content script, registered at runtime on the origins the user enabled (lib/background/origins.ts).
 * A thin shell: the work is in lib/content/page-controller.ts. No React, no zod here — it runs on every
 * portal page, so it stays small; the background validates everything it receives.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../lib/content/page-controller';
import { RECIPES_KEY } from '../../lib/background/recipes';
import type { ContentMessage } from '../../lib/model/messages';
import type { RecipeSource } from '../../lib/portals';

const LOADED = Symbol.for('plumbline.content');

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected into already-open tabs and registered for new ones: never run twice in one page.
    const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    // The user's recipes for this origin, from storage.local (written only by the background, validated).
    let recipes: readonly RecipeSource[] = [];
    const readRecipes = (value: unknown) => {
      const all = Array.isArray(value) ? (value as RecipeSource[]) : [];
      recipes = all.filter((recipe) => !recipe.origins || recipe.origins.includes(location.origin));
    };

    const controller = new PageController({
      doc: document,
      href: () => location.href,
      send: (message: ContentMessage) => browser.runtime.sendMessage(message),
      now: () => new Date(),
      languages: navigator.languages,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      recipes: () => recipes,
      loadDisplayTimes: async () => {
        const reply = (await browser.runtime.sendMessage({ type: 'load-display-times' })) as { ok?: boolean } | undefined;
        return reply?.ok === true;
      },
    });

    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page-state') {
        return controller.scan().then(() => controller.state);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'hashchange', () => controller.schedule());
    ctx.addEventListener(window, 'popstate', () => controller.schedule());
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.schedule());
    // Back to a list kept in the back/forward cache: its badges predate the ticket just visited.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) controller.schedule();
    });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      controller.stop();
      scope[LOADED] = false;
    });
    // A recipe taught or imported while the page is open applies at once.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(RECIPES_KEY in changes)) return;
      readRecipes(changes[RECIPES_KEY]?.newValue);
      void controller.scan();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    void browser.storage.local
      .get(RECIPES_KEY)
      .then((items) => readRecipes(items[RECIPES_KEY]))
      .catch(() => undefined)
      .then(() => controller.start());
  },
});
