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
import { matchColumn, readColumn, readPicks, type Column, type CompiledPicks } from './field-pick';
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

function categoryOf(raw: string, recipe: CompiledRecipe): StatusCategory {
  for (const { pattern, category } of recipe.statuses) if (pattern.test(raw)) return category;
  return 'unknown';
}

function statusOf(raw: string | undefined, recipe: CompiledRecipe): Status {
  return raw ? { raw, category: categoryOf(raw, recipe) } : { raw: 'unknown', category: 'unknown' };
}

/** A page field's time: the first pick whose text reads as a time. */
function timeOf(scope: ParentNode, picks: CompiledPicks | undefined, url: string, times: DisplayTimeContext): string | undefined {
  return timesOf([scope], picks, url, times)[0];
}

/** Each scope's time: per scope, the first pick whose text reads as a time. */
function timesOf(scopes: readonly ParentNode[], picks: CompiledPicks | undefined, url: string, times: DisplayTimeContext): Column {
  return readColumn(scopes, picks, url, (raw) => readTime(raw, times));
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

type SideRules = CompiledRecipe['timeline']['side'];

/**
 * Which side wrote each entry (lib/model/recipe.ts SideRule): the first of system, partner, client that
 * matches; else the theme's unmarked side when the page marks partners somewhere; else `otherwise`.
 */
function sidesOf(entries: readonly Element[], rule: SideRules, authors: Column, requester: string | undefined, url: string): Side[] {
  const sides = new Array<Side | undefined>(entries.length);
  const decide = (match: SideRules['system'], side: Side) => {
    if (!match) return;
    const open: number[] = [];
    for (let i = 0; i < entries.length; i++) if (sides[i] === undefined) open.push(i);
    const hits = matchColumn(open.map((index) => entries[index]!), match, url);
    for (let k = 0; k < open.length; k++) if (hits[k]) sides[open[k]!] = side;
  };
  decide(rule.system, 'system');
  // Read over every entry: "the page marks partners" counts system entries the partner rule matches too.
  const partnerHits = rule.partner ? matchColumn(entries, rule.partner, url) : [];
  for (let i = 0; i < partnerHits.length; i++) if (partnerHits[i] && sides[i] === undefined) sides[i] = 'partner';
  const partnerMarked = Boolean(rule.unmarkedWhenPartnerMarked) && partnerHits.includes(true);
  decide(rule.client, 'client');
  const result = new Array<Side>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const own = sides[i];
    if (own) result[i] = own;
    else if (partnerMarked && rule.unmarkedWhenPartnerMarked) result[i] = rule.unmarkedWhenPartnerMarked;
    else if (rule.otherwise !== 'requester-is-client') result[i] = rule.otherwise;
    else {
      const author = authors[i];
      result[i] = !author || !requester ? 'unknown' : sameName(author, requester) ? 'client' : 'partner';
    }
  }
  return result;
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

/** Each entry's kind: the first of the recipe's kinds that matches it; undefined for a message. */
function kindsOf(entries: readonly Element[], kinds: readonly CompiledKind[], url: string): (CompiledKind | undefined)[] {
  const found = new Array<CompiledKind | undefined>(entries.length);
  for (const kind of kinds) {
    const open: number[] = [];
    for (let i = 0; i < entries.length; i++) if (found[i] === undefined) open.push(i);
    if (open.length === 0) break;
    const hits = matchColumn(open.map((index) => entries[index]!), kind.match, url);
    for (let k = 0; k < open.length; k++) if (hits[k]) found[open[k]!] = kind;
  }
  return found;
}

/** Message bodies, for the entries that are messages; Znuny's iframe bodies where the hook asks. */
function bodiesOf(entries: readonly Element[], kinds: readonly (CompiledKind | undefined)[], recipe: CompiledRecipe, url: string): Column {
  const timeline = recipe.timeline;
  const texts = new Array<string | undefined>(entries.length);
  const messages: number[] = [];
  for (let i = 0; i < entries.length; i++) if (!kinds[i]) messages.push(i);
  const read = readColumn(messages.map((index) => entries[index]!), timeline.body, url);
  for (let k = 0; k < messages.length; k++) {
    const index = messages[k]!;
    texts[index] = read[k] ?? (timeline.iframeBodies ? HOOKS['iframe-body'](entries[index]!) : undefined);
  }
  return texts;
}

/** A status or owner entry's from/to (DESIGN.md "Contract rules"); few per page, read one by one. */
function changeOf(event: TimelineEvent, entry: Element, kind: CompiledKind, recipe: CompiledRecipe, url: string): void {
  const from = readPicks(entry, kind.from, url);
  if (kind.type === 'status_change') {
    const to = readPicks(entry, kind.to, url);
    if (from) event.from = categoryOf(from, recipe);
    if (to) event.to = categoryOf(to, recipe);
  } else if (kind.type === 'assignment') {
    // No `to`: the entry's author took it ("Taken").
    const to = readPicks(entry, kind.to, url) ?? event.author;
    if (from) event.from = from;
    if (to) event.to = to;
  }
}

/**
 * The timeline, read field by field over all entries (field-pick.ts: a loop per pick is what a first
 * reading runs fast), then put together entry by entry. Entries without a readable time are left out.
 */
function readTimeline(doc: Document, recipe: CompiledRecipe, url: string, times: DisplayTimeContext, requester: string | undefined): TimelineEvent[] {
  const timeline = recipe.timeline;
  const entries = entriesOf(doc, recipe);
  const ats = timesOf(entries, timeline.time, url, times);
  const authors = readColumn(entries, timeline.author, url);
  const kinds = kindsOf(entries, timeline.kinds, url);
  const sides = sidesOf(entries, timeline.side, authors, requester, url);
  const texts = bodiesOf(entries, kinds, recipe, url);
  const ownIds = readColumn(entries, timeline.id, url);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < entries.length; i++) {
    const at = ats[i];
    if (!at) continue;
    const author = authors[i];
    const text = texts[i];
    const ownId = ownIds[i];
    const kind = kinds[i];
    const id = ownId ? `${timeline.idPrefix}${ownId}` : `${timeline.hashPrefix}${stableHash(`${author ?? ''}|${at}|${text ?? ''}`)}`;
    const type = kind ? kind.type : 'message';
    // Keys in the contract's order (DESIGN.md), as `inspect` prints them.
    const event: TimelineEvent = author ? { id, side: sides[i]!, author, at, type } : { id, side: sides[i]!, at, type };
    if (text) event.text = text;
    if (kind) changeOf(event, entries[i]!, kind, recipe, url);
    events.push(event);
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

function rowsOf(doc: Document, selector: string): Element[] {
  const found = doc.querySelectorAll(selector);
  const rows: Element[] = [];
  for (let i = 0; i < found.length; i++) rows.push(found[i]!);
  return rows;
}

/** Each row's ticket number, as the portal shows it (without '#'). */
function rowIdsOf(rows: readonly Element[], picks: CompiledPicks, url: string): Column {
  return readColumn(rows, picks, url).map((id) => id?.replace(/^#/, '') || undefined);
}

function scrapeList(recipe: CompiledRecipe, doc: Document, url: URL, ctx: ScrapeContext): ListSnapshot {
  const list = recipe.list;
  const href = url.href;
  const times: DisplayTimeContext = { now: ctx.now, timeZone: ctx.timeZone, locales: pageLocales(doc, recipe) };
  const listed: ListRow[] = [];
  if (list) {
    const rows = rowsOf(doc, list.row);
    const ids = rowIdsOf(rows, list.id, href);
    rows.forEach((row, i) => {
      const id = ids[i];
      if (id) rowIds.set(row, id);
    });
    const links = readColumn(rows, list.link, href);
    const subjects = readColumn(rows, list.subject, href);
    const statuses = readColumn(rows, list.status, href);
    const created = timesOf(rows, list.createdAt, href, times);
    const updated = timesOf(rows, list.updatedAt, href, times);
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const ticketId = ids[i];
      const link = links[i];
      const rowUrl = link ? absolute(link, url) : undefined;
      if (!ticketId || !rowUrl || seen.has(ticketId)) continue;
      seen.add(ticketId);
      const createdAt = created[i];
      const updatedAt = updated[i];
      listed.push({
        ticketId,
        subject: subjects[i] ?? '',
        url: rowUrl,
        status: statusOf(statuses[i], recipe),
        ...(createdAt ? { createdAt } : {}),
        ...(updatedAt ? { updatedAt } : {}),
      });
    }
  }
  return { portal: recipe.source.id, origin: url.origin, url: href, capturedAt: toIso(ctx.now), rows: listed };
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
  const anchors = new Map<string, Element>();
  const list = recipe.list;
  if (!list) return { title: null, rows: anchors };
  const rows = rowsOf(doc, list.row);
  const ids = rows.every((row) => rowIds.has(row)) ? rows.map((row) => rowIds.get(row)) : rowIdsOf(rows, list.id, doc.location?.href ?? '');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const ticketId = ids[i];
    const anchor = row.querySelector(list.anchor);
    const place = anchor ? (anchor.closest('td, th, li') ?? anchor.parentElement ?? anchor) : null;
    if (ticketId && place && row.contains(place) && !anchors.has(ticketId)) anchors.set(ticketId, place);
  }
  return { title: null, rows: anchors };
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
