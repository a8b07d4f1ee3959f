/**
 * Zendesk's `{{pagination}}` helper output, with Copenhagen's class names (styles/_pagination.scss:
 * pagination-first, -prev, -current, -next, -last). Comment pages link to `?page=N#comments`
 * (portal-markup.md §1.1).
 */
import { escapeHtml } from './escape';

export interface PaginationLabels {
  previousPage: string;
  nextPage: string;
}

export function renderPagination(basePath: string, current: number, pages: number, labels: PaginationLabels): string {
  if (pages <= 1) return '';
  const href = (page: number) => `${basePath}?page=${page}#comments`;
  const link = (page: number, text: string, rel?: string, aria?: string) =>
    `<a href="${escapeHtml(href(page))}"${rel ? ` rel="${rel}"` : ''}${aria ? ` aria-label="${escapeHtml(aria)}"` : ''}>${escapeHtml(text)}</a>`;
  const items: string[] = [];
  if (current > 1) {
    items.push(`<li class="pagination-first">${link(1, '«', 'first')}</li>`);
    items.push(`<li class="pagination-prev">${link(current - 1, '‹', 'prev', labels.previousPage)}</li>`);
  }
  for (let page = 1; page <= pages; page++) {
    items.push(page === current ? `<li class="pagination-current"><span>${page}</span></li>` : `<li>${link(page, String(page))}</li>`);
  }
  if (current < pages) {
    items.push(`<li class="pagination-next">${link(current + 1, '›', 'next', labels.nextPage)}</li>`);
    items.push(`<li class="pagination-last">${link(pages, '»', 'last')}</li>`);
  }
  return `<nav class="pagination"><ul>${items.join('')}</ul></nav>`;
}
