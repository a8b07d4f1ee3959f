/** Text helpers shared by the portal adapters (standard DOM only: textContent, never innerText). */

/** Collapse runs of white space and trim. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'SECTION']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * Plain text of a rich body: paragraphs and line breaks become newlines, other white space is folded.
 * Reads text nodes only, so page markup can never become ours.
 */
export function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        if (tag === 'BR') continue;
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** FNV-1a, 32 bit, as 8 hex digits: a stable id for entries a portal gives no id. */
export function stableHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A machine-readable time (ISO 8601 with or without zone) as UTC ISO with Z, or undefined. */
const CANONICAL_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

export function isoFromAttribute(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (CANONICAL_UTC.test(value)) return value; // already what we store

  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : toIso(new Date(time));
}

/** UTC ISO 8601 without milliseconds when there are none: 2024-03-14T08:02:11Z. */
export function toIso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
