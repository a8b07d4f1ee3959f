/**
 * What the content script does on a portal page: recognise it, scrape it, send the snapshot to the
 * background, and draw the badges the background answers with. Re-runs when the page changes (single-page
 * portals, lists rendered after load) — debounced, and only re-sends when the scrape actually changed.
 *
 * Kept free of `browser.*` so it can be tested with a fake `send`; the entrypoint wires the real APIs.
 */
import type { IngestListReply, IngestTicketReply, ContentMessage, PageState, BadgeView } from '../model/messages';
import { pageAnchors, recognisePage, ScrapeError, takeMissedDisplayTimes, type PageScrape, type RecipeSource } from '../portals';
import { createBadge, isBadgeNode, removeAllBadges, updateBadge, BADGE_ATTRIBUTE, type BadgeContent, type BadgeKind } from './badge';
import { contentStrings } from './strings';

export interface PageControllerDeps {
  doc: Document;
  href: () => string;
  send: (message: ContentMessage) => Promise<unknown>;
  now: () => Date;
  languages: readonly string[];
  timeZone: string;
  /**
   * Loads the display-time grammar into this page (the background injects it) when a scrape met times
   * printed as text; the page is then read again. Absent in tests, where the grammar is always there.
   */
  loadDisplayTimes?: () => Promise<boolean>;
  /** The user's recipes for this origin (taught or imported), asked before the built-ins. */
  recipes?: () => readonly RecipeSource[];
  /** Debounce for DOM changes, ms. */
  debounceMs?: number;
}

export class PageController {
  private readonly deps: PageControllerDeps;
  private readonly strings;
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSignature = '';
  private current: PageScrape | null = null;
  /** Badge contents by ticket id, so re-rendered rows get their badge back without asking again. */
  private contents = new Map<string, BadgeContent>();
  private scanning: Promise<void> | undefined;
  private rescanRequested = false;
  state: PageState;

  constructor(deps: PageControllerDeps) {
    this.deps = deps;
    this.strings = contentStrings(deps.languages);
    const url = deps.href();
    this.state = { origin: safeOrigin(url), url, portal: null, page: null };
  }

  start(): Promise<void> {
    const body = this.deps.doc.body ?? this.deps.doc.documentElement;
    const View = this.deps.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new View((records) => {
      if (records.every(isOwnMutation)) return;
      this.schedule();
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    return this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    removeAllBadges(this.deps.doc);
    this.contents.clear();
  }

  /** A DOM change or a navigation: scan again soon (coalesced). */
  schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.scan();
    }, this.deps.debounceMs ?? 250);
  }

  /** One scan at a time; a change during a scan triggers exactly one more. */
  scan(): Promise<void> {
    if (this.scanning) {
      this.rescanRequested = true;
      return this.scanning;
    }
    this.scanning = this.scanOnce().finally(() => {
      this.scanning = undefined;
      if (this.rescanRequested) {
        this.rescanRequested = false;
        void this.scan();
      }
    });
    return this.scanning;
  }

  private displayTimesRequested = false;

  private async scanOnce(): Promise<void> {
    const url = this.deps.href();
    let scrape: PageScrape | null;
    try {
      takeMissedDisplayTimes();
      scrape = recognisePage(this.deps.doc, url, { now: this.deps.now(), timeZone: this.deps.timeZone }, this.deps.recipes?.() ?? []);
      // Times printed as text, and no grammar yet: load it once and read the page again, before anything
      // incomplete is sent.
      if (takeMissedDisplayTimes() && this.deps.loadDisplayTimes && !this.displayTimesRequested) {
        this.displayTimesRequested = true;
        if (await this.deps.loadDisplayTimes().catch(() => false)) return this.scanOnce();
      }
    } catch (error) {
      const problem = error instanceof ScrapeError ? error.message : `${this.strings.refused}.`;
      this.setState({ origin: safeOrigin(url), url, portal: null, page: null, problem });
      this.forget();
      return;
    }
    if (!scrape) {
      this.setState({ origin: safeOrigin(url), url, portal: null, page: null });
      this.forget();
      return;
    }
    if (scrape.page === 'ticket') {
      this.setState({ origin: scrape.ticket.origin, url, portal: scrape.portal, page: 'ticket', ticketId: scrape.ticket.ticketId });
    } else {
      const ticketIds = scrape.list.rows.map((row) => row.ticketId);
      this.setState({ origin: scrape.list.origin, url, portal: scrape.portal, page: 'list', ticketIds });
    }
    const previous = this.current;
    this.current = scrape;
    const signature = signatureOf(scrape);
    if (signature === this.lastSignature) {
      // Same data; the page may still have re-rendered and dropped our badges.
      this.place();
      return;
    }
    if (previous && previous.page !== scrape.page) this.forget();
    this.lastSignature = signature;
    if (scrape.page === 'ticket') await this.sendTicket(scrape);
    else if (scrape.list.rows.length > 0) await this.sendList(scrape);
    this.place();
  }

  private async sendTicket(scrape: Extract<PageScrape, { page: 'ticket' }>): Promise<void> {
    const reply = (await this.deps.send({ type: 'ingest-ticket', snapshot: scrape.ticket }).catch(toFailure)) as IngestTicketReply | undefined;
    if (!reply || reply.ok !== true) {
      this.lastSignature = ''; // try again on the next change
      this.setState({ ...this.state, problem: reply?.error ?? this.strings.refused });
      return;
    }
    this.contents.set(scrape.ticket.ticketId, this.toContent(reply.badge));
  }

  private async sendList(scrape: Extract<PageScrape, { page: 'list' }>): Promise<void> {
    const reply = (await this.deps.send({ type: 'ingest-list', snapshot: scrape.list }).catch(toFailure)) as IngestListReply | undefined;
    if (!reply || reply.ok !== true) {
      this.lastSignature = '';
      this.setState({ ...this.state, problem: reply?.error ?? this.strings.refused });
      return;
    }
    for (const row of scrape.list.rows) {
      const view = reply.badges[row.ticketId];
      this.contents.set(
        row.ticketId,
        view ? this.toContent(view) : { level: 'none', label: this.strings.notVisited, heading: this.strings.notVisitedHint, signs: [] },
      );
    }
  }

  /** Put each badge where it belongs; reuse hosts that are still in place. */
  place(): void {
    const scrape = this.current;
    if (!scrape) return;
    const doc = this.deps.doc;
    const anchors = pageAnchors(doc, scrape, this.deps.recipes?.() ?? []);
    const wanted = new Set<Element>();
    if (scrape.page === 'ticket') {
      const content = this.contents.get(scrape.ticket.ticketId);
      if (content && anchors.title) wanted.add(this.attach(anchors.title, 'ticket', scrape.ticket.ticketId, content));
    } else {
      for (const [ticketId, anchor] of anchors.rows) {
        const content = this.contents.get(ticketId);
        if (content) wanted.add(this.attach(anchor, 'row', ticketId, content));
      }
    }
    for (const host of doc.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)) if (!wanted.has(host)) host.remove();
  }

  /** Badges go at the end of their anchor (the title, the row's subject cell): shadow content adds no text to it. */
  private attach(anchor: Element, kind: BadgeKind, ticketId: string, content: BadgeContent): Element {
    // The anchor's own children, compared by attribute: a selector per ticket id would be parsed 500 times.
    let host: HTMLElement | undefined;
    for (const child of anchor.children) {
      if (child.getAttribute(BADGE_ATTRIBUTE) === kind && child.getAttribute('data-ticket-id') === ticketId) {
        host = child as HTMLElement;
        break;
      }
    }
    if (!host) {
      host = createBadge(this.deps.doc, kind, ticketId);
      anchor.append(host);
    }
    updateBadge(host, content);
    return host;
  }

  private toContent(view: BadgeView): BadgeContent {
    return { level: view.level, label: view.label, heading: `Plumbline — ${this.strings.signs(view.signs.length)}`, signs: view.signs };
  }

  private forget(): void {
    this.current = null;
    this.lastSignature = '';
    this.contents.clear();
    removeAllBadges(this.deps.doc);
  }

  private setState(state: PageState): void {
    this.state = state;
  }
}

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const target = record.target;
  if (target.nodeType === 1 && (target as Element).closest(`[${BADGE_ATTRIBUTE}]`)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isBadgeNode);
}

/** What identifies a scrape's content, ignoring when it was taken. */
function signatureOf(scrape: PageScrape): string {
  return scrape.page === 'ticket'
    ? JSON.stringify({ ...scrape.ticket, capturedAt: '' })
    : JSON.stringify({ ...scrape.list, capturedAt: '' });
}

function toFailure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
