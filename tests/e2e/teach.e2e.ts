/**
 * Teaching Plumbline a portal no built-in recipe knows (issue 4), entirely through the picker in
 * Chromium with real mouse clicks: the Harbor IT client area (tests/fixtures/taught), served at the
 * addresses it was saved from. Then the taught recipe reads the portal's other tickets, and it can be
 * exported, deleted and imported back from the dashboard.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { openDashboard, openPopupFor, saveDownloadFromButton, useE2eSession, waitForTicketBadge } from './harness';

const session = useE2eSession();
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer('taught');
});
afterAll(async () => {
  await server?.close();
});

const FIRST = '/client/cases/HB-2041';
const SECOND = '/client/cases/HB-2057';

/** A real mouse click in the middle of the element, as a user would pick it. */
async function pickWithMouse(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function expectStep(page: Page, text: RegExp): Promise<void> {
  await expect.poll(() => page.locator('plumbline-teach .step').textContent(), { timeout: 10_000 }).toMatch(text);
}

async function popupSaysNotRecognised(page: Page): Promise<void> {
  const popup = await openPopupFor(session.browser, page);
  await popup.getByTestId('not-recognised').waitFor();
  await popup.close();
}

describe('teach this portal', () => {
  test('seven clicks on one ticket page teach a recipe: badges on that ticket and on another one', async () => {
    const page = await session.newPage();
    await page.goto(`${server.url}${FIRST}`);
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('not-recognised').waitFor();
    await popup.getByRole('button', { name: 'Teach Plumbline this portal' }).click();
    await page.locator('plumbline-teach .panel').waitFor();

    await expectStep(page, /message that you/);
    await pickWithMouse(page, 'article[data-post="9001"] .post-text');
    await expectStep(page, /name of its author/);
    await pickWithMouse(page, 'article[data-post="9001"] .post-author');
    await expectStep(page, /date or time/);
    await pickWithMouse(page, 'article[data-post="9001"] .post-date');
    await expectStep(page, /its text/);
    await pickWithMouse(page, 'article[data-post="9001"] .post-text');
    await expectStep(page, /written by your IT partner/);
    await pickWithMouse(page, 'article[data-post="9004"] .post-author');
    await expectStep(page, /subject/);
    await pickWithMouse(page, '.case-title');
    await expectStep(page, /status/);
    await pickWithMouse(page, '.case-state');

    // The preview reads the page before anything is saved.
    await expect.poll(() => page.locator('plumbline-teach [data-testid="teach-preview"]').textContent()).toBe('5 messages read: 4 from you, 1 from your partner.');
    await page.locator('plumbline-teach').getByRole('button', { name: 'Save recipe' }).click();

    // Saved: the page is read at once, without a reload; the two "any update" messages are follow-ups.
    const badge = await waitForTicketBadge(page);
    expect(badge.label).toMatch(/2 follow-ups/);
    expect(badge.level).not.toBe('none');
    await expect.poll(() => page.locator('plumbline-teach').count(), { timeout: 10_000 }).toBe(0);

    // Another ticket of the same portal, never opened while teaching.
    const second = await session.newPage();
    await second.goto(`${server.url}${SECOND}`);
    const secondBadge = await waitForTicketBadge(second);
    expect(secondBadge.ticketId).toBe('HB-2057');
  });

  test('the recipe is exported from the dashboard, deleted, and imported back', async () => {
    const dashboard = await openDashboard(session.browser);
    await dashboard.getByRole('tab', { name: 'Settings' }).click();
    await dashboard.getByTestId('recipe').first().waitFor();
    const dir = mkdtempSync(path.join(tmpdir(), 'plumbline-recipes-'));
    const file = await saveDownloadFromButton(dashboard, 'Export recipes (JSON)', dir);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; recipes: { origins: string[] }[] };
    expect(exported.format).toBe('plumbline-recipes');
    expect(exported.recipes).toHaveLength(1);
    expect(exported.recipes[0]?.origins).toEqual([server.url]);

    dashboard.once('dialog', (dialog) => void dialog.accept());
    await dashboard.getByTestId('recipe').getByRole('button', { name: 'Delete' }).click();
    await dashboard.getByText('No taught portal yet.').waitFor();
    const page = await session.newPage();
    await page.goto(`${server.url}${FIRST}`);
    await popupSaysNotRecognised(page);

    // A foreign file is refused and changes nothing.
    await dashboard.getByLabel('Import recipes (JSON)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"plumbline-backup"}') });
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toMatch(/not a Plumbline recipe file.*Nothing was changed/);

    await dashboard.getByLabel('Import recipes (JSON)').setInputFiles(file);
    await expect.poll(() => dashboard.getByRole('status').last().textContent()).toMatch(/Imported 1 new recipe/);
    const badge = await waitForTicketBadge(page);
    expect(badge.ticketId).toBe('HB-2041');
  });
});
