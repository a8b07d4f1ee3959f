/**
 * Selectors for what the user picked, as the element pickers of uBlock Origin and Bitwarden choose them
 * (extension-anchors.md): stable ids, `data-*` attributes and meaningful classes first, positions never.
 * Generated names (CSS-in-JS hashes, numeric ids) are skipped: they change with every deploy.
 */

/** Class or id tokens that a build tool generated, or that carry a record number. */
const GENERATED = /^(?:css|sc|jsx|emotion|styled|svelte|ng|v)-|[0-9a-f]{6,}|\d{3,}|^_|__[a-z0-9]{4,}$/i;
const STATE_CLASSES = /^(?:active|selected|hover|focus|open|closed|hidden|visible|odd|even|first|last|is-.*|has-.*)$/i;

function cssEscape(value: string): string {
  return value.replace(/([^\w-])/g, '\\$1');
}

/** Classes worth naming in a selector. */
export function stableClasses(element: Element): string[] {
  return [...element.classList].filter((name) => !GENERATED.test(name) && !STATE_CLASSES.test(name) && name.length <= 60);
}

function stableAttributes(element: Element): string[] {
  const out: string[] = [];
  for (const attribute of element.attributes) {
    if (!attribute.name.startsWith('data-') || attribute.name.startsWith('data-plumbline')) continue;
    // The attribute's presence is stable; its value often is a record id.
    out.push(`[${attribute.name}]`);
  }
  return out;
}

/** The element alone: tag, stable classes and data-* attribute names (no id: ids name one record). */
export function ownSelector(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const classes = stableClasses(element).map((name) => `.${cssEscape(name)}`).join('');
  const attributes = classes ? '' : stableAttributes(element).slice(0, 1).join('');
  return `${tag}${classes}${attributes}`;
}

/** A stable id of the element, if it has one (not generated, no record number). */
function stableId(element: Element): string | undefined {
  const id = element.getAttribute('id');
  return id && !GENERATED.test(id) && !/\d/.test(id) ? `#${cssEscape(id)}` : undefined;
}

/**
 * A selector that finds `element` as the first match inside `root` (`root` itself excluded): its own
 * selector, prefixed by the nearest ancestors' until it is the first match.
 */
export function selectorWithin(root: ParentNode, element: Element): string {
  const id = stableId(element);
  if (id && root.querySelector(id) === element) return id;
  const parts: string[] = [ownSelector(element)];
  for (let ancestor = element.parentElement; ; ancestor = ancestor.parentElement) {
    const selector = parts.join(' ');
    if (root.querySelector(selector) === element) return selector;
    if (!ancestor || ancestor === root) return selector;
    const ancestorId = stableId(ancestor);
    parts.unshift(ancestorId ?? ownSelector(ancestor));
    if (ancestorId && root.querySelector(parts.join(' ')) === element) return parts.join(' ');
  }
}

function signature(element: Element): string {
  return `${element.tagName}|${stableClasses(element).sort().join('.')}`;
}

/**
 * The timeline entry around a click: the nearest ancestor (or the element) that repeats — a sibling
 * with the same tag and classes — so "one message" means the whole message, wherever it was clicked.
 */
export function repeatingAncestor(element: Element): Element {
  for (let current: Element | null = element; current && current.tagName !== 'BODY'; current = current.parentElement) {
    const own = signature(current);
    const parent = current.parentElement;
    if (!parent) break;
    const alike = [...parent.children].filter((sibling) => sibling !== current && signature(sibling) === own);
    if (alike.length > 0 && stableClasses(current).length > 0) return current;
  }
  return element;
}

/** A selector for every entry like `entry`: its parent's selector, then the classes the entries share. */
export function entriesSelector(doc: Document, entry: Element): string {
  const parent = entry.parentElement;
  const siblings = parent ? [...parent.children].filter((sibling) => sibling.tagName === entry.tagName) : [entry];
  const shared = stableClasses(entry).filter((name) => siblings.every((sibling) => sibling === entry || !sibling.classList.length || sibling.classList.contains(name)));
  const own = `${entry.tagName.toLowerCase()}${(shared.length ? shared : stableClasses(entry).slice(0, 1)).map((name) => `.${cssEscape(name)}`).join('')}`;
  if (!parent || parent === doc.body) return own;
  return `${selectorWithin(doc, parent)} > ${own}`;
}

/** Classes on `one` entry (or a marker element inside it) that `other` has not: a side marker. */
export function distinguishingMarker(one: Element, other: Element): string | undefined {
  const otherClasses = new Set(other.classList);
  const own = stableClasses(one).find((name) => !otherClasses.has(name));
  if (own) return `.${cssEscape(own)}`;
  const otherInside = new Set([...other.querySelectorAll('*')].map((element) => ownSelector(element)));
  for (const element of one.querySelectorAll('*')) {
    const selector = ownSelector(element);
    if (stableClasses(element).length && !otherInside.has(selector) && !other.querySelector(selector)) return selector;
  }
  return undefined;
}

/** An attribute of the element that holds a machine-readable time. */
export function timeAttribute(element: Element): string | undefined {
  for (const candidate of [element, ...element.querySelectorAll('[datetime], [data-ts], [data-time], [data-timestamp], [title]')]) {
    for (const name of ['datetime', 'data-ts', 'data-time', 'data-timestamp', 'title']) {
      const value = candidate.getAttribute(name);
      if (value && /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) return candidate === element ? name : undefined;
    }
  }
  return undefined;
}

/** An attribute of the entry that looks like its record id (a number, different on another entry). */
export function idAttribute(entry: Element, other: Element | undefined): string | undefined {
  for (const attribute of entry.attributes) {
    if (attribute.name !== 'id' && !attribute.name.startsWith('data-')) continue;
    if (!/\d/.test(attribute.value)) continue;
    if (other && other.getAttribute(attribute.name) === attribute.value) continue;
    return attribute.name;
  }
  return undefined;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
