/**
 * osTicket client portal, 1.10 – 1.18 (include/client/view.inc.php, tickets.inc.php, thread templates).
 * Markup: ../shared/reference/portal-markup.md §2 and §11.4–11.5; fixtures in tests/fixtures/osticket.
 * The ticket is known by the number it shows (#582911), in the list and on the ticket page alike; the
 * address carries an internal id.
 */
import type { RecipeInput } from '../../model/recipe';

const DESCRIPTION = { selector: '.description', remove: 'time' } as const;

export const osticketRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'osticket',
  name: 'osTicket',
  verified: true,
  locales: ['en', 'fr'],
  detect: {
    ticketUrl: ['/tickets\\.php\\?(?:[^#]*&)?id=\\d+'],
    listUrl: ['/tickets\\.php(?:$|[?#])'],
    // §2.4: the keywords meta, osticket.css / osticket.js and the Oscar favicon.
    fingerprint: {
      any: [
        'meta[name="keywords"][content*="osTicket"]',
        'link[href*="css/osticket.css"]',
        'script[src*="js/osticket.js"]',
        'link[href*="oscar-favicon"]',
      ],
    },
  },
  statuses: [
    { pattern: 'open|ouvert|reopened', category: 'open' },
    { pattern: 'resolved|résolu', category: 'solved' },
    { pattern: 'closed|fermé|archived|archivé', category: 'closed' },
  ],
  ticket: {
    id: [{ selector: '#ticketInfo h1 small', pattern: '#?\\s*(\\d+)' }],
    subject: [{ selector: '#ticketInfo h1 > b' }],
    status: [{ selector: 'table.infoTable', label: ['ticket status', 'status', 'statut du ticket', 'statut'] }],
    requester: [{ selector: 'table.infoTable', label: ['name', 'nom'] }],
    createdAt: [{ selector: 'table.infoTable', label: ['create date', 'date de création'] }],
    timeline: {
      // §2.2: messages (requester) and responses (staff), and the events shown to clients, in time order.
      entry: '#ticketThread .thread-entry, #ticketThread .thread-event',
      id: [{ selector: '.thread-body', attr: 'id', pattern: '^thread-id-(\\d+)$' }],
      idPrefix: 'ost-entry-',
      hashPrefix: 'ost-event-',
      author: [{ selector: '.header > b' }, { selector: '.description b' }],
      time: [{ selector: 'time[datetime]', attr: 'datetime' }],
      body: [{ selector: '.thread-body > div', text: 'block' }],
      side: { partner: { selector: '.response' }, client: { selector: '.message' }, otherwise: 'requester-is-client' },
      kinds: [
        { match: { selector: '.thread-event', pattern: '^closed by' }, type: 'status_change', to: [{ ...DESCRIPTION, pattern: 'with status of\\s+(.+)$' }] },
        { match: { selector: '.thread-event', pattern: 'changed the status to' }, type: 'status_change', to: [{ ...DESCRIPTION, pattern: 'changed the status to\\s+(.+)$' }] },
        { match: { selector: '.thread-event', pattern: '^reopened by' }, type: 'status_change', to: [{ ...DESCRIPTION, pattern: '^(reopened)' }] },
        { match: { selector: '.thread-event' }, type: 'other' },
      ],
    },
    anchor: '#ticketInfo h1 > b',
  },
  list: {
    row: '#ticketTable tbody tr',
    id: [{ selector: 'td:first-child a', pattern: '(\\d+)' }],
    link: [{ selector: 'td:first-child a[href]', attr: 'href' }],
    subject: [{ column: ['subject', 'sujet'] }],
    status: [{ column: ['status', 'statut'] }],
    createdAt: [{ column: ['create date', 'date de création'] }],
    anchor: '.link',
  },
};
