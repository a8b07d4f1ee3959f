/**
 * The request detail page, element for element as Copenhagen's `templates/request_page.hbs` renders it
 * (portal-markup.md §1.2 and the §11.1 skeleton): `h1.request-title`, `ul.comment-list > li.comment`
 * with `svg.icon-agent` only for agents, `time[datetime]`, `section.comment-body > div.zd-comment`,
 * the sidebar's `dl.request-details` and the status class `status-label-<status>`.
 */
import { signedInUser } from '../data/people';
import type { LiveComment, LiveTicket } from '../portal-state';
import { escapeHtml } from './escape';
import { HELP_CENTER_TEXT, type HelpCenterText } from './help-center-text';
import { avatarUrl, breadcrumbs, profileUrl, renderPage } from './layout';
import { renderPagination } from './pagination';
import { timeElement } from './time';

/** Public comments per page before Zendesk paginates the request page. */
export const COMMENTS_PER_PAGE = 30;

export function commentPageCount(ticket: LiveTicket): number {
  return Math.max(1, Math.ceil(ticket.comments.length / COMMENTS_PER_PAGE));
}

export function ticketPath(ticket: Pick<LiveTicket, 'id' | 'locale'>): string {
  return `/hc/${ticket.locale}/requests/${ticket.id}`;
}

const AGENT_ICON_PATH = 'M6 0C2.7 0 0 2.7 0 6s2.7 6 6 6 6-2.7 6-6-2.7-6-6-6zm0 2.5a1.8 1.8 0 110 3.6 1.8 1.8 0 010-3.6zM2.8 9.3C3.4 8 4.6 7.3 6 7.3s2.6.7 3.2 2A4.5 4.5 0 016 10.5a4.5 4.5 0 01-3.2-1.2z';

function renderComment(ticket: LiveTicket, entry: LiveComment, now: Date, text: HelpCenterText): string {
  const author = entry.author;
  const icon = author.agent
    ? `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" aria-hidden="true" viewBox="0 0 12 12" class="icon-agent" aria-label="${escapeHtml(text.teamMember(author.name))}"><path fill="currentColor" d="${AGENT_ICON_PATH}"/></svg>\n                `
    : '';
  const paragraphs = entry.body.map((paragraph) => `<p dir="auto">${escapeHtml(paragraph)}</p>`).join('');
  const attachments = entry.attachments.length
    ? `
            <ul class="attachments">${entry.attachments
              .map((file) => {
                const url = `/attachments/token/${entry.id}/?name=${encodeURIComponent(file.name)}`;
                return `<li class="attachment-item"><svg class="attachment-icon" width="12" height="12" aria-hidden="true"></svg><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(file.name)}</a>
              <div class="attachment-meta meta-group"><span class="attachment-meta-item meta-data">${escapeHtml(file.size)}</span><a href="${escapeHtml(url)}" target="_blank" class="attachment-meta-item meta-data">${escapeHtml(text.download)}</a></div></li>`;
              })
              .join('')}</ul>`
    : '';
  return `
        <li id="request_comment_${escapeHtml(entry.id)}" class="comment">
          <div class="comment-wrapper"><div class="comment-info">
            <div class="comment-author">
              <div class="avatar comment-avatar">
                ${icon}<img src="${escapeHtml(avatarUrl(author))}" alt="" class="user-avatar"/>
              </div>
              <div class="comment-meta">
                <span title="${escapeHtml(author.name)}"><a href="${escapeHtml(profileUrl(ticket.locale, author))}">${escapeHtml(author.name)}</a></span>
                <div class="meta-group"><span class="meta-data">${timeElement(entry.at, now, text.intl, 'relative')}</span></div>
              </div>
            </div>
            <section class="comment-body"><div class="zd-comment" dir="auto">${paragraphs}</div></section>${attachments}
          </div></div>
        </li>`;
}

function renderCommentForm(ticket: LiveTicket, text: HelpCenterText): string {
  const path = ticketPath(ticket);
  if (ticket.status === 'closed') {
    const callout = text.closedForComments(`/hc/${ticket.locale}/requests/new?parent_id=${ticket.id}`);
    return `<p class="comment-callout">${escapeHtml(callout.before)}<a href="${escapeHtml(callout.href)}">${escapeHtml(callout.link)}</a>${escapeHtml(callout.after)}</p>`;
  }
  const user = signedInUser[ticket.locale];
  return `<form data-form="" data-form-type="comment" class="comment-form hbs-form" action="${escapeHtml(path)}" accept-charset="UTF-8" method="post">
        <input name="utf8" type="hidden" value="&#x2713;"><input type="hidden" name="authenticity_token" value="">
        <div class="avatar comment-avatar"><img src="${escapeHtml(avatarUrl(user))}" alt="" class="user-avatar"/></div>
        <div class="comment-container">
          <label for="request_comment_body" style="position:absolute;left:-9999px">${escapeHtml(text.addReply)}</label>
          <textarea name="request[comment][body]" id="request_comment_body" rows="4" placeholder="${escapeHtml(text.addReply)}"></textarea>
          <div class="comment-form-controls"><input type="submit" name="commit" value="${escapeHtml(text.submit)}"></div>
        </div>
      </form>`;
}

function detailRow(label: string, valueHtml: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>`;
}

function renderSidebar(ticket: LiveTicket, now: Date, text: HelpCenterText): string {
  const first = [
    detailRow(text.requester, escapeHtml(ticket.requester.name)),
    detailRow(text.created, timeElement(ticket.createdAt, now, text.intl, 'calendar')),
    detailRow(text.lastActivity, timeElement(ticket.updatedAt, now, text.intl, 'calendar')),
  ];
  if (ticket.ccs.length) {
    const names = ticket.ccs.map((person) => `<li title="${escapeHtml(person.name)}">${escapeHtml(person.name)}</li>`).join('');
    first.push(detailRow(text.ccs, `<ul class="request-collaborators">${names}</ul>`));
  }
  const second: string[] = [];
  if (ticket.assignee) second.push(detailRow(text.assignee, escapeHtml(ticket.assignee.name)));
  second.push(detailRow(text.id, `#${escapeHtml(ticket.id)}`));
  if (ticket.group) second.push(detailRow(text.group, escapeHtml(ticket.group)));
  second.push(
    detailRow(
      text.status,
      `<span class="status-label status-label-request status-label-${escapeHtml(ticket.status)}" title="${escapeHtml(text.statusDescription[ticket.status])}">${escapeHtml(text.statusName[ticket.status])}</span>`,
    ),
  );
  second.push(detailRow(text.priority, escapeHtml(text.priorityName[ticket.priority])));
  return `<section class="request-sidebar collapsible-sidebar">
      <h2 id="request-sidebar-title" class="collapsible-sidebar-title">${escapeHtml(text.ticketDetails)}</h2>
      <div class="collapsible-sidebar-body">
        <dl class="request-details">
          ${first.join('\n          ')}
        </dl>
        <dl class="request-details">
          ${second.join('\n          ')}
        </dl>
      </div>
    </section>`;
}

/** The whole detail page; `page` is the 1-based comment page (`?page=N`), clamped to what exists. */
export function renderTicketPage(ticket: LiveTicket, requestedPage: number, now: Date): string {
  const text = HELP_CENTER_TEXT[ticket.locale];
  const pages = commentPageCount(ticket);
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pages);
  const shown = ticket.comments.slice((page - 1) * COMMENTS_PER_PAGE, page * COMMENTS_PER_PAGE);
  const home = `/hc/${ticket.locale}`;
  const main = `  <div class="container">
    <div class="request-breadcrumbs">${breadcrumbs([
      { title: text.helpCenterName, href: home },
      { title: text.requests, href: `${home}/requests` },
    ])}</div>
    <h1 class="request-title">${escapeHtml(ticket.subject)}</h1>
    <div id="main-content" class="request-container">
      <section class="request-main">
      <ul class="comment-list">${shown.map((entry) => renderComment(ticket, entry, now, text)).join('')}
      </ul>
      ${renderPagination(ticketPath(ticket), page, pages, text)}
      ${renderCommentForm(ticket, text)}
      </section>
      ${renderSidebar(ticket, now, text)}
    </div>
  </div>`;
  return renderPage({
    locale: ticket.locale,
    title: ticket.subject,
    user: signedInUser[ticket.locale],
    main,
    bodyClass: 'request-page',
  });
}
