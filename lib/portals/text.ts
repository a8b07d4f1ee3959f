/** Text helpers shared by the portal adapters (standard DOM only: textContent, never innerText). */

/** White space that folding would change: a run of two, or any but a plain space. */
const NEEDS_FOLD = /\s\s|[^\S ]/;

/** Collapse runs of white space and trim. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return (NEEDS_FOLD.test(value) ? value.replace(/\s+/g, ' ') : value).trim();
}

/** Elements that start a new line (lower-case local names). */
const BLOCK = new Set(['p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'pre', 'ul', 'ol', 'table', 'section']);
const SKIPPED = new Set(['script', 'style', 'template']);

/** `lines` with `line` folded and appended as a new line (empty lines are dropped). */
function withLine(lines: string, line: string): string {
  if (!line) return lines;
  const folded = (NEEDS_FOLD.test(line) ? line.replace(/\s+/g, ' ') : line).trim();
  return !folded ? lines : lines ? `${lines}\n${folded}` : folded;
}

/**
 * Plain text of a rich body: paragraphs and line breaks become newlines, other white space is folded,
 * empty lines dropped. Reads text nodes only (textContent, never innerText: no layout), so page markup
 * can never become ours. One loop over the body's nodes, not a call per element: a content script reads
 * a page once, before the engine is optimised (bench: scrape); an element without element children is
 * one run of text, read with one textContent call.
 */
export function blockText(root: Element): string {
  if (root.firstElementChild === null) return withLine('', root.textContent ?? '');
  let lines = '';
  let line = '';
  let node: Node | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === 3) line += (node as Text).data;
    else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      const block = BLOCK.has(tag);
      if (block) {
        lines = withLine(lines, line);
        line = '';
      }
      if (tag !== 'br' && !SKIPPED.has(tag)) {
        if ((node as Element).firstElementChild !== null) descend = true;
        else {
          line += node.textContent ?? '';
          if (block) {
            lines = withLine(lines, line);
            line = '';
          }
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, else climb out, ending the line of each block left.
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === root || node === null) node = null;
      else if (BLOCK.has((node as Element).localName)) {
        lines = withLine(lines, line);
        line = '';
      }
    }
    if (node !== null) node = node.nextSibling;
  }
  return withLine(lines, line);
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

/** UTC ISO 8601 without milliseconds when there are none: 2024-03-14T08:02:11Z. */
export function toIso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
