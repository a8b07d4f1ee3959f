/**
 * From the elements the user picked on one ticket page to a recipe (issue 4 "Teach this portal"): the
 * entries' selector from the picked message, author/time/text relative to it, the side marker from the
 * difference between a client and a partner message, subject and status from the page, the address
 * pattern from the page's own address. Pure: tested in jsdom, run in the page by the picker.
 */
import type { RecipeInput } from '../model/recipe';
import type { StatusCategory } from '../model/status';
import { distinguishingMarker, entriesSelector, escapeRegExp, idAttribute, selectorWithin, timeAttribute } from './candidates';

export interface TeachPicks {
  /** One message written by the client (us), and inside it: */
  entry: Element;
  author: Element;
  time: Element;
  text: Element;
  /** Any element of one message written by the partner. */
  partnerEntry: Element;
  subject: Element;
  status?: Element;
  /** What the picked status means (the user confirms the guess). */
  statusCategory?: StatusCategory;
}

/** A first guess of what a status word means, English and French; the user can change it. */
export function guessCategory(status: string): StatusCategory {
  const text = status.toLowerCase();
  if (/resol|solv|fixed|done|résolu|termin/.test(text)) return 'solved';
  if (/clos|fermé/.test(text)) return 'closed';
  if (/wait|pending|awaiting|attente|for you|votre/.test(text)) return 'waiting_on_client';
  if (/hold|suspend/.test(text)) return 'on_hold';
  if (/^new$|nouveau|nouvelle/.test(text)) return 'new';
  return 'open';
}

/** Where the ticket's number is in the address: a query parameter with digits, else the last path segment. */
function ticketIdFromUrl(url: URL): { idPattern: string; addressPattern: string } {
  const digitsGeneral = (text: string) => escapeRegExp(text).replace(/\d+/g, '\\d+');
  for (const [name, value] of url.searchParams) {
    if (/\d/.test(value)) {
      return { idPattern: `[?&]${escapeRegExp(name)}=([^&#]+)`, addressPattern: `^${digitsGeneral(url.pathname)}\\?(?:[^#]*&)?${escapeRegExp(name)}=` };
    }
  }
  const segments = url.pathname.split('/');
  const last = segments.pop() ?? '';
  const prefix = segments.join('/');
  const shape = /\d/.test(last) ? digitsGeneral(last) : '[^/?#]+';
  return { idPattern: `/([^/?#]+)/?$`, addressPattern: `^${escapeRegExp(prefix)}/${shape}/?(?:[?#]|$)` };
}

function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buildRecipe(doc: Document, pageUrl: string, picks: TeachPicks, name?: string): RecipeInput {
  const url = new URL(pageUrl);
  const entry = entriesSelector(doc, picks.entry);
  const partnerEntry = picks.partnerEntry.closest(entry) ?? picks.partnerEntry;
  const within = (element: Element) => selectorWithin(picks.entry, element);
  const authorPick = { selector: within(picks.author) };
  const timeAttr = timeAttribute(picks.time);
  const timePick = timeAttr ? { selector: within(picks.time), attr: timeAttr } : { selector: within(picks.time) };
  const idAttr = idAttribute(picks.entry, partnerEntry);
  // Side: a class or marker only partner messages carry; else one only ours carry; else by author name.
  const partnerMarker = distinguishingMarker(partnerEntry, picks.entry);
  const clientMarker = partnerMarker ? undefined : distinguishingMarker(picks.entry, partnerEntry);
  const clientAuthor = text(picks.author);
  const side = partnerMarker
    ? { partner: { selector: partnerMarker }, otherwise: 'client' as const }
    : clientMarker
      ? { client: { selector: clientMarker }, otherwise: 'partner' as const }
      : { client: { pick: [authorPick], pattern: `^${escapeRegExp(clientAuthor)}$` }, otherwise: 'partner' as const };
  const statusText = picks.status ? text(picks.status) : '';
  const { idPattern, addressPattern } = ticketIdFromUrl(url);
  const subject = selectorWithin(doc, picks.subject);
  return {
    format: 'plumbline-recipe',
    version: 1,
    id: `recipe:${(name ?? url.host).replace(/[^\w .-]/g, '-').slice(0, 80)}`,
    name: (name ?? `Taught on ${url.host}`).slice(0, 100),
    origins: [url.origin],
    locales: [doc.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase() || 'en', 'en'].filter((locale, index, all) => all.indexOf(locale) === index),
    detect: { ticketUrl: [addressPattern], fingerprint: { all: [entry] } },
    statuses: statusText ? [{ pattern: escapeRegExp(statusText), category: picks.statusCategory ?? guessCategory(statusText) }] : [],
    ticket: {
      id: [{ from: 'url', pattern: idPattern }],
      subject: [{ selector: subject }],
      ...(picks.status ? { status: [{ selector: selectorWithin(doc, picks.status) }] } : {}),
      timeline: {
        entry,
        ...(idAttr ? { id: [{ attr: idAttr }], idPrefix: 'taught-' } : { hashPrefix: 'taught-' }),
        author: [authorPick],
        time: [timePick],
        body: [{ selector: within(picks.text), text: 'block' }],
        side,
      },
      anchor: subject,
    },
  };
}
