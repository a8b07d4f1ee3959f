/**
 * GLPI 10 / 11, self-service ("helpdesk") interface (templates/components/itilobject/layout.html.twig,
 * timeline/*.twig, search/display_data.html.twig). Markup: ../shared/reference/portal-markup.md §5 and
 * §11.10; fixtures in tests/fixtures/glpi. Sides from the timeline's left (requester) and right (assigned
 * technician) columns; times from the header badge's `title` (the visible text is relative by default).
 */
import type { RecipeInput } from '../../model/recipe';

const TICKET_LINK = 'a[href*="ticket.form.php?id="]';

export const glpiRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'glpi',
  name: 'GLPI',
  verified: true,
  locales: ['en', 'fr', 'de'],
  detect: {
    ticketUrl: ['/front/ticket\\.form\\.php\\?(?:[^#]*&)?id=\\d+'],
    listUrl: ['/front/ticket\\.php(?:$|[?#])'],
    // §5.4: GLPI's CSRF meta and its page titles.
    fingerprint: {
      any: ['meta[property="glpi:csrf_token"]'],
      text: [{ selector: 'head > title', pattern: '^GLPI\\s+-' }],
    },
  },
  statuses: [
    { pattern: 'new|nouveau|neu', category: 'new' },
    { pattern: '(?:processing|en cours|in bearbeitung).*', category: 'open' },
    { pattern: 'pending|en attente|wartend', category: 'waiting_on_client' },
    { pattern: 'solved|résolu|gelöst', category: 'solved' },
    { pattern: 'closed|clos|geschlossen', category: 'closed' },
  ],
  ticket: {
    ready: '.itil-timeline',
    id: [{ from: 'url', pattern: '[?&]id=(\\d+)' }],
    subject: [{ selector: '.itil-timeline .ITILContent .read-only-content > .card-title' }],
    status: [{ selector: '.itil-right-side i.itilstatus', attr: 'title' }],
    timeline: {
      entry: '.itil-timeline > .timeline-item[data-itemtype]',
      // Requesters normally never see private items; leave one out if a profile shows it.
      skip: '.private-item',
      id: [{ attr: 'id' }, { attr: 'data-itemtype' }],
      idPrefix: 'glpi-',
      author: [{ selector: '.creator span[id^="user_"] a' }],
      time: [{ selector: '.creator span[title]', attr: 'title' }],
      body: [{ selector: '.read-only-content .rich_text_container', text: 'block' }, { selector: '.read-only-content', text: 'block' }],
      // The ticket's description is the requester's; follow-ups sit left (requester) or right (technician).
      side: { partner: { selector: '.t-right' }, client: { selector: '.t-left, .ITILContent' } },
    },
    anchor: '.itil-timeline .ITILContent .read-only-content > .card-title',
  },
  list: {
    row: 'table.search-results tbody tr',
    id: [{ selector: TICKET_LINK, attr: 'href', pattern: '[?&]id=(\\d+)' }],
    link: [{ selector: TICKET_LINK, attr: 'href' }],
    subject: [{ selector: TICKET_LINK }],
    status: [{ column: ['status', 'statut'] }],
    createdAt: [{ column: ['opening date', "date d'ouverture", 'eröffnungsdatum'] }],
    updatedAt: [{ column: ['last update', 'dernière modification', 'letzte änderung'] }],
    anchor: TICKET_LINK,
  },
};
