/**
 * Reading values off a page as a recipe's FieldPicks say (lib/model/recipe.ts has the rules), and whether
 * entries are of the kind a Match describes. Picks are compiled once per recipe (selector plans, regular
 * expressions, normalised labels) and read column by column: one pick over every entry (or row) of the
 * page in one loop. A content script reads a page once, before the engine is optimised: a loop per pick
 * gets optimised while it runs, a chain of calls per entry and per field does not (bench: scrape).
 * Standard DOM only (textContent, never innerText: no layout, and the same code runs in jsdom for
 * `inspect`). Type-only imports from lib/model: zod stays out of the content script.
 */
import type { FieldPick, FieldPicks, Match } from '../model/recipe';
import { compileQuery } from './selector-plan';
import { blockText, cleanText } from './text';

/** Elements that carry a field's label in the portals we know (dt, th, label; RT `.label`, Znuny `.Key`). */
const LABEL_ELEMENTS = 'dt, th, label, .label, .Label, .Key';
/** Patterns run on at most this much text: an imported recipe's regular expression must not stall a page. */
const PATTERN_INPUT_LIMIT = 2_000;

/** Recipe patterns are case-insensitive (lib/model/recipe.ts). */
export function compilePattern(source: string): RegExp {
  return new RegExp(source, 'iu');
}

/** Values in the order of the scopes they were read in; undefined where the pick found nothing. */
export type Column = (string | undefined)[];

/**
 * A compiled pick: reads one pick in each scope (the document, timeline entries or list rows), with its
 * branches fixed when the recipe is compiled.
 */
export type CompiledPick = (scopes: readonly ParentNode[], url: string) => Column;
export type CompiledPicks = readonly CompiledPick[];

export interface CompiledMatch {
  readonly selector?: string;
  readonly query?: (root: ParentNode) => Element | null;
  readonly pattern?: RegExp;
  readonly pick?: CompiledPicks;
}

function normalisedLabel(text: string | null | undefined): string {
  return cleanText(text).toLowerCase().replace(/\s*:$/, '');
}

export function compilePicks(picks: FieldPicks): CompiledPicks;
export function compilePicks(picks: FieldPicks | undefined): CompiledPicks | undefined;
export function compilePicks(picks: FieldPicks | undefined): CompiledPicks | undefined {
  return picks?.map(compilePick);
}

export function compileMatch(match: Match): CompiledMatch {
  return {
    ...(match.selector ? { selector: match.selector, query: compileQuery(match.selector) } : {}),
    ...(match.pattern ? { pattern: compilePattern(match.pattern) } : {}),
    ...(match.pick ? { pick: compilePicks(match.pick) } : {}),
  };
}

/** The value next to a label: its next element, else the rest of its parent's text ("Owner: Bob"). */
function valueAfterLabel(label: Element): Element | string | undefined {
  const next = label.nextElementSibling;
  if (next) return next;
  const parentText = cleanText(label.parentElement?.textContent);
  const labelText = cleanText(label.textContent);
  return parentText.startsWith(labelText) ? parentText.slice(labelText.length).trim() || undefined : undefined;
}

function findLabelled(roots: Iterable<Element>, labels: readonly string[]): Element | string | undefined {
  for (const root of roots) {
    for (const label of root.querySelectorAll(LABEL_ELEMENTS)) {
      if (labels.includes(normalisedLabel(label.textContent))) {
        const value = valueAfterLabel(label);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

const columnIndexes = new WeakMap<Element, Map<string, number>>();
/**
 * In a table row (or the `tbody` that wraps each row in RT 5, portal-markup.md §3.3), the cell under the
 * header whose text contains one of the names.
 */
function cellUnder(row: Element, names: readonly string[], key: string): Element | undefined {
  const table = row.closest('table');
  if (!table) return undefined;
  let indexes = columnIndexes.get(table);
  if (!indexes) {
    indexes = new Map();
    columnIndexes.set(table, indexes);
  }
  let index = indexes.get(key);
  if (index === undefined) {
    const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
    const headers = headerRow ? [...headerRow.children].map((cell) => normalisedLabel(cell.textContent)) : [];
    index = headers.findIndex((header) => names.some((name) => header.includes(name)));
    indexes.set(key, index);
  }
  const cells = row.localName === 'tr' ? row : row.querySelector('tr');
  return index >= 0 && cells ? cells.children[index] : undefined;
}

function textReader(pick: FieldPick): (element: Element) => string {
  const text = pick.text === 'block' ? blockText : (element: Element) => cleanText(element.textContent);
  const remove = pick.remove;
  if (!remove) return text;
  return (element) => {
    const copy = element.cloneNode(true) as Element;
    for (const removed of copy.querySelectorAll(remove)) removed.remove();
    return text(copy);
  };
}

/** Keeps a pattern's first group (or whole match) of a value; patterns see at most PATTERN_INPUT_LIMIT. */
function captured(pattern: RegExp, value: string): string | undefined {
  const match = pattern.exec(value.length > PATTERN_INPUT_LIMIT ? value.slice(0, PATTERN_INPUT_LIMIT) : value);
  return match ? (match[1] ?? match[0]) : undefined;
}

/** One pick's reader over any scopes. */
export function compilePick(pick: FieldPick): CompiledPick {
  const selector = pick.selector;
  const labels = pick.label?.map(normalisedLabel);
  const columns = pick.column?.map(normalisedLabel);
  const columnKey = columns?.join('\u0000') ?? '';
  const query = selector === undefined || labels ? undefined : compileQuery(selector);
  const attr = pick.attr;
  const carrier = attr ? `[${attr}]` : '';
  const text = textReader(pick);
  const pattern = pick.pattern === undefined ? undefined : compilePattern(pick.pattern);

  if (!labels && !columns && pick.from !== 'url') {
    // The common shape (an element in the entry, its attribute or text): one loop, nothing else per entry.
    return (scopes) => {
      const values: Column = new Array<string | undefined>(scopes.length);
      for (let i = 0; i < scopes.length; i++) {
        const scope = scopes[i]!;
        const found = query ? query(scope) : (scope as Element);
        let value: string | null | undefined;
        if (!found) value = undefined;
        else if (!attr) value = text(found);
        else {
          value = found.getAttribute(attr);
          // The scope's own attribute (an entry's id) is its own; a found element may carry it inside.
          if (value === null && found !== scope) value = found.querySelector(carrier)?.getAttribute(attr);
        }
        if (value && pattern) value = captured(pattern, value);
        values[i] = value ? value.trim() || undefined : undefined;
      }
      return values;
    };
  }

  const readOne = (scope: ParentNode, url: string): string | undefined => {
    let value: string | null | undefined;
    if (pick.from === 'url') {
      value = url;
    } else {
      const root = columns ? ((scope as Node).nodeType === 1 ? cellUnder(scope as Element, columns, columnKey) : undefined) : scope;
      if (!root) return undefined;
      let found: Element | string | null | undefined;
      if (labels) found = findLabelled(selector ? root.querySelectorAll(selector) : [root as Element], labels);
      else found = query ? query(root) : (root as Element);
      if (!found) return undefined;
      if (typeof found === 'string') value = attr ? undefined : found;
      else if (!attr) value = text(found);
      // A label's value or a row's cell usually holds the element that carries the attribute.
      else value = found.getAttribute(attr) ?? found.querySelector(carrier)?.getAttribute(attr);
    }
    if (value && pattern) value = captured(pattern, value);
    return value ? value.trim() || undefined : undefined;
  };
  return (scopes, url) => {
    const values: Column = new Array<string | undefined>(scopes.length);
    for (let i = 0; i < scopes.length; i++) values[i] = readOne(scopes[i]!, url);
    return values;
  };
}

/** Indexes of the scopes still without a value. */
function missingIn(values: Column): number[] {
  const missing: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) missing.push(i);
  return missing;
}

/**
 * In each scope, the first of the picks that yields a value, after `accept` (say, a time that parses):
 * the first pick reads every scope, each next one only the scopes still missing.
 */
export function readColumn(scopes: readonly ParentNode[], picks: CompiledPicks | undefined, url: string, accept?: (value: string) => string | undefined): Column {
  if (!picks || picks.length === 0) return new Array<string | undefined>(scopes.length);
  let values: Column = new Array<string | undefined>(scopes.length);
  let pending: number[] | null = null;
  for (let p = 0; p < picks.length; p++) {
    const targets: readonly ParentNode[] = pending ? pending.map((index) => scopes[index]!) : scopes;
    const read = picks[p]!(targets, url);
    if (accept) for (let i = 0; i < read.length; i++) if (read[i] !== undefined) read[i] = accept(read[i]!);
    if (pending) for (let i = 0; i < pending.length; i++) values[pending[i]!] = read[i];
    else values = read;
    pending = missingIn(values);
    if (pending.length === 0) break;
  }
  return values;
}

/** In one scope, the first of the picks that yields a value. */
export function readPicks(scope: ParentNode, picks: CompiledPicks | undefined, url: string): string | undefined {
  return readColumn([scope], picks, url)[0];
}

/** Whether each element (an entry) is of the kind a Match describes. */
export function matchColumn(elements: readonly Element[], match: CompiledMatch, url: string): boolean[] {
  const hits = new Array<boolean>(elements.length).fill(true);
  const { selector, query, pattern } = match;
  if (selector && query) {
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      hits[i] = element.matches(selector) || query(element) !== null;
    }
  }
  if (!pattern) return hits;
  const candidates: number[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i]) candidates.push(i);
  const scopes = candidates.map((index) => elements[index]!);
  const texts = match.pick ? readColumn(scopes, match.pick, url) : scopes.map((element) => cleanText(element.textContent).slice(0, PATTERN_INPUT_LIMIT));
  for (let k = 0; k < candidates.length; k++) {
    const text = texts[k];
    hits[candidates[k]!] = text !== undefined && pattern.test(text);
  }
  return hits;
}
