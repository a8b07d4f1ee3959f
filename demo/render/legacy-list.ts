/**
 * The server-rendered request list (Copenhagen `319b75ad:templates/requests_page.hbs`, the variant most
 * custom themes still ship): `table.requests-table`, one `tr` per request (`request-closed` when closed),
 * `a.striped-list-title`, `time[datetime]` created/updated, `status-label-<status>` (portal-markup.md §1.3a, §11.2).
 */
import { signedInUser } from '../data/people';
import type { HelpCenterLocale } from '../data/types';
import type { LiveTicket } from '../portal-state';
import { escapeHtml } from './escape';
import { HELP_CENTER_TEXT, type HelpCenterText } from './help-center-text';
import { renderPage } from './layout';
import { listHeader, ticketsForList } from './list-common';
import { ticketPath } from './ticket-page';
import { timeElement } from './time';

function statusLabel(ticket: LiveTicket, text: HelpCenterText): string {
  return `<span class="status-label status-label-${escapeHtml(ticket.status)}" title="${escapeHtml(text.statusDescription[ticket.status])}">${escapeHtml(text.statusName[ticket.status])}</span>`;
}

function renderRow(ticket: LiveTicket, now: Date, text: HelpCenterText): string {
  const created = timeElement(ticket.createdAt, now, text.intl, 'relative');
  const updated = timeElement(ticket.updatedAt, now, text.intl, 'relative');
  return `
      <tr${ticket.status === 'closed' ? ' class="request-closed"' : ''}>
        <td class="request-info requests-table-info">
          <a href="${escapeHtml(ticketPath(ticket))}" class="striped-list-title" title="${escapeHtml(ticket.subject)}">${escapeHtml(ticket.subject)}</a>
          <div class="requests-table-meta meta-group"><span class="meta-data">#${escapeHtml(ticket.id)}</span>
            <span class="meta-data">${created}</span>
            ${statusLabel(ticket, text)}</div>
        </td>
        <td>#${escapeHtml(ticket.id)}</td>
        <td>${created}</td>
        <td>${updated}</td>
        <td class="requests-table-status">${statusLabel(ticket, text)}</td>
      </tr>`;
}

export function renderLegacyList(tickets: readonly LiveTicket[], locale: HelpCenterLocale, now: Date): string {
  const text = HELP_CENTER_TEXT[locale];
  const base = `/hc/${locale}/requests`;
  const rows = ticketsForList(tickets, locale).map((ticket) => renderRow(ticket, now, text));
  const main = `  <div class="container">
    ${listHeader(locale, text, { tabs: true })}
    <div id="main-content" class="requests">
  <table class="table my-activities-table requests-table my-requests">
    <thead><tr><th>${escapeHtml(text.subject)}</th><th>${escapeHtml(text.id)}</th><th><a href="${escapeHtml(`${base}?sort_by=created_at`)}">${escapeHtml(text.created)}</a></th><th><a href="${escapeHtml(`${base}?sort_by=updated_at`)}">${escapeHtml(text.lastActivity)}</a></th><th>${escapeHtml(text.status)}</th></tr></thead>
    <tbody>${rows.join('')}
    </tbody>
  </table>
    </div>
  </div>`;
  return renderPage({ locale, title: text.requests, user: signedInUser[locale], main, bodyClass: 'requests-page' });
}
