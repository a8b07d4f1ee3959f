import type { ListSnapshot, TicketSnapshot } from '../model';

export interface ScrapeContext {
  /** "Now" for relative dates ("2 hours ago") — the capture time. */
  now: Date;
  /** IANA zone for dates printed without one. */
  timeZone: string;
}

export type PageKind = 'ticket' | 'list';

/** Where the content script puts its badges: after the title, at the end of each row's subject cell. */
export interface PageAnchors {
  title: Element | null;
  rows: Map<string, Element>;
}

/** One portal: how to recognise its pages and read them (Sourcegraph-style code-host adapter). */
export interface PortalAdapter {
  readonly id: string;
  /** URL pattern and DOM fingerprint; cheap, runs on every page of an enabled site. */
  detect(doc: Document, url: URL): PageKind | null;
  scrapeTicket(doc: Document, url: URL, ctx: ScrapeContext): TicketSnapshot;
  scrapeList(doc: Document, url: URL, ctx: ScrapeContext): ListSnapshot;
  anchors(doc: Document, page: PageKind): PageAnchors;
}

/** A page a recipe recognised but could not read (say, a ticket page without its timeline). */
export class ScrapeError extends Error {
  override name = 'ScrapeError';
}
