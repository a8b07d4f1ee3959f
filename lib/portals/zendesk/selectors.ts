/**
 * Zendesk Help Center selectors, kept with the pages they were seen on
 * (../shared/reference/portal-markup.md §1; zendesk/copenhagen_theme templates).
 */
export const ZENDESK = {
  /** §1.4 fingerprint: the inline `HelpCenter = {}` script, Zendesk asset hosts, Copenhagen markup. */
  fingerprintScript: /HelpCenter\s*(?:=|\.account|\.user)/,
  fingerprintAssets: 'link[href*="zdassets.com"], script[src*="zdassets.com"], img[src*="zdassets.com"]',
  /** §1.1: /hc/<locale>/requests/<id> (and /hc/requests/<id> from the React list). */
  ticketPath: /\/hc\/(?:[a-z]{2}(?:-[a-z0-9]{2,4})?\/)?requests\/(\d+)\/?$/i,
  listPath: /\/hc\/(?:[a-z]{2}(?:-[a-z0-9]{2,4})?\/)?requests\/?$/i,

  /** §1.2 request_page.hbs */
  title: 'h1.request-title',
  commentList: 'ul.comment-list',
  comment: 'ul.comment-list > li.comment',
  /** Author: `.comment-meta span[title]`, queried in two steps (a descendant selector from each comment is ~15× slower in Chromium). */
  commentMeta: '.comment-meta',
  commentAuthor: 'span[title]',
  commentTime: '.comment-meta time[datetime], .comment-info time[datetime]',
  commentBody: 'section.comment-body, .comment-body',
  agentIcon: '.comment-avatar svg.icon-agent, svg.icon-agent',
  details: 'dl.request-details',
  statusLabel: '.status-label',
  /** Status machine name from the class, never the display text (custom themes rename it). */
  statusClass: /(?:^|\s)status-label-((?!request(?:\s|$))[\w-]+)/,
  commentForm: 'form.comment-form[action], form[data-form-type="comment"][action]',

  /** §1.3 (a) legacy server table (319b75ad:templates/requests_page.hbs). */
  legacyTable: 'table.requests-table',
  legacyRow: 'table.requests-table tbody tr',
  legacyLink: 'a.striped-list-title',
  /** §1.3 (c) React Garden table (src/modules/request-list). */
  reactTable: 'table[data-garden-id="tables.table"]',
  reactRow: 'tr[data-garden-id="tables.row"]',
  reactCell: (id: string) => `[data-test-id="table-cell-${id}"]`,
} as const;

/** Sidebar labels (dt text) in English and French, lower-cased. */
export const DETAIL_LABELS = {
  requester: ['requester', 'demandeur', 'demandeuse'],
  created: ['created', 'créée', 'créé', 'date de création'],
  updated: ['last activity', 'dernière activité', 'updated', 'mise à jour'],
  assignee: ['assignee', 'assigné à', 'assigné', 'intervenant', 'agent'],
  id: ['id', 'identifiant', 'n°', 'numéro'],
  status: ['status', 'statut', 'état'],
  priority: ['priority', 'priorité'],
} as const;

/** Zendesk status machine names → categories (DESIGN.md "Contract rules"). */
export const STATUS_CATEGORY = {
  new: 'new',
  open: 'open',
  pending: 'waiting_on_client',
  hold: 'on_hold',
  solved: 'solved',
  closed: 'closed',
} as const;

/** The React list shows end-user labels only (RequestsTableCell.tsx STATUS_MAPPING), en and fr. */
export const LIST_LABEL_CATEGORY: Record<string, 'open' | 'waiting_on_client' | 'solved'> = {
  open: 'open',
  ouverte: 'open',
  ouvert: 'open',
  'awaiting reply': 'waiting_on_client',
  'awaiting your reply': 'waiting_on_client',
  'en attente de votre réponse': 'waiting_on_client',
  'en attente de réponse': 'waiting_on_client',
  solved: 'solved',
  résolue: 'solved',
  résolu: 'solved',
};
