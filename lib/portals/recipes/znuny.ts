/**
 * Znuny / OTRS 6 customer interface (Kernel/Output/HTML/Templates/Standard/CustomerTicketZoom.tt,
 * CustomerTicketZoom/ArticleRender/MIMEBase.tt, CustomerTicketOverview.tt). Markup:
 * ../shared/reference/portal-markup.md §4 and §11.8–11.9; fixtures in tests/fixtures/znuny. Rich article
 * bodies live in same-origin iframes, read when loaded (the `iframe-body` hook); plain-text bodies inline.
 * Times: the absolute time in `.Age[title]` (the visible text is relative), in the user's locale.
 */
import type { RecipeInput } from '../../model/recipe';

const SIDEBAR = '#ZoomSidebar #Metadata';
const ARTICLE_LINK = '.MessageHeader h3 a';

export const znunyRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'znuny',
  name: 'Znuny / OTRS',
  verified: true,
  locales: ['en', 'de', 'fr'],
  hooks: ['iframe-body'],
  detect: {
    ticketUrl: ['customer\\.pl\\?(?:[^#]*[;&])?Action=CustomerTicketZoom(?:[;&#]|$)'],
    listUrl: ['customer\\.pl\\?(?:[^#]*[;&])?Action=CustomerTicketOverview(?:[;&#]|$)'],
    // §4.4: the customer skin, the product icon, the product name ending the title.
    fingerprint: {
      any: ['link[href*="skins/Customer/"]', 'link[href*="img/icons/product.ico"]'],
      text: [{ selector: 'head > title', pattern: '(?:Znuny|OTRS)(?:\\s+\\d[\\d.]*)?\\s*$' }],
    },
  },
  statuses: [
    { pattern: 'new|neu|nouveau', category: 'new' },
    { pattern: 'open|offen|ouvert', category: 'open' },
    { pattern: 'pending reminder|warten zur erinnerung|warten auf erinnerung|en attente de rappel', category: 'waiting_on_client' },
    { pattern: 'pending auto close[+-]?|warten auf erfolgreich schließen|warten auf erfolglos schließen', category: 'solved' },
    { pattern: 'closed (?:successful|unsuccessful)|erfolgreich geschlossen|erfolglos geschlossen|fermé.*|merged|zusammengefasst', category: 'closed' },
  ],
  ticket: {
    id: [{ selector: SIDEBAR, label: ['ticket#', 'ticket-nr.', 'ticket nr.', 'n° de ticket'] }, { from: 'url', pattern: 'TicketNumber=(\\d+)' }],
    subject: [{ selector: '.TicketHeader h2', attr: 'title' }, { selector: '.TicketHeader h2', remove: '.Flag' }],
    status: [{ selector: SIDEBAR, label: ['state', 'status', 'état'] }],
    priority: [{ selector: SIDEBAR, label: ['priority', 'priorität', 'priorité'] }],
    assignee: [{ selector: SIDEBAR, label: ['owner', 'besitzer', 'propriétaire'] }],
    timeline: {
      entry: 'ul#Messages > li',
      id: [{ selector: ARTICLE_LINK, attr: 'href', pattern: 'ArticleID=(\\d+)' }],
      idPrefix: 'znuny-article-',
      author: [{ selector: ARTICLE_LINK, pattern: '^(.+?)\\s+[–-]\\s' }, { selector: '.Details', label: ['from', 'von', 'de'] }],
      time: [{ selector: '.MessageHeader .Age', attr: 'title' }],
      body: [{ selector: '.ArticleBody', text: 'block' }],
      side: { system: { selector: '.system-1' }, partner: { selector: '.agent-1' }, client: { selector: '.customer-1' } },
    },
    anchor: '.TicketHeader h2',
  },
  list: {
    row: 'table.Overview tbody tr.MasterAction',
    id: [{ selector: 'td.Ticket a' }],
    link: [{ selector: 'td.Ticket a', attr: 'href' }],
    subject: [{ selector: 'td.Title h2' }],
    status: [{ selector: 'td.Status' }],
    createdAt: [{ selector: 'td.Age', attr: 'title' }],
    anchor: 'td.Title h2',
  },
};
