/**
 * Request Tracker SelfService, RT 5.0 and 6.0 (share/html/SelfService/Display.html, Elements/ShowHistory,
 * Elements/CollectionAsTable). Markup: ../shared/reference/portal-markup.md §3 and §11.6–11.7; fixtures
 * in tests/fixtures/rt. RT shows status and owner changes to requesters, and marks no side: with the
 * default `$UsernameFormat "role"` staff print as `login (Real Name)` and requesters as `Name <email>`.
 */
import type { RecipeInput } from '../../model/recipe';

const USER = { selector: '.description .user' } as const;
const DESCRIPTION = { selector: '.description' } as const;
/** `bob (Bob Martins)` → Bob Martins; `Jane Customer <jane@…>` → Jane Customer. */
const PERSON = [
  { ...USER, pattern: '\\(([^)]+)\\)\\s*$' },
  { ...USER, pattern: '^(.+?)\\s*<[^>]*>\\s*$' },
  USER,
];

export const rtRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'rt',
  name: 'Request Tracker',
  verified: true,
  locales: ['en'],
  detect: {
    ticketUrl: ['/SelfService/Display\\.html\\?(?:[^#]*&)?id=\\d+'],
    listUrl: ['/SelfService/(?:(?:index|Open|Closed)\\.html)?(?:$|[?#])'],
    // §3.4: the SelfService body id, Best Practical's footer credit, the inline RT.Config script.
    fingerprint: {
      any: ['body[id^="comp-SelfService"]', 'p#bpscredits'],
      text: [{ selector: 'script:not([src])', pattern: 'RT\\.(?:CurrentUser|Config)\\s*=' }],
    },
  },
  statuses: [
    { pattern: 'new', category: 'new' },
    { pattern: 'open', category: 'open' },
    { pattern: 'stalled', category: 'on_hold' },
    { pattern: 'resolved', category: 'solved' },
    { pattern: 'rejected|deleted', category: 'closed' },
  ],
  ticket: {
    id: [{ selector: '#header h1', pattern: '^#(\\d+):' }, { from: 'url', pattern: '[?&]id=(\\d+)' }],
    subject: [{ selector: '#header h1', pattern: '^#\\d+:\\s*(.+)$' }],
    status: [{ selector: '.ticket-info-basics .status .current-value' }],
    priority: [{ selector: '.ticket-info-basics .priority .current-value' }],
    assignee: [
      { selector: '.ticket-info-people .owner .user', pattern: '\\(([^)]+)\\)\\s*$' },
      { selector: '.ticket-info-people .owner .user' },
    ],
    requester: [{ selector: '.ticket-info-people .requestors .user', pattern: '^(.+?)\\s*<[^>]*>\\s*$' }],
    createdAt: [{ selector: '.ticket-info-dates .created .current-value' }],
    updatedAt: [{ selector: '.ticket-info-dates .updated .current-value' }],
    timeline: {
      entry: '.history-container .transaction[data-transaction-id]',
      id: [{ attr: 'data-transaction-id' }],
      idPrefix: 'rt-txn-',
      author: PERSON,
      // Text only ("Thu Mar 14 09:02:11 2024", `&nbsp;`-joined), in RT's $DateTimeFormat.
      time: [{ selector: '.metadata .date' }],
      body: [{ selector: '.messagebody', text: 'block' }],
      side: {
        system: { pick: [USER], pattern: '^the rt system itself$' },
        partner: { pick: [USER], pattern: '^[^<>]*\\([^)]+\\)$' },
        client: { pick: [USER], pattern: '<[^>]+@[^>]+>$' },
        otherwise: 'unknown',
      },
      kinds: [
        {
          match: { pick: [DESCRIPTION], pattern: "status changed from '" },
          type: 'status_change',
          from: [{ ...DESCRIPTION, pattern: "from '([^']+)'" }],
          to: [{ ...DESCRIPTION, pattern: "to '([^']+)'\\s*$" }],
        },
        {
          match: { pick: [DESCRIPTION], pattern: ' - (?:taken|given to|stolen from|owner forcibly changed)' },
          type: 'assignment',
          // "Given to priya (Priya Raman)", "Owner forcibly changed from bob to priya"; "Taken": the author.
          to: [
            { ...DESCRIPTION, pattern: '(?:given to|changed from .+ to) (?:[^(]*\\()?([^()]+?)\\)?\\s*$' },
          ],
        },
        { match: { selector: '.basics, .people, .dates, .links, .cfs, .other' }, type: 'other' },
      ],
    },
    anchor: '#header h1',
  },
  list: {
    // RT 6 rows are `tr.list-item`; RT 5 wraps each row in `tbody.list-item`.
    row: 'table.ticket-list tr.list-item, table.ticket-list tbody.list-item',
    id: [{ selector: 'a[href*="Display.html?id="]', attr: 'href', pattern: '[?&]id=(\\d+)' }],
    link: [{ selector: 'a[href*="Display.html?id="]', attr: 'href' }],
    subject: [{ column: ['subject'] }, { selector: 'td:nth-child(2) a' }],
    status: [{ column: ['status'] }, { selector: 'td:nth-child(3)' }],
    anchor: 'td:nth-child(2) a',
  },
};
