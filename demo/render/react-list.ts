/**
 * The React request list (Copenhagen module `request-list`, Garden v9; portal-markup.md §1.3c, §11.3):
 * the server sends an empty `#main-content`; a small inline script builds the Garden table ~300 ms
 * after load, as the real module does after its API fetch — so the content script must notice rows
 * that arrive after `document_idle` (MutationObserver). Cells carry `data-test-id="table-cell-…"`,
 * dates are text only (no datetime attribute), links go to `/hc/requests/<id>` without a locale.
 */
import { signedInUser } from '../data/people';
import type { HelpCenterLocale } from '../data/types';
import type { LiveTicket } from '../portal-state';
import { escapeHtml, jsonForScript } from './escape';
import { HELP_CENTER_TEXT } from './help-center-text';
import { renderPage } from './layout';
import { listHeader, ticketsForList } from './list-common';
import { reactCreatedText, reactUpdatedText } from './time';

/** What the inline script needs per row — plain strings, set with textContent. */
export interface ReactListRow {
  id: string;
  subject: string;
  href: string;
  created: string;
  updated: string;
  status: string;
}

export interface ReactListPayload {
  delayMs: number;
  tabs: { myRequests: string; ccdRequests: string };
  headers: { subject: string; id: string; created: string; updated: string; status: string };
  rows: ReactListRow[];
}

/** The client-side renderer, shipped as an inline script (plain ES5-style JS, DOM APIs only). */
const RENDER_SCRIPT = `
(function () {
  var payload = JSON.parse(document.getElementById('request-list-data').textContent);
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }
  function ellipsis(text) { return el('div', { 'data-garden-id': 'typography.ellipsis' }, [text]); }
  function header(testId, text) { return el('th', { 'data-garden-id': 'tables.header_cell', 'data-test-id': testId }, [text]); }
  function cell(testId, children, extra) {
    var attrs = { 'data-garden-id': 'tables.cell', 'data-test-id': testId };
    Object.keys(extra || {}).forEach(function (name) { attrs[name] = extra[name]; });
    return el('td', attrs, children);
  }
  function render() {
    var root = document.getElementById('main-content');
    var tabs = el('div', { role: 'tablist' }, [
      el('button', { role: 'tab', 'data-test-id': 'tab-my-requests', 'aria-selected': 'true' }, [payload.tabs.myRequests]),
      el('button', { role: 'tab', 'data-test-id': 'tab-ccd-requests', 'aria-selected': 'false' }, [payload.tabs.ccdRequests])
    ]);
    var head = el('thead', { 'data-garden-id': 'tables.head' }, [el('tr', { 'data-garden-id': 'tables.header_row' }, [
      header('header-cell-subject', payload.headers.subject),
      header('header-cell-id', payload.headers.id),
      header('sortable-cell-created_at', payload.headers.created),
      header('sortable-cell-updated_at', payload.headers.updated),
      header('sortable-cell-status', payload.headers.status),
      el('th', { 'data-garden-id': 'tables.header_cell' }, [])
    ])]);
    var body = el('tbody', { 'data-garden-id': 'tables.body' }, payload.rows.map(function (row) {
      return el('tr', { 'data-garden-id': 'tables.row' }, [
        cell('table-cell-subject', [el('a', { 'data-garden-id': 'buttons.anchor', href: row.href }, [ellipsis(row.subject)])], { role: 'rowheader' }),
        cell('table-cell-id', [ellipsis('#' + row.id)]),
        cell('table-cell-created_at', [ellipsis(row.created)]),
        cell('table-cell-updated_at', [ellipsis(row.updated)]),
        cell('table-cell-status', [el('div', { 'data-garden-id': 'tags.tag_view' }, [ellipsis(row.status)])]),
        el('td', { 'data-garden-id': 'tables.cell' }, [])
      ]);
    }));
    var table = el('table', { 'data-garden-id': 'tables.table' }, [head, body]);
    root.replaceChildren(tabs, table);
  }
  setTimeout(render, payload.delayMs);
})();
`;

export function reactListPayload(tickets: readonly LiveTicket[], locale: HelpCenterLocale, now: Date, delayMs = 300): ReactListPayload {
  const text = HELP_CENTER_TEXT[locale];
  return {
    delayMs,
    tabs: { myRequests: text.myRequests, ccdRequests: text.ccdRequests },
    headers: { subject: text.subject, id: 'ID', created: text.createdDate, updated: text.updatedDate, status: text.status },
    rows: ticketsForList(tickets, locale).map((ticket) => ({
      id: String(ticket.id),
      subject: ticket.subject,
      href: `/hc/requests/${ticket.id}`,
      created: reactCreatedText(ticket.createdAt, text.intl),
      updated: reactUpdatedText(ticket.updatedAt, now, text.intl, text),
      status: text.statusTag[ticket.status],
    })),
  };
}

export function renderReactList(tickets: readonly LiveTicket[], locale: HelpCenterLocale, now: Date, delayMs = 300): string {
  const text = HELP_CENTER_TEXT[locale];
  const payload = reactListPayload(tickets, locale, now, delayMs);
  const main = `  <div class="container">
    ${listHeader(locale, text, { tabs: false })}
    <div id="main-content"><p class="request-list-loading" role="status">${escapeHtml(text.loading)}</p></div>
  </div>`;
  const tail = `  <script type="application/json" id="request-list-data">${jsonForScript(payload)}</script>
  <script>${RENDER_SCRIPT}</script>`;
  return renderPage({ locale, title: text.requests, user: signedInUser[locale], main, tail, bodyClass: 'requests-page' });
}
