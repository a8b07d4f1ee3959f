// @vitest-environment jsdom
/**
 * The content script carries no date grammar (lib/portals/time-reader.ts): on a page that prints its
 * times as text (RT), it has the grammar loaded once and reads the page again — and never sends the
 * background a snapshot with those entries missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageController } from '../../../lib/content/page-controller';
import type { ContentMessage } from '../../../lib/model/messages';
import { parseDisplayTime } from '../../../lib/portals/display-time';
import { registerDisplayTimeParser } from '../../../lib/portals/time-reader';

const GRAMMAR = Symbol.for('plumbline.displayTime');
const URL = 'https://rt.northwind-msp.example/SelfService/Display.html?id=4471';

function load(file: string) {
  const html = readFileSync(join(__dirname, '../../fixtures/rt', file), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

afterEach(() => {
  registerDisplayTimeParser(parseDisplayTime);
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('display times load on demand', () => {
  test('an RT page (text times only): the grammar is loaded once, then the whole timeline is sent', async () => {
    load('detail-open-rt5.html');
    delete (globalThis as Record<symbol, unknown>)[GRAMMAR];
    const send = vi.fn(async (_message: ContentMessage) => ({ ok: true, ticketKey: 'k', health: {}, badge: { level: 'ok', label: 'OK', signs: [] } }));
    const loadDisplayTimes = vi.fn(async () => {
      registerDisplayTimeParser(parseDisplayTime);
      return true;
    });
    const controller = new PageController({ doc: document, href: () => URL, send, now: () => new Date('2024-03-15T10:00:00Z'), languages: ['en'], timeZone: 'Europe/London', debounceMs: 10, loadDisplayTimes });
    await controller.start();
    controller.stop();
    expect(loadDisplayTimes).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ type: 'ingest-ticket', snapshot: { ticketId: '4471', createdAt: '2024-03-11T09:02:11Z', events: { length: 7 } } });
  });

  test('if the grammar cannot be loaded, the page is still read with what is machine-readable, and asked once', async () => {
    load('detail-open-rt5.html');
    delete (globalThis as Record<symbol, unknown>)[GRAMMAR];
    const send = vi.fn(async (_message: ContentMessage) => ({ ok: false, error: 'refused' }));
    const loadDisplayTimes = vi.fn(async () => false);
    const controller = new PageController({ doc: document, href: () => URL, send, now: () => new Date('2024-03-15T10:00:00Z'), languages: ['en'], timeZone: 'Europe/London', debounceMs: 10, loadDisplayTimes });
    await controller.start();
    await controller.scan();
    controller.stop();
    expect(loadDisplayTimes).toHaveBeenCalledTimes(1);
  });
});
