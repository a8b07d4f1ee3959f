/**
 * The page shell of a Copenhagen help center: document head with the inline `HelpCenter` script that
 * identifies Zendesk on a custom domain (portal-markup.md §1.4), header, main, footer.
 */
import { CLIENT_ORGANISATION, PARTNER_NAME } from '../data/people';
import type { HelpCenterLocale, Person } from '../data/types';
import { escapeHtml, jsonForScript } from './escape';
import { HELP_CENTER_TEXT } from './help-center-text';
import { THEME_CSS } from './theme-css';

export interface PageShell {
  locale: HelpCenterLocale;
  title: string;
  user: Person;
  /** Already-escaped HTML of `<main>`. */
  main: string;
  /** Extra HTML for the end of `<body>` (inline scripts). */
  tail?: string;
  bodyClass?: string;
}

export function avatarUrl(person: Person): string {
  return `/system/photos/${person.id}.svg`;
}

export function profileUrl(locale: HelpCenterLocale, person: Person): string {
  return `/hc/${locale}/profiles/${person.id}-${person.name.replace(/[^A-Za-z0-9À-ÿ]+/g, '-')}`;
}

/** The inline script Zendesk renders in every help-center page (values invented). */
function helpCenterScript(locale: HelpCenterLocale, user: Person): string {
  const account = { subdomain: 'northwindit', environment: 'production', name: PARTNER_NAME };
  const currentUser = {
    identifier: `a1b2c3d4e5f6${user.id}`,
    email: null,
    name: user.name,
    role: 'end-user',
    avatar_url: avatarUrl(user),
    is_admin: false,
    organizations: [{ id: 8800421, name: CLIENT_ORGANISATION }],
    groups: [],
  };
  const internal = { current_session: { locale, csrf_token: null, shared_csrf_token: null }, current_record_id: null };
  return [
    '  HelpCenter = {};',
    `  HelpCenter.account = ${jsonForScript(account)};`,
    `  HelpCenter.user = ${jsonForScript(currentUser)};`,
    `  HelpCenter.internal = ${jsonForScript(internal)};`,
  ].join('\n');
}

export function renderPage(shell: PageShell): string {
  const text = HELP_CENTER_TEXT[shell.locale];
  const home = `/hc/${shell.locale}`;
  return `<!DOCTYPE html>
<html dir="ltr" lang="${escapeHtml(text.htmlLang)}">
<head>
  <meta charset="utf-8" />
  <!-- v26834 -->
  <title>${escapeHtml(shell.title)} – ${escapeHtml(text.helpCenterName)}</title>
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="">
  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <link rel="icon" type="image/svg+xml" href="/logo.svg">
  <style>${THEME_CSS}</style>
  <script>
${helpCenterScript(shell.locale, shell.user)}
  </script>
</head>
<body class="${escapeHtml(shell.bodyClass ?? '')}">
  <a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
  <header class="header">
    <div class="logo"><a title="${escapeHtml(text.home)}" href="${escapeHtml(home)}"><img src="/logo.svg" alt="${escapeHtml(text.helpCenterName)}"><span>${escapeHtml(PARTNER_NAME)}</span></a></div>
    <div class="nav-wrapper-desktop">
      <nav class="user-nav" id="user-nav" aria-label="User navigation">
        <ul class="user-nav-list" style="display:flex;gap:24px;list-style:none;margin:0;padding:0">
          <li><a class="submit-a-request" href="${escapeHtml(`${home}/requests/new`)}">${escapeHtml(text.submitRequest)}</a></li>
          <li><a href="${escapeHtml(`${home}/requests`)}">${escapeHtml(text.myRequests)}</a></li>
        </ul>
        <div class="user-info dropdown"><img src="${escapeHtml(avatarUrl(shell.user))}" alt=""><span class="user-name">${escapeHtml(shell.user.name)}</span></div>
      </nav>
    </div>
  </header>
  <main role="main">
${shell.main}
  </main>
  <footer class="footer"><div class="footer-inner">${escapeHtml(text.footer)}</div></footer>
${shell.tail ?? ''}
</body>
</html>
`;
}

/** `<ol class="breadcrumbs">` with escaped titles. */
export function breadcrumbs(items: ReadonlyArray<{ title: string; href: string }>): string {
  const entries = items.map((item) => `<li title="${escapeHtml(item.title)}"><a href="${escapeHtml(item.href)}">${escapeHtml(item.title)}</a></li>`);
  return `<ol class="breadcrumbs">${entries.join('')}</ol>`;
}
