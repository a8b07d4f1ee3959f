/**
 * The dashboard's figures (issue 6 rows "scorecard" and "dashboard"): computing the partner scorecard
 * over 10,000 stored tickets, and the dashboard's first rows with 10,000 tickets stored, in Chromium with
 * the built extension. The history comes from the seeded generator (bench/generate.ts).
 */
import { performance } from 'node:perf_hooks';
import { scoredHistory } from '../lib/dashboard/scored-history';
import { DEFAULT_SETTINGS } from '../lib/model/settings';
import type { TicketSnapshot } from '../lib/model/snapshot';
import type { StoredEvent, StoredTicket } from '../lib/model/stored';
import { computeScorecard } from '../lib/scorecard';
import { currentHealth } from '../lib/store';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../demo/launch/extension-browser';
import { histories, storedRows } from './generate';

export interface DashboardHistory {
  tickets: StoredTicket[];
  events: StoredEvent[];
  now: Date;
}

/** Every time of a snapshot moved by `shiftMs` (a seeded history made to end today). */
function shifted(snapshot: TicketSnapshot, shiftMs: number): TicketSnapshot {
  const move = (iso: string | undefined) => (iso === undefined ? undefined : new Date(Date.parse(iso) + shiftMs).toISOString());
  return {
    ...snapshot,
    ...(snapshot.createdAt ? { createdAt: move(snapshot.createdAt)! } : {}),
    ...(snapshot.updatedAt ? { updatedAt: move(snapshot.updatedAt)! } : {}),
    capturedAt: move(snapshot.capturedAt)!,
    events: snapshot.events.map((event) => ({ ...event, at: move(event.at)! })),
  };
}

/**
 * `count` tickets with their health as the background would have stored it (10,000 for the benchmark).
 * `endingAt` moves the whole history so its last capture is then (screenshots of recent trends).
 */
export function dashboardHistory(count = 10_000, options: { endingAt?: Date; eventsPerTicket?: number; origin?: string; distinct?: boolean } = {}): DashboardHistory {
  let snapshots = histories(count, options.eventsPerTicket ?? 20);
  // The generator draws subjects and first messages from short lists, so every ticket "came back"; a
  // screenshot wants each ticket to name its own asset, as real ones do.
  if (options.distinct) {
    snapshots = snapshots.map((snapshot, index) => {
      // Five letters from the base-26 digits of a scrambled n: distinct for every n up to 26^5.
      const word = (n: number) => {
        let x = Math.imul(n + 1, 2654435761) >>> 0;
        return Array.from({ length: 5 }, () => {
          const letter = String.fromCharCode(97 + (x % 26));
          x = Math.floor(x / 26);
          return letter;
        }).join('');
      };
      const asset = [1, 2, 3, 4].map((k) => word(index * 4 + k)).join(' ');
      return { ...snapshot, subject: `${snapshot.subject} (${asset})`, events: snapshot.events.map((event, position) => (position === 0 ? { ...event, text: `${event.text ?? ''} Affected: ${asset}.` } : event)) };
    });
  }
  const last = Math.max(...snapshots.map((s) => Date.parse(s.capturedAt)));
  if (options.endingAt) snapshots = snapshots.map((snapshot) => shifted(snapshot, options.endingAt!.getTime() - last));
  if (options.origin) {
    const origin = options.origin;
    snapshots = snapshots.map((snapshot) => ({ ...snapshot, origin, url: snapshot.url.replace(snapshot.origin, origin) }));
  }
  const { tickets, events } = storedRows(snapshots);
  const now = new Date(Math.max(...snapshots.map((s) => Date.parse(s.capturedAt))) + 3_600_000);
  const byKey = new Map<string, StoredEvent[]>();
  for (const event of events) (byKey.get(event.ticketKey) ?? byKey.set(event.ticketKey, []).get(event.ticketKey)!).push(event);
  for (const ticket of tickets) ticket.health = currentHealth(ticket, byKey.get(ticket.key) ?? [], DEFAULT_SETTINGS, now);
  return { tickets, events, now };
}

/** Median ms of computeScorecard (window 90 days) once the tickets are scored, and the scoring itself. */
export function scorecardTimes(history: DashboardHistory, runs: number): { score: number; compute: number } {
  const started = performance.now();
  const scored = scoredHistory(history.tickets, history.events, DEFAULT_SETTINGS, history.now);
  const score = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    computeScorecard(scored, { now: history.now, settings: DEFAULT_SETTINGS });
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { score, compute: times[Math.floor(times.length / 2)]! };
}

/** Writes tickets (and events) into the extension's database from one of its pages (raw IndexedDB). */
export async function seedExtensionDatabase(page: Page, history: Pick<DashboardHistory, 'tickets'> & { events?: StoredEvent[] }): Promise<void> {
  await page.evaluate(async ({ tickets, events }) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('plumbline');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['tickets', 'events'], 'readwrite');
        for (const ticket of tickets) tx.objectStore('tickets').put(ticket);
        for (const event of events) tx.objectStore('events').put(event);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, { tickets: history.tickets, events: history.events ?? [] });
}

/** Navigation start → the first ticket row in the DOM, for each of `runs` loads (after a warm-up). */
export async function dashboardFirstRows(browser: ExtensionBrowser, history: DashboardHistory, runs: number): Promise<number[]> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await seedExtensionDatabase(page, { tickets: history.tickets });
  await page.addInitScript(() => {
    const scope = globalThis as unknown as { __firstRows?: number };
    new MutationObserver((_records, observer) => {
      if (document.querySelector('[data-testid="ticket-row"]')) {
        scope.__firstRows = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.reload();
    await page.waitForFunction(() => (globalThis as unknown as { __firstRows?: number }).__firstRows !== undefined, undefined, { timeout: 60_000 });
    const at = await page.evaluate(() => (globalThis as unknown as { __firstRows: number }).__firstRows);
    if (i > 0) times.push(at);
  }
  await page.close();
  return times;
}
