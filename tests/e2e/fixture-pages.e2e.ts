/**
 * The saved portal pages of the unit fixtures (tests/fixtures/<portal>/), served at the address they were
 * saved from, read by the real content script in Chromium: a ticket page gets its ticket badge, a list
 * page a badge per row, and a page `inspect` does not recognise gets none (the popup says so).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturePages, FIXTURES_DIR, startFixtureServer, type FixtureServer } from './fixture-server';
import { openPopupFor, useE2eSession, waitForRowBadges, waitForTicketBadge } from './harness';

const portals = existsSync(FIXTURES_DIR)
  ? readdirSync(FIXTURES_DIR).filter((entry) => statSync(path.join(FIXTURES_DIR, entry)).isDirectory())
  : [];
const withPages = portals.filter((portal) => fixturePages(portal).some((page) => page.expected));

const session = useE2eSession();

if (withPages.length === 0) {
  test.skip(`fixture pages: skipped — no tests/fixtures/<portal>/*.html with a .expected.json yet (looked in ${portals.map((portal) => `${portal}/`).join(', ') || 'tests/fixtures/'})`, () => undefined);
}

for (const portal of withPages) {
  describe(`${portal} fixture pages`, () => {
    let server: FixtureServer | undefined;
    beforeAll(async () => {
      server = await startFixtureServer(portal);
    });
    afterAll(async () => {
      await server?.close();
    });
    const pages = fixturePages(portal).filter((page) => page.expected);

    test.each(pages.map((page) => [page.name, page] as const))('%s', async (_name, fixture) => {
      if (!server) throw new Error('fixture server not started');
      const page = await session.newPage();
      await page.goto(server.urlOf(fixture));
      const expected = fixture.expected;
      if (expected?.page === 'ticket') {
        const badge = await waitForTicketBadge(page);
        expect(badge.ticketId).toBe(expected.ticketId);
        expect(['ok', 'watch', 'alert']).toContain(badge.level);
      } else if (expected?.page === 'list') {
        const count = expected.rowCount ?? 0;
        const badges = await waitForRowBadges(page, count);
        expect(badges).toHaveLength(count);
      } else {
        const popup = await openPopupFor(session.browser, page);
        await popup.getByTestId('not-recognised').waitFor();
        expect(await page.locator('[data-plumbline-badge]').count()).toBe(0);
        await popup.close();
      }
      await page.close();
    });
  });
}

describe('unverified markup', () => {
  test('on a portal read from documentation only (HaloPSA), the popup offers to teach a better recipe', async () => {
    const server = await startFixtureServer('halo');
    try {
      const fixture = server.pages.find((page) => page.expected?.page === 'ticket');
      if (!fixture) throw new Error('no HaloPSA ticket fixture');
      const page = await session.newPage();
      await page.goto(server.urlOf(fixture));
      await waitForTicketBadge(page);
      const popup = await openPopupFor(session.browser, page);
      await popup.getByTestId('popup-ticket').waitFor();
      await popup.getByTestId('unverified-portal').getByRole('button', { name: 'Teach Plumbline this portal' }).waitFor();
      await popup.close();
      await page.close();
    } finally {
      await server.close();
    }
  });
});
