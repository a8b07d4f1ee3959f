/**
 * Background service worker: the only writer of the database. Validates every message (zod) and its
 * sender, and keeps the content script registered on exactly the origins the user enabled.
 * A thin shell over lib/background (start.ts); nothing runs outside main().
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';
import { openDatabase } from '../lib/store';

export default defineBackground(() => {
  void startBackground(browser, {
    db: openDatabase(),
    languages: navigator.languages,
    now: () => new Date(),
    log: (message, error) => console.error(message, error),
  });
});
