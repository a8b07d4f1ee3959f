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

/**
 * The lines of a body being read. A class rather than closures, and a fold only where a line needs one:
 * reading 1,000 bodies is about the cost of their textContent (bench: scrape).
 */
class BlockLines {
  text = '';
  private line = '';

  flush(): void {
    if (!this.line) return;
    const folded = (NEEDS_FOLD.test(this.line) ? this.line.replace(/\s+/g, ' ') : this.line).trim();
    if (folded) this.text = this.text ? `${this.text}\n${folded}` : folded;
    this.line = '';
  }

  walk(element: Element): void {
    // An element without element children is one run of text: one textContent call, no walk.
    if (element.firstElementChild === null) {
      this.line += element.textContent ?? '';
      return;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) this.line += (child as Text).data;
      else if (type === 1) {
        const tag = (child as Element).localName;
        if (BLOCK.has(tag)) {
          this.flush();
          if (tag !== 'br') {
            this.walk(child as Element);
            this.flush();
          }
        } else if (!SKIPPED.has(tag)) this.walk(child as Element);
      }
    }
  }
}

/**
 * Plain text of a rich body: paragraphs and line breaks become newlines, other white space is folded,
 * empty lines dropped. Reads text nodes only (textContent, never innerText: no layout), so page markup
 * can never become ours.
 */
export function blockText(root: Element): string {
  const lines = new BlockLines();
  lines.walk(root);
  lines.flush();
  return lines.text;
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
