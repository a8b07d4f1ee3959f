/**
 * Content script, registered at runtime on the origins the user enabled (lib/background/origins.ts).
 * A thin shell: the work is in lib/content/page-controller.ts. No React, no zod here — it runs on every
 * portal page, so it stays small; the background validates everything it receives.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../lib/content/page-controller';
import type { ContentMessage } from '../../lib/model/messages';

const LOADED = Symbol.for('plumbline.content');

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected into already-open tabs and registered for new ones: never run twice in one page.
    const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    const controller = new PageController({
      doc: document,
      href: () => location.href,
      send: (message: ContentMessage) => browser.runtime.sendMessage(message),
      now: () => new Date(),
      languages: navigator.languages,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
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
    void controller.start();
  },
});
