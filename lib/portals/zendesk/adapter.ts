/**
 * Zendesk Help Center (Copenhagen theme and the many themes copied from it), requester side.
 * Markup: ../shared/reference/portal-markup.md §1 and §11.1–11.3.
 */
import type { ListRow, ListSnapshot, Status, StatusCategory, TicketSnapshot, TimelineEvent } from '../../model';
import { ScrapeError, type PageAnchors, type PageKind, type PortalAdapter, type ScrapeContext } from '../adapter';
import { parseDisplayDate } from '../dates';
import { blockText, cleanText, isoFromAttribute, stableHash, toIso } from '../text';
import { DETAIL_LABELS, LIST_LABEL_CATEGORY, STATUS_CATEGORY, ZENDESK } from './selectors';

function hasFingerprint(doc: Document): boolean {
  if (doc.querySelector(ZENDESK.fingerprintAssets)) return true;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    if (ZENDESK.fingerprintScript.test(script.textContent ?? '')) return true;
  }
  return false;
}

function statusFromClass(element: Element | null): Status | undefined {
  if (!element) return undefined;
  const match = ZENDESK.statusClass.exec(element.getAttribute('class') ?? '');
  if (!match?.[1]) return undefined;
  const raw = match[1];
  const category: StatusCategory = (STATUS_CATEGORY as Record<string, StatusCategory>)[raw] ?? 'unknown';
  return { raw, category };
}

/** The sidebar's dt/dd pairs by label (English or French). */
function readDetails(doc: Document): Map<keyof typeof DETAIL_LABELS, Element> {
  const found = new Map<keyof typeof DETAIL_LABELS, Element>();
  for (const list of doc.querySelectorAll(ZENDESK.details)) {
    for (const term of list.querySelectorAll('dt')) {
      const value = term.nextElementSibling;
      if (!value || value.tagName !== 'DD') continue;
      const label = cleanText(term.textContent).toLowerCase().replace(/\s*:$/, '');
      for (const [key, names] of Object.entries(DETAIL_LABELS) as [keyof typeof DETAIL_LABELS, readonly string[]][]) {
        if (!found.has(key) && names.includes(label)) found.set(key, value);
      }
    }
  }
  return found;
}

function ticketIdOf(doc: Document, url: URL, details: Map<string, Element>): string | undefined {
  const fromSidebar = cleanText(details.get('id')?.textContent).replace(/^#/, '');
  if (/^\d+$/.test(fromSidebar)) return fromSidebar;
  const action = doc.querySelector(ZENDESK.commentForm)?.getAttribute('action') ?? '';
  const fromForm = /requests\/(\d+)/.exec(action)?.[1];
  return fromForm ?? ZENDESK.ticketPath.exec(url.pathname)?.[1];
}

function readComments(doc: Document, requester: string | undefined): TimelineEvent[] {
  const items = [...doc.querySelectorAll(ZENDESK.comment)];
  // Themes that drop the agent icon: fall back to "the requester is the client, anyone else the partner".
  const agentIcons = items.map((item) => item.querySelector(ZENDESK.agentIcon) !== null);
  const themeMarksAgents = agentIcons.includes(true);
  const events: TimelineEvent[] = [];
  for (const [index, item] of items.entries()) {
    const at = isoFromAttribute(item.querySelector(ZENDESK.commentTime)?.getAttribute('datetime'));
    if (!at) continue;
    const authorNode = item.querySelector(ZENDESK.commentMeta)?.querySelector(ZENDESK.commentAuthor);
    const author = cleanText(authorNode?.textContent) || cleanText(authorNode?.getAttribute('title')) || undefined;
    const body = item.querySelector(ZENDESK.commentBody);
    const text = body ? blockText(body) : '';
    const side = themeMarksAgents
      ? agentIcons[index]
        ? 'partner'
        : 'client'
      : requester && author
        ? author.toLowerCase() === requester.toLowerCase()
          ? 'client'
          : 'partner'
        : 'unknown';
    const anchor = /^request_comment_(\d+)$/.exec(item.id)?.[1];
    events.push({
      id: anchor ? `zd-comment-${anchor}` : `zd-${stableHash(`${author ?? ''}|${at}|${text}`)}`,
      type: 'message',
      side,
      ...(author ? { author } : {}),
      at,
      ...(text ? { text } : {}),
    });
  }
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function scrapeTicket(doc: Document, url: URL, ctx: ScrapeContext): TicketSnapshot {
  const title = doc.querySelector(ZENDESK.title);
  const commentList = doc.querySelector(ZENDESK.commentList);
  if (!title && !commentList) {
    throw new ScrapeError('This Zendesk page has no request title or comment list — the theme may have changed.');
  }
  const details = readDetails(doc);
  const ticketId = ticketIdOf(doc, url, details);
  if (!ticketId) throw new ScrapeError('This Zendesk request page shows no request number.');
  const status = statusFromClass(details.get('status')?.querySelector(ZENDESK.statusLabel) ?? doc.querySelector(`${ZENDESK.details} ${ZENDESK.statusLabel}`)) ?? {
    raw: cleanText(details.get('status')?.textContent) || 'unknown',
    category: 'unknown' as const,
  };
  const requester = cleanText(details.get('requester')?.textContent) || undefined;
  const assignee = cleanText(details.get('assignee')?.textContent) || undefined;
  const priority = cleanText(details.get('priority')?.textContent) || undefined;
  const createdAt = isoFromAttribute(details.get('created')?.querySelector('time[datetime]')?.getAttribute('datetime'));
  const updatedAt = isoFromAttribute(details.get('updated')?.querySelector('time[datetime]')?.getAttribute('datetime'));
  const events = readComments(doc, requester);
  const subject = cleanText(title?.textContent);
  return {
    portal: 'zendesk',
    origin: url.origin,
    ticketId,
    url: url.href,
    subject,
    status,
    ...(priority ? { priority } : {}),
    ...(assignee ? { assignee } : {}),
    ...(requester ? { requester } : {}),
    ...(createdAt ? { createdAt } : events[0] ? { createdAt: events[0].at } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    events,
    capturedAt: toIso(ctx.now),
  };
}

/** Which column holds what, by header text: real renders drop or reorder columns (§1.3). */
function legacyColumns(table: Element): { created?: number; updated?: number } {
  const headers = [...table.querySelectorAll('thead th')].map((th) => cleanText(th.textContent).toLowerCase());
  const find = (names: readonly string[]) => {
    const index = headers.findIndex((header) => names.some((name) => header.includes(name)));
    return index >= 0 ? index : undefined;
  };
  const created = find(['created', 'créé', 'création']);
  const updated = find(['last activity', 'updated', 'dernière activité', 'mise à jour']);
  return { ...(created !== undefined ? { created } : {}), ...(updated !== undefined ? { updated } : {}) };
}

function legacyRows(doc: Document, url: URL): ListRow[] {
  const rows: ListRow[] = [];
  for (const table of doc.querySelectorAll(ZENDESK.legacyTable)) {
    const columns = legacyColumns(table);
    for (const row of table.querySelectorAll('tbody tr')) {
      const link = row.querySelector(ZENDESK.legacyLink);
      const href = link?.getAttribute('href');
      const ticketId = href ? /requests\/(\d+)/.exec(href)?.[1] : undefined;
      if (!link || !href || !ticketId) continue;
      const cells = [...row.children];
      const cellTime = (index: number | undefined) =>
        index === undefined ? undefined : isoFromAttribute(cells[index]?.querySelector('time[datetime]')?.getAttribute('datetime'));
      const status = statusFromClass(row.querySelector(`.requests-table-status ${ZENDESK.statusLabel}, ${ZENDESK.statusLabel}`)) ?? {
        raw: 'unknown',
        category: 'unknown' as const,
      };
      const createdAt = cellTime(columns.created) ?? isoFromAttribute(row.querySelector('.requests-table-meta time[datetime]')?.getAttribute('datetime'));
      const updatedAt = cellTime(columns.updated);
      rows.push({
        ticketId,
        subject: cleanText(link.getAttribute('title')) || cleanText(link.textContent),
        url: new URL(href, url).href,
        status,
        ...(createdAt ? { createdAt } : {}),
        ...(updatedAt ? { updatedAt } : {}),
      });
    }
  }
  return rows;
}

function reactRows(doc: Document, url: URL, ctx: ScrapeContext): ListRow[] {
  const rows: ListRow[] = [];
  for (const row of doc.querySelectorAll(ZENDESK.reactRow)) {
    const link = row.querySelector(`${ZENDESK.reactCell('subject')} a[href]`);
    const href = link?.getAttribute('href');
    const ticketId = href ? /requests\/(\d+)/.exec(href)?.[1] : undefined;
    if (!link || !href || !ticketId) continue;
    const label = cleanText(row.querySelector(ZENDESK.reactCell('status'))?.textContent);
    const category = LIST_LABEL_CATEGORY[label.toLowerCase()] ?? 'unknown';
    const createdAt = parseDisplayDate(cleanText(row.querySelector(ZENDESK.reactCell('created_at'))?.textContent), ctx.now, ctx.timeZone);
    const updatedAt = parseDisplayDate(cleanText(row.querySelector(ZENDESK.reactCell('updated_at'))?.textContent), ctx.now, ctx.timeZone);
    rows.push({
      ticketId,
      subject: cleanText(link.textContent),
      url: new URL(href, url).href,
      status: { raw: label || 'unknown', category },
      ...(createdAt ? { createdAt } : {}),
      ...(updatedAt ? { updatedAt } : {}),
    });
  }
  return rows;
}

export const zendesk: PortalAdapter = {
  id: 'zendesk',
  detect(doc: Document, url: URL): PageKind | null {
    const ticket = ZENDESK.ticketPath.test(url.pathname);
    const list = !ticket && ZENDESK.listPath.test(url.pathname);
    if (!ticket && !list) return null;
    if (!hasFingerprint(doc)) return null;
    return ticket ? 'ticket' : 'list';
  },
  scrapeTicket,
  scrapeList(doc: Document, url: URL, ctx: ScrapeContext): ListSnapshot {
    const legacy = legacyRows(doc, url);
    return { portal: 'zendesk', origin: url.origin, url: url.href, capturedAt: toIso(ctx.now), rows: legacy.length ? legacy : reactRows(doc, url, ctx) };
  },
  anchors(doc: Document, page: PageKind): PageAnchors {
    if (page === 'ticket') return { title: doc.querySelector(ZENDESK.title), rows: new Map() };
    const rows = new Map<string, Element>();
    for (const row of doc.querySelectorAll(`${ZENDESK.legacyRow}, ${ZENDESK.reactRow}`)) {
      const link = row.querySelector(`${ZENDESK.legacyLink}, ${ZENDESK.reactCell('subject')} a[href]`);
      const ticketId = /requests\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
      const cell = link?.closest('td');
      if (ticketId && cell && !rows.has(ticketId)) rows.set(ticketId, cell);
    }
    return { title: null, rows };
  },
};
