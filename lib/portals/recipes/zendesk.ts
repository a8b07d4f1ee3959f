/**
 * Zendesk Help Center, requester side: the Copenhagen theme and the many themes copied from it.
 * Markup: ../shared/reference/portal-markup.md §1 (request_page.hbs; legacy requests_page.hbs; the React
 * request-list module) and the fixtures in tests/fixtures/zendesk.
 */
import type { RecipeInput } from '../../model/recipe';

const LOCALE = '(?:[a-z]{2}(?:-[a-z0-9]{2,4})?/)?';
/** Status machine name from the class, never the display text (custom themes rename it). §1.2 */
const STATUS_CLASS = 'status-label-((?!request(?:\\s|$))[\\w-]+)';
const DETAILS = 'dl.request-details';
/** Sidebar labels (dt text), English and French. */
const LABELS = {
  id: ['id', 'identifiant', 'n°', 'numéro'],
  status: ['status', 'statut', 'état'],
  priority: ['priority', 'priorité'],
  assignee: ['assignee', 'assigné à', 'assigné', 'intervenant', 'agent'],
  requester: ['requester', 'demandeur', 'demandeuse'],
  created: ['created', 'créée', 'créé', 'date de création'],
  updated: ['last activity', 'dernière activité', 'updated', 'mise à jour'],
};
const LEGACY_LINK = 'a.striped-list-title';
const REACT_LINK = '[data-test-id="table-cell-subject"] a[href]';

export const zendeskRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'zendesk',
  name: 'Zendesk Help Center',
  verified: true,
  locales: ['en', 'fr'],
  detect: {
    ticketUrl: [`^/hc/${LOCALE}requests/\\d+/?(?:[?#]|$)`],
    listUrl: [`^/hc/${LOCALE}requests/?(?:[?#]|$)`],
    // §1.4: Zendesk asset hosts, or the inline `HelpCenter = {}` script every theme carries.
    fingerprint: {
      any: ['link[href*="zdassets.com"]', 'script[src*="zdassets.com"]', 'img[src*="zdassets.com"]'],
      text: [{ selector: 'script:not([src])', pattern: 'HelpCenter\\s*(?:=|\\.account|\\.user)' }],
    },
  },
  // Machine names (ticket page, legacy list) and the React list's end-user labels (STATUS_MAPPING), en/fr.
  statuses: [
    { pattern: 'new', category: 'new' },
    { pattern: 'open|ouverte?', category: 'open' },
    { pattern: 'pending|awaiting (?:your )?reply|en attente de (?:votre )?réponse', category: 'waiting_on_client' },
    { pattern: 'hold', category: 'on_hold' },
    { pattern: 'solved|résolue?', category: 'solved' },
    { pattern: 'closed', category: 'closed' },
  ],
  ticket: {
    id: [
      { selector: DETAILS, label: LABELS.id, pattern: '^#?(\\d+)$' },
      { selector: 'form.comment-form[action], form[data-form-type="comment"][action]', attr: 'action', pattern: 'requests/(\\d+)' },
      { from: 'url', pattern: '/requests/(\\d+)' },
    ],
    subject: [{ selector: 'h1.request-title' }],
    status: [
      { selector: `${DETAILS} .status-label`, attr: 'class', pattern: STATUS_CLASS },
      { selector: DETAILS, label: LABELS.status },
    ],
    priority: [{ selector: DETAILS, label: LABELS.priority }],
    assignee: [{ selector: DETAILS, label: LABELS.assignee }],
    requester: [{ selector: DETAILS, label: LABELS.requester }],
    createdAt: [{ selector: DETAILS, label: LABELS.created, attr: 'datetime' }],
    updatedAt: [{ selector: DETAILS, label: LABELS.updated, attr: 'datetime' }],
    timeline: {
      entry: 'ul.comment-list > li.comment',
      id: [{ attr: 'id', pattern: '^request_comment_(\\d+)$' }],
      idPrefix: 'zd-comment-',
      hashPrefix: 'zd-',
      author: [{ selector: '.comment-meta span[title]' }, { selector: '.comment-meta span[title]', attr: 'title' }],
      time: [{ selector: '.comment-meta time[datetime], .comment-info time[datetime]', attr: 'datetime' }],
      body: [{ selector: 'section.comment-body, .comment-body', text: 'block' }],
      // The agent icon marks the partner; themes that drop it everywhere fall back to "the requester is us".
      side: { partner: { selector: 'svg.icon-agent' }, unmarkedWhenPartnerMarked: 'client', otherwise: 'requester-is-client' },
    },
    anchor: 'h1.request-title',
  },
  list: {
    // §1.3 (a) legacy server table, (c) React Garden table.
    row: 'table.requests-table tbody tr, tr[data-garden-id="tables.row"]',
    link: [{ selector: LEGACY_LINK, attr: 'href' }, { selector: REACT_LINK, attr: 'href' }],
    id: [
      { selector: LEGACY_LINK, attr: 'href', pattern: 'requests/(\\d+)' },
      { selector: REACT_LINK, attr: 'href', pattern: 'requests/(\\d+)' },
    ],
    subject: [{ selector: LEGACY_LINK, attr: 'title' }, { selector: LEGACY_LINK }, { selector: REACT_LINK }],
    status: [{ selector: '.status-label', attr: 'class', pattern: STATUS_CLASS }, { selector: '[data-test-id="table-cell-status"]' }],
    createdAt: [
      { column: ['created', 'créé', 'création'], attr: 'datetime' },
      { selector: '.requests-table-meta time[datetime]', attr: 'datetime' },
      { selector: '[data-test-id="table-cell-created_at"]' },
    ],
    updatedAt: [
      { column: ['last activity', 'updated', 'dernière activité', 'mise à jour'], attr: 'datetime' },
      { selector: '[data-test-id="table-cell-updated_at"]' },
    ],
    anchor: `${LEGACY_LINK}, ${REACT_LINK}`,
  },
};
