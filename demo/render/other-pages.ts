/** The help center's home page (recognised by no recipe: no ticket, no list), the 404 page, avatars and logo. */
import { signedInUser } from '../data/people';
import type { HelpCenterLocale, Person } from '../data/types';
import { escapeHtml } from './escape';
import { HELP_CENTER_TEXT } from './help-center-text';
import { renderPage } from './layout';

export function renderHomePage(locale: HelpCenterLocale): string {
  const text = HELP_CENTER_TEXT[locale];
  const home = `/hc/${locale}`;
  const main = `  <section class="hero"><h1>${escapeHtml(text.homeHeading)}</h1><p>${escapeHtml(text.homeIntro)}</p></section>
  <div class="container" id="main-content">
    <div class="blocks">
      <a href="${escapeHtml(`${home}/requests`)}">${escapeHtml(text.myRequests)}</a>
      <a href="${escapeHtml(`${home}/requests/new`)}">${escapeHtml(text.submitRequest)}</a>
    </div>
  </div>`;
  return renderPage({ locale, title: text.helpCenterName, user: signedInUser[locale], main, bodyClass: 'home-page' });
}

export function renderNotFoundPage(locale: HelpCenterLocale): string {
  const text = HELP_CENTER_TEXT[locale];
  const main = `  <div class="container" id="main-content"><h1>${escapeHtml(text.notFoundTitle)}</h1><p>${escapeHtml(text.notFoundBody)}</p></div>`;
  return renderPage({ locale, title: text.notFoundTitle, user: signedInUser[locale], main, bodyClass: 'error-page' });
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** A round avatar with the person's initials (no remote images in the demo). */
export function renderAvatar(person: Person): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 80 80"><circle cx="40" cy="40" r="40" fill="${escapeHtml(person.colour)}"/><text x="40" y="50" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="30" fill="#fff">${escapeHtml(initials(person.name))}</text></svg>`;
}

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#17494d"/><path d="M16 46V18h6l14 18V18h6v28h-6L22 28v18z" fill="#fff"/><circle cx="50" cy="46" r="4" fill="#5eb0a0"/></svg>`;
