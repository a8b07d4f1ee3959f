/**
 * The dashboard's figures (issue 6 rows "scorecard" and "dashboard"): computing the partner scorecard
 * over 10,000 stored tickets, and the dashboard's first rows with 10,000 tickets stored, in Chromium with
 * the built extension. The history comes from the seeded generator (bench/generate.ts).
 */
import { performance } from 'node:perf_hooks';
import { scoredHistory } from '../lib/dashboard/scored-history';
import { DEFAULT_SETTINGS } from '../lib/model/settings';
import type { StoredEvent, StoredTicket } from '../lib/model/stored';
import { computeScorecard } from '../lib/scorecard';
import { currentHealth } from '../lib/store';
import type { ExtensionBrowser } from '../demo/launch/extension-browser';
import { histories, storedRows } from './generate';

export interface DashboardHistory {
  tickets: StoredTicket[];
  events: StoredEvent[];
  now: Date;
}

/** 10,000 tickets with their health as the background would have stored it. */
export function dashboardHistory(count = 10_000): DashboardHistory {
  const snapshots = histories(count, 20);
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

/** Navigation start → the first ticket row in the DOM, for each of `runs` loads (after a warm-up). */
export async function dashboardFirstRows(browser: ExtensionBrowser, history: DashboardHistory, runs: number): Promise<number[]> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await page.evaluate(async (tickets) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('plumbline');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('tickets', 'readwrite');
        const store = tx.objectStore('tickets');
        for (const ticket of tickets) store.put(ticket);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, history.tickets);
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
