/**
 * Portal detection and scraping. Runs in the content script: standard DOM APIs only (textContent, never
 * innerText) so the same code runs in jsdom for `inspect`, and `import type` only from lib/model (zod is
 * not bundled into the content script; the background validates what it receives).
 */
import type { ListSnapshot, TicketSnapshot } from '../model';
import { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext } from './adapter';
import { ADAPTERS } from './registry';

export { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext };

export type PageScrape =
  | { portal: string; page: 'ticket'; ticket: TicketSnapshot }
  | { portal: string; page: 'list'; list: ListSnapshot };

function parseUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

function find(doc: Document, url: URL): { adapter: PortalAdapter; page: PageKind } | null {
  for (const adapter of ADAPTERS) {
    const page = adapter.detect(doc, url);
    if (page) return { adapter, page };
  }
  return null;
}

/** Which portal and page kind this is (URL pattern + DOM fingerprint), or null. Cheap. */
export function detectPage(doc: Document, url: string): { portal: string; page: PageKind } | null {
  const parsed = parseUrl(url);
  const found = parsed && find(doc, parsed);
  return found ? { portal: found.adapter.id, page: found.page } : null;
}

/** Detect and scrape. null = no recipe recognises the page; throws ScrapeError when recognised but unreadable. */
export function recognisePage(doc: Document, url: string, ctx: ScrapeContext): PageScrape | null {
  const parsed = parseUrl(url);
  const found = parsed && find(doc, parsed);
  if (!parsed || !found) return null;
  const { adapter, page } = found;
  return page === 'ticket'
    ? { portal: adapter.id, page, ticket: adapter.scrapeTicket(doc, parsed, ctx) }
    : { portal: adapter.id, page, list: adapter.scrapeList(doc, parsed, ctx) };
}

/** Where the badges of a scraped page go. */
export function pageAnchors(doc: Document, scrape: PageScrape): PageAnchors {
  const adapter = ADAPTERS.find((candidate) => candidate.id === scrape.portal);
  return adapter ? adapter.anchors(doc, scrape.page) : { title: null, rows: new Map() };
}
