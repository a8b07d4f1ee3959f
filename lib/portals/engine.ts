/**
 * The recipe engine: any recipe (lib/model/recipe.ts — built-in or taught) becomes a PortalAdapter
 * (Sourcegraph-style code-host adapter, one small interface). Runs in the content script and in Node
 * (`inspect`): standard DOM only, type-only imports from lib/model.
 */
import type { ListRow, ListSnapshot, Side, Status, StatusCategory, TicketSnapshot, TimelineEvent } from '../model';
import type { FieldPicks, RecipeInput, SideRule, StatusMapping } from '../model/recipe';
import { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext } from './adapter';
import { readTime } from './time-reader';
import { compiledPattern, matches, readPicks } from './field-pick';
import { blockText, stableHash, toIso } from './text';

/** A Recipe as written (defaults may be left out): what built-ins are, and what zod's output also is. */
export type RecipeSource = RecipeInput;

/** A selector the browser cannot parse, in a recipe someone taught or imported, is the recipe's fault. */
function guarded<T>(recipe: RecipeSource, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ScrapeError) throw error;
    if (error instanceof Error && error.name === 'SyntaxError') {
      throw new ScrapeError(`The recipe "${recipe.name}" has a selector this browser cannot read (${error.message}).`);
    }
    throw error;
  }
}

function categoryOf(raw: string, statuses: StatusMapping | undefined): StatusCategory {
  for (const { pattern, category } of statuses ?? []) {
    if (compiledPattern(`^(?:${pattern})$`).test(raw)) return category;
  }
  return 'unknown';
}

function statusOf(raw: string | undefined, statuses: StatusMapping | undefined): Status {
  return raw ? { raw, category: categoryOf(raw, statuses) } : { raw: 'unknown', category: 'unknown' };
}

function timeOf(scope: ParentNode, picks: FieldPicks | undefined, url: string, ctx: ScrapeContext, locales: readonly string[]): string | undefined {
  if (!picks) return undefined;
  for (const pick of picks) {
    const raw = readPicks(scope, [pick], url);
    const iso = raw === undefined ? undefined : readTime(raw, { now: ctx.now, timeZone: ctx.timeZone, locales });
    if (iso) return iso;
  }
  return undefined;
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function sideOf(entry: Element, rule: SideRule | RecipeSource['ticket']['timeline']['side'], author: string | undefined, requester: string | undefined, partnerMarked: boolean, url: string): Side {
  if (rule.system && matches(entry, rule.system, url)) return 'system';
  if (rule.partner && matches(entry, rule.partner, url)) return 'partner';
  if (rule.client && matches(entry, rule.client, url)) return 'client';
  if (partnerMarked && rule.unmarkedWhenPartnerMarked) return rule.unmarkedWhenPartnerMarked;
  const otherwise = rule.otherwise ?? 'unknown';
  if (otherwise !== 'requester-is-client') return otherwise;
  if (!author || !requester) return 'unknown';
  return sameName(author, requester) ? 'client' : 'partner';
}

/** Named code hooks a built-in recipe may ask for (DESIGN.md: where data cannot express it). */
const HOOKS = {
  /** Znuny/OTRS render article bodies in same-origin iframes (portal-markup.md §4.2): read them when loaded. */
  'iframe-body': (entry: Element): string | undefined => {
    for (const frame of entry.querySelectorAll('iframe')) {
      try {
        const body = (frame as HTMLIFrameElement).contentDocument?.body;
        const text = body ? blockText(body) : '';
        if (text) return text;
      } catch {
        // A cross-origin frame is not ours to read.
      }
    }
    return undefined;
  },
} as const;

function entriesOf(doc: Document, recipe: RecipeSource): Element[] {
  const { entry, skip } = recipe.ticket.timeline;
  const all = [...doc.querySelectorAll(entry)];
  return skip ? all.filter((element) => !element.matches(skip)) : all;
}

function readTimeline(doc: Document, recipe: RecipeSource, url: string, ctx: ScrapeContext, requester: string | undefined, locales: readonly string[]): TimelineEvent[] {
  const timeline = recipe.ticket.timeline;
  const entries = entriesOf(doc, recipe);
  const partner = timeline.side.partner;
  const partnerMarked = Boolean(timeline.side.unmarkedWhenPartnerMarked && partner && entries.some((entry) => matches(entry, partner, url)));
  const iframeBodies = recipe.hooks?.includes('iframe-body') ?? false;
  const idPrefix = timeline.idPrefix ?? `${recipe.id}-`;
  const hashPrefix = timeline.hashPrefix ?? idPrefix;
  const events: TimelineEvent[] = [];
  for (const entry of entries) {
    const at = timeOf(entry, timeline.time, url, ctx, locales);
    if (!at) continue;
    const author = readPicks(entry, timeline.author, url);
    const kind = timeline.kinds?.find((candidate) => matches(entry, candidate.match, url));
    const text = kind ? undefined : (readPicks(entry, timeline.body, url) ?? (iframeBodies ? HOOKS['iframe-body'](entry) : undefined));
    const ownId = readPicks(entry, timeline.id, url);
    const id = ownId ? `${idPrefix}${ownId}` : `${hashPrefix}${stableHash(`${author ?? ''}|${at}|${text ?? ''}`)}`;
    const side = sideOf(entry, timeline.side, author, requester, partnerMarked, url);
    const base = { id, side, ...(author ? { author } : {}), at };
    if (!kind) {
      events.push({ ...base, type: 'message', ...(text ? { text } : {}) });
    } else if (kind.type === 'status_change') {
      const from = readPicks(entry, kind.from, url);
      const to = readPicks(entry, kind.to, url);
      events.push({
        ...base,
        type: 'status_change',
        ...(from ? { from: categoryOf(from, recipe.statuses) } : {}),
        ...(to ? { to: categoryOf(to, recipe.statuses) } : {}),
      });
    } else if (kind.type === 'assignment') {
      const to = readPicks(entry, kind.to, url) ?? author;
      const from = readPicks(entry, kind.from, url);
      events.push({ ...base, type: 'assignment', ...(from ? { from } : {}), ...(to ? { to } : {}) });
    } else {
      events.push({ ...base, type: 'other' });
    }
  }
  // Oldest first (contract); entries printed newest first, or interleaved, are put in order. Stable.
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The recipe's date languages, the page's own language first: a French osTicket prints 04/03/2024 for
 * 4 March, an English one 3/4/24 for the same day.
 */
function pageLocales(doc: Document, recipe: RecipeSource): string[] {
  const locales = recipe.locales ?? ['en'];
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().replace('_', '-');
  if (!lang) return locales;
  const own = locales.filter((locale) => locale.toLowerCase() === lang || locale.toLowerCase() === lang.slice(0, 2));
  return own.length ? [...own, ...locales.filter((locale) => !own.includes(locale))] : locales;
}

function scrapeTicket(recipe: RecipeSource, doc: Document, url: URL, ctx: ScrapeContext): TicketSnapshot {
  const page = recipe.ticket;
  const href = url.href;
  const locales = pageLocales(doc, recipe);
  if (page.ready && !doc.querySelector(page.ready)) {
    throw new ScrapeError(`This ${recipe.name} ticket page has not finished loading.`);
  }
  const ticketId = readPicks(doc, page.id, href)?.replace(/^#/, '');
  if (!ticketId) throw new ScrapeError(`This ${recipe.name} page shows no ticket number — the portal's markup may have changed.`);
  const requester = readPicks(doc, page.requester, href);
  const events = readTimeline(doc, recipe, href, ctx, requester, locales);
  const subject = readPicks(doc, page.subject, href) ?? '';
  if (!subject && events.length === 0) {
    throw new ScrapeError(`This ${recipe.name} page has neither a subject nor a timeline — the portal's markup may have changed.`);
  }
  const priority = readPicks(doc, page.priority, href);
  const assignee = readPicks(doc, page.assignee, href);
  const createdAt = timeOf(doc, page.createdAt, href, ctx, locales) ?? events[0]?.at;
  const updatedAt = timeOf(doc, page.updatedAt, href, ctx, locales);
  return {
    portal: recipe.id,
    origin: url.origin,
    ticketId,
    url: href,
    subject,
    status: statusOf(readPicks(doc, page.status, href), recipe.statuses),
    ...(priority ? { priority } : {}),
    ...(assignee ? { assignee } : {}),
    ...(requester ? { requester } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    events,
    capturedAt: toIso(ctx.now),
  };
}

function absolute(link: string, base: URL): string | undefined {
  try {
    const resolved = new URL(link, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** Each row's ticket id as the last list scrape read it: placing the badges then needs no second read. */
const rowIds = new WeakMap<Element, string>();

function scrapeList(recipe: RecipeSource, doc: Document, url: URL, ctx: ScrapeContext): ListSnapshot {
  const list = recipe.list;
  const href = url.href;
  const locales = pageLocales(doc, recipe);
  const rows: ListRow[] = [];
  const seen = new Set<string>();
  if (list) {
    for (const row of doc.querySelectorAll(list.row)) {
      const ticketId = readPicks(row, list.id, href)?.replace(/^#/, '');
      if (ticketId) rowIds.set(row, ticketId);
      const link = readPicks(row, list.link, href);
      const rowUrl = link ? absolute(link, url) : undefined;
      if (!ticketId || !rowUrl || seen.has(ticketId)) continue;
      seen.add(ticketId);
      const createdAt = timeOf(row, list.createdAt, href, ctx, locales);
      const updatedAt = timeOf(row, list.updatedAt, href, ctx, locales);
      rows.push({
        ticketId,
        subject: readPicks(row, list.subject, href) ?? '',
        url: rowUrl,
        status: statusOf(readPicks(row, list.status, href), recipe.statuses),
        ...(createdAt ? { createdAt } : {}),
        ...(updatedAt ? { updatedAt } : {}),
      });
    }
  }
  return { portal: recipe.id, origin: url.origin, url: href, capturedAt: toIso(ctx.now), rows };
}

function fingerprintHolds(doc: Document, recipe: RecipeSource): boolean {
  const { all = [], any = [], none = [], text = [] } = recipe.detect.fingerprint;
  if (!all.every((selector) => doc.querySelector(selector))) return false;
  if (none.some((selector) => doc.querySelector(selector))) return false;
  if (any.length === 0 && text.length === 0) return true;
  if (any.some((selector) => doc.querySelector(selector))) return true;
  return text.some(({ selector, pattern }) => {
    const regex = compiledPattern(pattern);
    for (const element of doc.querySelectorAll(selector)) if (regex.test((element.textContent ?? '').slice(0, 20_000))) return true;
    return false;
  });
}

/** The part of an address recipes match: path, query and hash (hash routes of single-page portals). */
export function addressOf(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`;
}

export function recipeAdapter(recipe: RecipeSource): PortalAdapter {
  return {
    id: recipe.id,
    detect(doc: Document, url: URL): PageKind | null {
      if (recipe.origins && !recipe.origins.includes(url.origin)) return null;
      const address = addressOf(url);
      const ticket = recipe.detect.ticketUrl.some((pattern) => compiledPattern(pattern).test(address));
      const list = !ticket && Boolean(recipe.list) && (recipe.detect.listUrl ?? []).some((pattern) => compiledPattern(pattern).test(address));
      if (!ticket && !list) return null;
      return guarded(recipe, () => fingerprintHolds(doc, recipe)) ? (ticket ? 'ticket' : 'list') : null;
    },
    scrapeTicket: (doc, url, ctx) => guarded(recipe, () => scrapeTicket(recipe, doc, url, ctx)),
    scrapeList: (doc, url, ctx) => guarded(recipe, () => scrapeList(recipe, doc, url, ctx)),
    anchors(doc: Document, page: PageKind): PageAnchors {
      return guarded(recipe, () => {
        if (page === 'ticket') return { title: doc.querySelector(recipe.ticket.anchor), rows: new Map() };
        const rows = new Map<string, Element>();
        const list = recipe.list;
        if (!list) return { title: null, rows };
        const href = doc.location?.href ?? '';
        for (const row of doc.querySelectorAll(list.row)) {
          const ticketId = rowIds.get(row) ?? readPicks(row, list.id, href)?.replace(/^#/, '');
          const anchor = row.querySelector(list.anchor);
          const place = anchor ? (anchor.closest('td, th, li') ?? anchor.parentElement ?? anchor) : null;
          if (ticketId && place && row.contains(place) && !rows.has(ticketId)) rows.set(ticketId, place);
        }
        return { title: null, rows };
      });
    },
  };
}
