/**
 * Serves the unit-test fixture pages (tests/fixtures/<portal>/<case>.html) over HTTP on 127.0.0.1, each
 * at the address it was saved from — taken from `<case>.expected.json` (the `inspect` output shape:
 * `{portal, page, ticket: {url, ticketId}|null, list: {url, rows}|null}`) — so the recipes' URL patterns
 * see what they would on the real portal. A page without expectations is served at `/<portal>/<case>.html`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../demo/launch/project-paths';

export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures');

export interface FixturePage {
  portal: string;
  name: string;
  file: string;
  /** Path and query the page is served at. */
  path: string;
  /** The saved address's hash (`#ticket/zoom/88` of a single-page portal): kept in the browser, never sent. */
  hash?: string;
  /** What inspect expects of it, when known. */
  expected?: { page: 'ticket' | 'list' | null; ticketId?: string; rowCount?: number };
}

export interface FixtureServer {
  url: string;
  pages: FixturePage[];
  urlOf(page: FixturePage): string;
  close(): Promise<void>;
}

function readExpectation(file: string): { servedAt?: string; hash?: string; expected: FixturePage['expected'] } | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as { page?: unknown; ticket?: { url?: unknown; ticketId?: unknown } | null; list?: { url?: unknown; rows?: unknown } | null };
  const page = record.page === 'ticket' || record.page === 'list' ? record.page : null;
  const address = page === 'ticket' ? record.ticket?.url : page === 'list' ? record.list?.url : undefined;
  let servedAt: string | undefined;
  let hash: string | undefined;
  if (typeof address === 'string') {
    try {
      const parsed = new URL(address);
      servedAt = `${parsed.pathname}${parsed.search}`;
      hash = parsed.hash || undefined;
    } catch {
      servedAt = undefined;
    }
  }
  return {
    servedAt,
    ...(hash ? { hash } : {}),
    expected: {
      page,
      ticketId: typeof record.ticket?.ticketId === 'string' ? record.ticket.ticketId : undefined,
      rowCount: Array.isArray(record.list?.rows) ? record.list.rows.length : undefined,
    },
  };
}

/** Path and query of the address a page was saved from (`<case>.page.json` url), when it says. */
function savedFrom(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const { url } = JSON.parse(readFileSync(file, 'utf8')) as { url?: unknown };
    if (typeof url !== 'string') return undefined;
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return undefined;
  }
}

/** Every fixture page of one portal folder (empty when the folder is missing or empty). */
export function fixturePages(portal: string): FixturePage[] {
  const dir = path.join(FIXTURES_DIR, portal);
  if (!existsSync(dir)) return [];
  const used = new Set<string>();
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expectation = readExpectation(path.join(dir, `${name}.expected.json`));
      // Two fixtures saved from the same address: the second one gets its own path.
      let servedAt = expectation?.servedAt ?? savedFrom(path.join(dir, `${name}.page.json`)) ?? `/${portal}/${file}`;
      if (used.has(servedAt)) servedAt = `/${portal}/${file}`;
      used.add(servedAt);
      return { portal, name, file: path.join(dir, file), path: servedAt, ...(expectation?.hash ? { hash: expectation.hash } : {}), expected: expectation?.expected };
    });
}

export async function startFixtureServer(portal: string, host = '127.0.0.1'): Promise<FixtureServer> {
  const pages = fixturePages(portal);
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixtures.invalid');
    const page = byPath.get(`${url.pathname}${url.search}`) ?? byPath.get(url.pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return void response.end('no fixture here');
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(readFileSync(page.file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    pages,
    urlOf: (page) => `${origin}${page.path}${page.hash ?? ''}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
