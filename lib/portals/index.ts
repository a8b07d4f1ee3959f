/**
 * INTERFACE STUB — replaced by the portals implementation (lib/portals owner).
 * Runs in the content script: standard DOM APIs only (textContent, never innerText), `import type` only
 * from lib/model (zod must not be bundled into the content script).
 */
import type { ListSnapshot, TicketSnapshot } from '../model';

export interface ScrapeContext {
  /** "Now" for relative dates ("2 hours ago") — the capture time. */
  now: Date;
  /** IANA zone for dates printed without one. */
  timeZone: string;
}

export type PageKind = 'ticket' | 'list';
export type PageScrape =
  | { portal: string; page: 'ticket'; ticket: TicketSnapshot }
  | { portal: string; page: 'list'; list: ListSnapshot };

/** A page a recipe recognised but could not read (say, a ticket page without its timeline). */
export class ScrapeError extends Error {
  override name = 'ScrapeError';
}

/** Which portal and page kind this is (URL pattern + DOM fingerprint), or null. Cheap. */
export function detectPage(_doc: Document, _url: string): { portal: string; page: PageKind } | null {
  throw new Error('lib/portals not implemented yet');
}

/** Detect and scrape. null = no recipe recognises the page; throws ScrapeError when recognised but unreadable. */
export function recognisePage(_doc: Document, _url: string, _ctx: ScrapeContext): PageScrape | null {
  throw new Error('lib/portals not implemented yet');
}
