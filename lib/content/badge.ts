/**
 * The in-page health badge: a span host with an open shadow root, so the portal's CSS cannot reach in and
 * ours cannot leak out (`:host { all: initial }`). Everything shown is set with textContent — page content
 * is data, never markup (extension-anchors.md §5.1).
 */
import type { HealthLevel } from '../model/health';
import type { BadgeView } from '../model/messages';

export type BadgeKind = 'ticket' | 'row';
export type BadgeLevel = HealthLevel | 'none';

export const BADGE_ATTRIBUTE = 'data-plumbline-badge';

const STYLE = `
.pl-badge { margin-inline-start: 8px; font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
  text-transform: none; letter-spacing: normal; text-align: start; display: inline-flex; align-items: center; gap: 6px; padding: 2px 8px; border-radius: 999px;
  border: 1px solid #cbd2d9; background: #f5f7fa; cursor: default; white-space: nowrap; outline: none; }
:host([data-kind="row"]) .pl-badge { margin-inline-start: 6px; font-size: 11px; }
.pl-badge:focus-visible { box-shadow: 0 0 0 2px #2563eb; }
.pl-dot { width: 8px; height: 8px; border-radius: 50%; background: #9aa5b1; flex: none; }
.pl-brand { color: #52606d; font-weight: 700; }
:host([data-level="ok"]) .pl-badge { background: #e3f9e5; border-color: #8ed49a; }
:host([data-level="ok"]) .pl-dot { background: #2f8132; }
:host([data-level="watch"]) .pl-badge { background: #fff6d6; border-color: #f0c040; }
:host([data-level="watch"]) .pl-dot { background: #b7791f; }
:host([data-level="alert"]) .pl-badge { background: #ffe3e3; border-color: #f29b9b; }
:host([data-level="alert"]) .pl-dot { background: #c53030; }
:host([data-level="none"]) .pl-badge { color: #616e7c; font-weight: 500; }
[role="tooltip"] { display: none; position: absolute; z-index: 2147483647; top: calc(100% + 6px); inset-inline-start: 0;
  min-width: 240px; max-width: 360px; padding: 10px 12px; border-radius: 8px; background: #1f2933; color: #f5f7fa;
  font: 400 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: normal; text-transform: none; box-shadow: 0 6px 20px rgba(0,0,0,.25); }
:host(:hover) [role="tooltip"], .pl-badge:focus + [role="tooltip"], :host(:focus-within) [role="tooltip"] { display: block; }
[role="tooltip"] p { margin: 0 0 6px; font-weight: 700; }
[role="tooltip"] ul { margin: 0; padding-inline-start: 16px; }
[role="tooltip"] li { margin: 2px 0; }
[role="tooltip"] li[data-level="alert"]::marker { color: #ff8a8a; }
[role="tooltip"] li[data-level="watch"]::marker { color: #f0c040; }
`;

let sheet: CSSStyleSheet | undefined;
function badgeSheet(doc: Document): CSSStyleSheet | undefined {
  // Constructable stylesheets are shared by every badge (500 rows must stay cheap); fall back to <style>.
  try {
    if (!sheet) {
      sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      sheet.replaceSync(STYLE);
    }
    return sheet;
  } catch {
    return undefined;
  }
}

export interface BadgeContent {
  level: BadgeLevel;
  label: string;
  /** Heading of the tooltip, e.g. "Plumbline — 2 warning signs". */
  heading: string;
  signs: BadgeView['signs'];
}

/**
 * The host is an unknown element (`plumbline-badge`, a valid custom-element name, so it may carry a shadow
 * root without being defined — content scripts have no customElements registry) that page selectors such
 * as `h1 span` never match, and an inline `all: initial !important` shields it from rules like `h1 *`.
 */
const HOST_STYLE = 'all: initial !important; display: inline-block !important; vertical-align: middle !important; position: relative !important;';

interface BadgeParts {
  label: HTMLElement;
  tip: HTMLElement;
  /** What the tooltip should say; written into it when it is first shown (hover or focus). */
  content?: BadgeContent;
  drawn: boolean;
}

/** The parts of each badge, kept instead of queried again at every update. */
const parts = new WeakMap<HTMLElement, BadgeParts>();

function drawTooltip(host: HTMLElement, badge: BadgeParts): void {
  const content = badge.content;
  badge.drawn = true;
  if (!content) return;
  const doc = host.ownerDocument;
  const heading = doc.createElement('p');
  heading.textContent = content.heading;
  const list = doc.createElement('ul');
  for (const sign of content.signs) {
    const item = doc.createElement('li');
    item.setAttribute('data-level', sign.level);
    item.textContent = sign.message;
    list.append(item);
  }
  badge.tip.replaceChildren(heading, list);
}

/** The tooltip's content is built when it is first needed: a list of 500 rows draws 500 labels, not 500 tooltips. */
function showTooltip(event: Event): void {
  const host = event.currentTarget as HTMLElement;
  const badge = parts.get(host);
  if (badge && !badge.drawn) drawTooltip(host, badge);
}

export function createBadge(doc: Document, kind: BadgeKind, ticketId: string): HTMLElement {
  const host = doc.createElement('plumbline-badge');
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute(BADGE_ATTRIBUTE, kind);
  host.setAttribute('data-kind', kind);
  host.setAttribute('data-ticket-id', ticketId);
  const root = host.attachShadow({ mode: 'open' });
  const shared = badgeSheet(doc);
  if (shared) root.adoptedStyleSheets = [shared];
  else root.append(Object.assign(doc.createElement('style'), { textContent: STYLE }));

  const badge = doc.createElement('span');
  badge.className = 'pl-badge';
  badge.tabIndex = 0;
  badge.setAttribute('role', 'status');
  const dot = doc.createElement('span');
  dot.className = 'pl-dot';
  const brand = doc.createElement('span');
  brand.className = 'pl-brand';
  brand.textContent = 'Plumbline';
  const label = doc.createElement('span');
  label.className = 'pl-label';
  badge.append(dot, brand, label);

  const tip = doc.createElement('div');
  tip.setAttribute('role', 'tooltip');
  tip.id = 'pl-tip';
  badge.setAttribute('aria-describedby', 'pl-tip');
  root.append(badge, tip);
  parts.set(host, { label, tip, drawn: false });
  host.addEventListener('mouseenter', showTooltip);
  host.addEventListener('focusin', showTooltip);
  return host;
}

export function updateBadge(host: HTMLElement, content: BadgeContent): void {
  const badge = parts.get(host);
  if (!badge) return;
  host.setAttribute('data-level', content.level);
  badge.label.textContent = content.label;
  badge.content = content;
  // Shown before: keep it current; else it is drawn on the next hover or focus.
  if (badge.drawn) drawTooltip(host, badge);
}

export function isBadgeNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTRIBUTE);
}

export function removeAllBadges(doc: Document): void {
  for (const host of doc.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)) host.remove();
}
