/** What every request-list variant shares: which tickets a locale's user sees, in which order, and the page frame. */
import type { HelpCenterLocale } from '../data/types';
import type { LiveTicket } from '../portal-state';
import { escapeHtml } from './escape';
import type { HelpCenterText } from './help-center-text';
import { breadcrumbs } from './layout';

/** "My requests" of the signed-in user of that locale, most recently updated first (Zendesk's default sort). */
export function ticketsForList(tickets: readonly LiveTicket[], locale: HelpCenterLocale): LiveTicket[] {
  return tickets.filter((ticket) => ticket.locale === locale).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

/**
 * Breadcrumbs, title, search form and — for the server-rendered list — the activity tabs above the list
 * (Copenhagen requests_page.hbs; the React module draws its own tabs).
 */
export function listHeader(locale: HelpCenterLocale, text: HelpCenterText, options: { tabs: boolean }): string {
  const home = `/hc/${locale}`;
  const tabs = options.tabs
    ? `
    <nav class="my-activities-nav" aria-label="${escapeHtml(text.requests)}">
      <span aria-selected="true">${escapeHtml(text.myRequests)}</span>
      <a href="${escapeHtml(`${home}/requests/ccd`)}">${escapeHtml(text.ccdRequests)}</a>
    </nav>`
    : '';
  return `<nav class="sub-nav">${breadcrumbs([
      { title: text.helpCenterName, href: home },
      { title: text.requests, href: `${home}/requests` },
    ])}</nav>
    <h1 class="my-activities-header">${escapeHtml(text.requests)}</h1>${tabs}
    <form class="requests-search" action="${escapeHtml(`${home}/requests`)}" method="get" role="search">
      <input type="search" name="query" placeholder="${escapeHtml(text.search)}" aria-label="${escapeHtml(text.search)}">
    </form>`;
}
