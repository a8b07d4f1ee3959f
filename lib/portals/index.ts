/**
 * Portal detection and scraping. Runs in the content script: standard DOM APIs only (textContent, never
 * innerText) so the same code runs in jsdom for `inspect`, and `import type` only from lib/model (zod is
 * not bundled into the content script; the background validates what it receives).
 */
import type { ListSnapshot, TicketSnapshot } from '../model';
import { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext } from './adapter';
import type { RecipeSource } from './engine';
import { adaptersFor } from './registry';

export { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext, type RecipeSource };
export { recipeAdapter } from './engine';
export { hasDisplayTimeParser, registerDisplayTimeParser, takeMissedDisplayTimes } from './time-reader';
export { BUILT_IN_RECIPES } from './recipes';

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

function find(doc: Document, url: URL, userRecipes: readonly RecipeSource[]): { adapter: PortalAdapter; page: PageKind } | null {
  for (const adapter of adaptersFor(userRecipes)) {
    const page = adapter.detect(doc, url);
    if (page) return { adapter, page };
  }
  return null;
}

/** Which portal and page kind this is (URL pattern + DOM fingerprint), or null. Cheap. */
export function detectPage(doc: Document, url: string, userRecipes: readonly RecipeSource[] = []): { portal: string; page: PageKind } | null {
  const parsed = parseUrl(url);
  const found = parsed && find(doc, parsed, userRecipes);
  return found ? { portal: found.adapter.id, page: found.page } : null;
}

/**
 * Detect and scrape with the user's recipes (taught or imported, for this origin) and the built-ins.
 * null = no recipe recognises the page; throws ScrapeError when recognised but unreadable.
 */
export function recognisePage(doc: Document, url: string, ctx: ScrapeContext, userRecipes: readonly RecipeSource[] = []): PageScrape | null {
  const parsed = parseUrl(url);
  const found = parsed && find(doc, parsed, userRecipes);
  if (!parsed || !found) return null;
  const { adapter, page } = found;
  return page === 'ticket'
    ? { portal: adapter.id, page, ticket: adapter.scrapeTicket(doc, parsed, ctx) }
    : { portal: adapter.id, page, list: adapter.scrapeList(doc, parsed, ctx) };
}

/** Where the badges of a scraped page go. */
export function pageAnchors(doc: Document, scrape: PageScrape, userRecipes: readonly RecipeSource[] = []): PageAnchors {
  const adapter = adaptersFor(userRecipes).find((candidate) => candidate.id === scrape.portal);
  return adapter ? adapter.anchors(doc, scrape.page) : { title: null, rows: new Map() };
}
