/**
 * The recipe engine: any recipe (lib/model/recipe.ts — built-in or taught) becomes a PortalAdapter
 * (Sourcegraph-style code-host adapter, one small interface). Runs in the content script and in Node
 * (`inspect`): standard DOM only, type-only imports from lib/model.
 */
import type { ListRow, ListSnapshot, Side, Status, StatusCategory, TicketSnapshot, TimelineEvent } from '../model';
import type { RecipeInput } from '../model/recipe';
import { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext } from './adapter';
import { compileRecipe, type CompiledKind, type CompiledRecipe } from './compiled-recipe';
import { readTime, type DisplayTimeContext } from './time-reader';
import { matches, readPicks, type CompiledPicks } from './field-pick';
import { forgetSteps } from './selector-plan';
import { blockText, stableHash, toIso } from './text';

/** A Recipe as written (defaults may be left out): what built-ins are, and what zod's output also is. */
export type RecipeSource = RecipeInput;

/**
 * Every reading of a page goes through here. A selector the browser cannot parse, in a recipe someone
 * taught or imported, is the recipe's fault. Remembered query steps (selector-plan.ts) live for one reading
 * only: the page may change before the next one.
 */
function guarded<T>(recipe: RecipeSource, read: () => T): T {
  forgetSteps();
  try {
    return read();
  } catch (error) {
    if (error instanceof ScrapeError) throw error;
    if (error instanceof Error && error.name === 'SyntaxError') {
      throw new ScrapeError(`The recipe "${recipe.name}" has a selector this browser cannot read (${error.message}).`);
    }
    throw error;
  } finally {
    forgetSteps();
  }
}

function categoryOf(raw: string, recipe: CompiledRecipe): StatusCategory {
  for (const { pattern, category } of recipe.statuses) if (pattern.test(raw)) return category;
  return 'unknown';
}

function statusOf(raw: string | undefined, recipe: CompiledRecipe): Status {
  return raw ? { raw, category: categoryOf(raw, recipe) } : { raw: 'unknown', category: 'unknown' };
}

function timeOf(scope: ParentNode, picks: CompiledPicks | undefined, url: string, times: DisplayTimeContext): string | undefined {
  if (!picks) return undefined;
  for (const pick of picks) {
    const raw = pick(scope, url);
    const iso = raw === undefined ? undefined : readTime(raw, times);
    if (iso) return iso;
  }
  return undefined;
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

type SideRules = CompiledRecipe['timeline']['side'];

/** Which side wrote an entry (lib/model/recipe.ts SideRule); `partnerHit` is the partner match, read once. */
function sideOf(entry: Element, rule: SideRules, partnerHit: boolean, author: string | undefined, requester: string | undefined, partnerMarked: boolean, url: string): Side {
  if (rule.system && matches(entry, rule.system, url)) return 'system';
  if (partnerHit) return 'partner';
  if (rule.client && matches(entry, rule.client, url)) return 'client';
  if (partnerMarked && rule.unmarkedWhenPartnerMarked) return rule.unmarkedWhenPartnerMarked;
  if (rule.otherwise !== 'requester-is-client') return rule.otherwise;
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

function entriesOf(doc: Document, recipe: CompiledRecipe): Element[] {
  const { entry, skip } = recipe.timeline;
  const found = doc.querySelectorAll(entry);
  const entries: Element[] = [];
  for (let i = 0; i < found.length; i++) {
    const element = found[i]!;
    if (!skip || !element.matches(skip)) entries.push(element);
  }
  return entries;
}

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/** Oldest first (contract); entries printed newest first, or interleaved, are put in order. Stable. */
function chronological(events: TimelineEvent[]): TimelineEvent[] {
  for (let i = 1; i < events.length; i++) if (events[i - 1]!.at > events[i]!.at) return events.sort(byTime);
  return events;
}

function kindOf(entry: Element, kinds: CompiledRecipe['timeline']['kinds'], url: string): CompiledKind | undefined {
  for (const kind of kinds) if (matches(entry, kind.match, url)) return kind;
  return undefined;
}

/** One entry as an event (DESIGN.md "Contract rules"): a message unless one of the recipe's kinds matches. */
function eventOf(entry: Element, at: string, side: Side, author: string | undefined, kind: CompiledKind | undefined, recipe: CompiledRecipe, url: string): TimelineEvent {
  const timeline = recipe.timeline;
  const text = kind ? undefined : (readPicks(entry, timeline.body, url) ?? (timeline.iframeBodies ? HOOKS['iframe-body'](entry) : undefined));
  const ownId = readPicks(entry, timeline.id, url);
  const id = ownId ? `${timeline.idPrefix}${ownId}` : `${timeline.hashPrefix}${stableHash(`${author ?? ''}|${at}|${text ?? ''}`)}`;
  const type = kind ? kind.type : 'message';
  // Keys in the contract's order (DESIGN.md), as `inspect` prints them.
  const event: TimelineEvent = author ? { id, side, author, at, type } : { id, side, at, type };
  if (text) event.text = text;
  if (kind?.type === 'status_change') {
    const from = readPicks(entry, kind.from, url);
    const to = readPicks(entry, kind.to, url);
    if (from) event.from = categoryOf(from, recipe);
    if (to) event.to = categoryOf(to, recipe);
  } else if (kind?.type === 'assignment') {
    const from = readPicks(entry, kind.from, url);
    // No `to`: the entry's author took it ("Taken").
    const to = readPicks(entry, kind.to, url) ?? author;
    if (from) event.from = from;
    if (to) event.to = to;
  }
  return event;
}

function readTimeline(doc: Document, recipe: CompiledRecipe, url: string, times: DisplayTimeContext, requester: string | undefined): TimelineEvent[] {
  const timeline = recipe.timeline;
  const entries = entriesOf(doc, recipe);
  const partner = timeline.side.partner;
  const partnerHits = partner ? entries.map((entry) => matches(entry, partner, url)) : [];
  const partnerMarked = Boolean(timeline.side.unmarkedWhenPartnerMarked) && partnerHits.includes(true);
  const events: TimelineEvent[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const at = timeOf(entry, timeline.time, url, times);
    if (!at) continue;
    const author = readPicks(entry, timeline.author, url);
    const kind = timeline.kinds.length ? kindOf(entry, timeline.kinds, url) : undefined;
    const side = sideOf(entry, timeline.side, partnerHits[index] ?? false, author, requester, partnerMarked, url);
    events.push(eventOf(entry, at, side, author, kind, recipe, url));
  }
  return chronological(events);
}

/**
 * The recipe's date languages, the page's own language first: a French osTicket prints 04/03/2024 for
 * 4 March, an English one 3/4/24 for the same day.
 */
function pageLocales(doc: Document, recipe: CompiledRecipe): readonly string[] {
  const locales = recipe.locales;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().replace('_', '-');
  if (!lang) return locales;
  const own = locales.filter((locale) => locale.toLowerCase() === lang || locale.toLowerCase() === lang.slice(0, 2));
  return own.length ? [...own, ...locales.filter((locale) => !own.includes(locale))] : locales;
}

function scrapeTicket(recipe: CompiledRecipe, doc: Document, url: URL, ctx: ScrapeContext): TicketSnapshot {
  const page = recipe.ticket;
  const name = recipe.source.name;
  const href = url.href;
  const times: DisplayTimeContext = { now: ctx.now, timeZone: ctx.timeZone, locales: pageLocales(doc, recipe) };
  if (page.ready && !doc.querySelector(page.ready)) {
    throw new ScrapeError(`This ${name} ticket page has not finished loading.`);
  }
  const ticketId = readPicks(doc, page.id, href)?.replace(/^#/, '');
  if (!ticketId) throw new ScrapeError(`This ${name} page shows no ticket number — the portal's markup may have changed.`);
  const requester = readPicks(doc, page.requester, href);
  const events = readTimeline(doc, recipe, href, times, requester);
  const subject = readPicks(doc, page.subject, href) ?? '';
  if (!subject && events.length === 0) {
    throw new ScrapeError(`This ${name} page has neither a subject nor a timeline — the portal's markup may have changed.`);
  }
  const priority = readPicks(doc, page.priority, href);
  const assignee = readPicks(doc, page.assignee, href);
  const createdAt = timeOf(doc, page.createdAt, href, times) ?? events[0]?.at;
  const updatedAt = timeOf(doc, page.updatedAt, href, times);
  return {
    portal: recipe.source.id,
    origin: url.origin,
    ticketId,
    url: href,
    subject,
    status: statusOf(readPicks(doc, page.status, href), recipe),
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

function scrapeList(recipe: CompiledRecipe, doc: Document, url: URL, ctx: ScrapeContext): ListSnapshot {
  const list = recipe.list;
  const href = url.href;
  const times: DisplayTimeContext = { now: ctx.now, timeZone: ctx.timeZone, locales: pageLocales(doc, recipe) };
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
      const createdAt = timeOf(row, list.createdAt, href, times);
      const updatedAt = timeOf(row, list.updatedAt, href, times);
      rows.push({
        ticketId,
        subject: readPicks(row, list.subject, href) ?? '',
        url: rowUrl,
        status: statusOf(readPicks(row, list.status, href), recipe),
        ...(createdAt ? { createdAt } : {}),
        ...(updatedAt ? { updatedAt } : {}),
      });
    }
  }
  return { portal: recipe.source.id, origin: url.origin, url: href, capturedAt: toIso(ctx.now), rows };
}

function fingerprintHolds(doc: Document, recipe: CompiledRecipe): boolean {
  const { all, any, none, text } = recipe.detect;
  if (!all.every((selector) => doc.querySelector(selector))) return false;
  if (none.some((selector) => doc.querySelector(selector))) return false;
  if (any.length === 0 && text.length === 0) return true;
  if (any.some((selector) => doc.querySelector(selector))) return true;
  return text.some(({ selector, pattern }) => {
    for (const element of doc.querySelectorAll(selector)) if (pattern.test((element.textContent ?? '').slice(0, 20_000))) return true;
    return false;
  });
}

function anchorsOf(recipe: CompiledRecipe, doc: Document, page: PageKind): PageAnchors {
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
}

/** The part of an address recipes match: path, query and hash (hash routes of single-page portals). */
export function addressOf(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Any recipe as a PortalAdapter. The recipe is compiled once, on first use (selector plans, regular
 * expressions); a recipe that does not compile recognises nothing — imported ones are validated before
 * they are stored, so that is a built-in's bug, caught by tests/unit/portals/recipes.test.ts.
 */
export function recipeAdapter(recipe: RecipeSource): PortalAdapter {
  let compiled: CompiledRecipe | null | undefined;
  const compiledRecipe = (): CompiledRecipe | null => {
    if (compiled === undefined) {
      try {
        compiled = compileRecipe(recipe);
      } catch {
        compiled = null;
      }
    }
    return compiled;
  };
  const ready = (): CompiledRecipe => {
    const own = compiledRecipe();
    if (!own) throw new ScrapeError(`The recipe "${recipe.name}" cannot be read (an invalid pattern).`);
    return own;
  };
  return {
    id: recipe.id,
    detect(doc: Document, url: URL): PageKind | null {
      if (recipe.origins && !recipe.origins.includes(url.origin)) return null;
      const own = compiledRecipe();
      if (!own) return null;
      const address = addressOf(url);
      const ticket = own.detect.ticketUrl.some((pattern) => pattern.test(address));
      const list = !ticket && own.detect.listUrl.some((pattern) => pattern.test(address));
      if (!ticket && !list) return null;
      return guarded(recipe, () => fingerprintHolds(doc, own)) ? (ticket ? 'ticket' : 'list') : null;
    },
    scrapeTicket: (doc, url, ctx) => guarded(recipe, () => scrapeTicket(ready(), doc, url, ctx)),
    scrapeList: (doc, url, ctx) => guarded(recipe, () => scrapeList(ready(), doc, url, ctx)),
    anchors: (doc, page) => guarded(recipe, () => anchorsOf(ready(), doc, page)),
  };
}
