/**
 * Zammad, customer role of the desktop app (a single-page app with hash routes: the content script
 * re-reads on `hashchange` and DOM changes). Markup: ../shared/reference/portal-markup.md §6 and
 * §11.11–11.12 (article_view.coffee / .jst.eco, generic/table_row.jst.eco); fixtures in
 * tests/fixtures/zammad. The ticket is known by its number (Ticket# 31001); addresses carry an internal id.
 */
import type { RecipeInput } from '../../model/recipe';

const ZOOM = '.content.active .ticketZoom';

export const zammadRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'zammad',
  name: 'Zammad',
  verified: true,
  locales: ['en', 'de', 'fr'],
  detect: {
    ticketUrl: ['#ticket/zoom/\\d+'],
    listUrl: ['#ticket/view/'],
    // §6.5: the app root, and the app's own markup (articles, overview table, the logo sprite).
    fingerprint: {
      all: ['div#app'],
      any: ['.ticketZoom .ticket-article-item', 'tbody.js-tableBody tr.item', 'use[href*="icons.svg#icon-logo"]', 'use[*|href*="icons.svg#icon-logo"]'],
    },
    spa: true,
  },
  statuses: [
    { pattern: 'new|neu|nouveau', category: 'new' },
    { pattern: 'open|offen|ouvert', category: 'open' },
    { pattern: 'pending reminder|warten auf erinnerung|en attente de rappel', category: 'waiting_on_client' },
    { pattern: 'pending close|warten auf schließen|en attente de clôture', category: 'solved' },
    { pattern: 'closed|geschlossen|fermé|merged|zusammengefasst|fusionné', category: 'closed' },
  ],
  ticket: {
    // Zammad keeps earlier tickets' views in the page, hidden: read the active one only.
    ready: `${ZOOM} .ticket-article`,
    id: [{ selector: `${ZOOM} .ticket-number`, attr: 'data-number', pattern: '(\\d+)$' }, { selector: `${ZOOM} .ticket-number` }],
    subject: [{ selector: `${ZOOM} .ticket-title-update` }],
    status: [{ selector: `${ZOOM} [data-attribute-name="state_id"] option[selected]` }],
    timeline: {
      entry: `${ZOOM} .ticket-article .ticket-article-item`,
      // Customers never receive internal articles; skip one if a view shows it.
      skip: '.is-internal',
      id: [{ attr: 'data-id' }],
      idPrefix: 'zammad-article-',
      author: [{ selector: '.article-meta.top .article-meta-value', remove: '.text-muted' }],
      time: [{ selector: 'time', attr: 'datetime' }, { selector: '[data-time]', attr: 'data-time' }],
      body: [{ selector: '.richtext-content', text: 'block' }],
      side: { system: { selector: '.system' }, partner: { selector: '.agent' }, client: { selector: '.customer' } },
    },
    anchor: `${ZOOM} .ticket-title-update`,
  },
  list: {
    row: '.content.active tbody.js-tableBody tr.item',
    id: [{ column: ['#', 'number', 'nummer', 'numéro'] }],
    link: [{ selector: 'a[href*="#ticket/zoom/"]', attr: 'href' }],
    subject: [{ column: ['title', 'titel', 'titre'] }],
    status: [{ column: ['state', 'status', 'état', 'statut'] }],
    createdAt: [{ column: ['created', 'erstellt', 'créé'], attr: 'datetime' }],
    anchor: 'td:nth-child(2) a',
  },
};
