/**
 * The dashboard on the demo history (issue 5): it lists what was read, filters, opens a ticket's
 * timeline, exports both CSVs (checked: header, rows, a hostile cell neutralised), shows the scorecard and
 * a trend chart, and survives back up → forget the portal → restore.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { TICKET_COLUMNS, EVENT_COLUMNS } from '../../lib/export/csv';
import { demoTicketKey, openDashboard, saveDownloadFromButton, SCENARIO, useE2eSession } from './harness';

const session = useE2eSession();
const VISITED = [SCENARIO.solvedFast, SCENARIO.escapedSubject, SCENARIO.chasedThreeTimes, SCENARIO.reopened, SCENARIO.pingPong, SCENARIO.fastReplySlowFix, SCENARIO.silent, SCENARIO.recurrence];
const dir = mkdtempSync(path.join(tmpdir(), 'plumbline-dashboard-'));

function parse(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

beforeAll(async () => {
  const page = await session.newPage();
  for (const ticket of VISITED) await session.visitTicket(ticket, undefined, page);
  await page.close();
}, 120_000);

describe('dashboard', () => {
  test('lists every ticket read, filters by text and health, and opens a ticket with its marked timeline', async () => {
    const dashboard = await openDashboard(session.browser);
    await expect.poll(() => dashboard.getByTestId('ticket-row').count()).toBe(VISITED.length);
    await expect.poll(() => dashboard.getByTestId('ticket-count').textContent()).toBe(`${VISITED.length} of ${VISITED.length} tickets`);

    await dashboard.getByLabel('Search').fill('shared drive');
    await expect.poll(() => dashboard.getByTestId('ticket-row').count()).toBe(1);
    await dashboard.getByLabel('Search').fill('');
    await dashboard.getByLabel('Health').selectOption('alert');
    const alertRows = await dashboard.getByTestId('ticket-row').count();
    expect(alertRows).toBeGreaterThan(0);
    expect(alertRows).toBeLessThan(VISITED.length);
    await dashboard.getByLabel('Health').selectOption('');

    const key = demoTicketKey(session.server, SCENARIO.chasedThreeTimes);
    await dashboard.locator(`[data-testid="ticket-row"][data-ticket-key="${key}"] button.link`).click();
    const detail = dashboard.getByTestId('ticket-detail');
    await detail.waitFor();
    expect(decodeURIComponent(new URL(dashboard.url()).hash)).toBe(`#ticket=${key}`);
    const marks = await detail.getByTestId('timeline-mark').allTextContents();
    expect(marks.filter((mark) => mark.startsWith('Follow-up'))).toHaveLength(3);
    await dashboard.getByRole('button', { name: '← Back to the history' }).click();
    await expect.poll(() => dashboard.getByTestId('ticket-row').count()).toBe(VISITED.length);
  });

  test('exports both CSVs as DESIGN.md specifies, with the formula comment neutralised', async () => {
    const dashboard = await openDashboard(session.browser);
    await dashboard.getByTestId('ticket-row').first().waitFor();
    const tickets = parse(await saveDownloadFromButton(dashboard, 'Export tickets (CSV)', dir));
    expect(tickets[0]).toEqual([...TICKET_COLUMNS]);
    expect(tickets).toHaveLength(VISITED.length + 1);
    const events = parse(await saveDownloadFromButton(dashboard, 'Export events (CSV)', dir));
    expect(events[0]).toEqual([...EVENT_COLUMNS]);
    const text = events[0]!.indexOf('text');
    const formula = events.find((row) => row[text]?.includes('HYPERLINK'));
    expect(formula?.[text]?.startsWith("'=HYPERLINK(")).toBe(true);
  });

  test('the scorecard shows the five SERVQUAL dimensions, the 12-item checklist and trend charts; evidence opens the tickets', async () => {
    const dashboard = await openDashboard(session.browser);
    await dashboard.getByRole('tab', { name: 'Scorecard' }).click();
    const card = dashboard.getByTestId('origin-scorecard').first();
    await card.waitFor();
    expect(await card.getByTestId('dimension').count()).toBe(5);
    expect(await card.getByTestId('checklist-item').count()).toBe(12);
    // Fewer than 10 tickets: rates are hidden, with the reason shown.
    expect(await card.locator('[data-testid="figure"][data-status="hidden"]').count()).toBeGreaterThan(0);
    await expect.poll(() => card.getByText(/fewer than 10 tickets/).count()).toBeGreaterThan(0);
    await expect.poll(() => card.locator('[data-testid="trend-chart"] canvas').count()).toBeGreaterThan(0);
    // The pulse survey: three questions; the answers feed the dimensions and are charted.
    const survey = dashboard.getByTestId('pulse-survey');
    expect(await survey.locator('fieldset.question').count()).toBe(3);
    expect(await card.locator('[data-dimension="tangibles"] h4').textContent()).toMatch(/not measurable/);
    await survey.locator('fieldset.question').first().getByLabel('Agree', { exact: true }).check();
    await survey.getByRole('button', { name: 'Save answers' }).click();
    await expect.poll(() => survey.getByRole('status').textContent()).toMatch(/Thank you/);
    await expect.poll(() => card.locator('[data-dimension="tangibles"] h4').textContent()).toMatch(/\d+ \/ 100/);
    await expect.poll(() => survey.locator('[data-testid="survey-chart"] canvas').count()).toBe(1);
    const evidence = card.locator('button.link', { hasText: /ticket/ }).first();
    await evidence.click();
    await expect.poll(() => dashboard.getByTestId('ticket-count').textContent()).toMatch(new RegExp(`^\\d+ of ${VISITED.length} tickets$`));
  });

  test('back up, forget the portal, restore: every ticket and entry is back', async () => {
    const dashboard = await openDashboard(session.browser);
    await dashboard.getByTestId('ticket-row').first().waitFor();
    const entries = await dashboard.getByTestId('event-count').allTextContents();
    await dashboard.getByRole('tab', { name: 'Backup' }).click();
    const backup = await saveDownloadFromButton(dashboard, 'Back up (JSON)', dir);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ format: 'plumbline-backup', version: 1 });

    await dashboard.getByLabel('Forget a portal').selectOption({ index: 1 });
    dashboard.once('dialog', (dialog) => void dialog.accept());
    await dashboard.getByRole('button', { name: 'Delete its data' }).click();
    await expect.poll(() => dashboard.getByRole('status').last().textContent()).toMatch(new RegExp(`Deleted ${VISITED.length} tickets`));

    await dashboard.getByLabel('Restore from backup').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"plumbline-recipes"}') });
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toMatch(/not a Plumbline backup.*Nothing was changed/);
    await dashboard.getByLabel('Restore from backup').setInputFiles(backup);
    await expect.poll(() => dashboard.getByRole('status').last().textContent(), { timeout: 15_000 }).toMatch(new RegExp(`Restored: ${VISITED.length} new tickets`));

    await dashboard.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => dashboard.getByTestId('ticket-row').count()).toBe(VISITED.length);
    expect((await dashboard.getByTestId('event-count').allTextContents()).sort()).toEqual([...entries].sort());
  });
});
