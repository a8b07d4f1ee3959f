/**
 * Conformance: every saved portal page under tests/fixtures/<portal>/ is read exactly as its
 * `<case>.expected.json` says (Sourcegraph-style fixtures per site and page variant). `<case>.page.json`
 * holds the address the page was saved from, "now" and the time zone; a case without an expected file
 * must NOT be recognised. New portals only add files.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { ListSnapshotSchema, TicketSnapshotSchema } from '../../../lib/model';
import { recognisePage } from '../../../lib/portals';

const ROOT = join(__dirname, '../../fixtures');

interface PageInfo {
  url: string;
  now: string;
  tz: string;
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((portal) =>
    readdirSync(join(ROOT, portal.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ portal: portal.name, name: file.replace(/\.html$/, ''), dir: join(ROOT, portal.name) })),
  );

function load(dir: string, name: string) {
  const info = JSON.parse(readFileSync(join(dir, `${name}.page.json`), 'utf8')) as PageInfo;
  const { document } = new JSDOM(readFileSync(join(dir, `${name}.html`), 'utf8'), { url: info.url }).window;
  return recognisePage(document, info.url, { now: new Date(info.now), timeZone: info.tz });
}

describe('portal fixtures conform to their expected snapshots', () => {
  test('there are fixtures for every portal folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  test.each(cases)('$portal/$name', ({ dir, name }) => {
    const result = load(dir, name);
    const expectedFile = join(dir, `${name}.expected.json`);
    if (!existsSync(expectedFile)) {
      expect(result).toBeNull();
      return;
    }
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>;
    expect(result).not.toBeNull();
    const actual = { portal: result?.portal, page: result?.page, ticket: result?.page === 'ticket' ? result.ticket : null, list: result?.page === 'list' ? result.list : null };
    expect(actual).toEqual(expected);
    // What a recipe produces is always a valid contract snapshot.
    if (actual.ticket) expect(TicketSnapshotSchema.safeParse(actual.ticket).success).toBe(true);
    if (actual.list) expect(ListSnapshotSchema.safeParse(actual.list).success).toBe(true);
  });
});
