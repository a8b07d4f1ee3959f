/**
 * Reading one value off a page as a recipe's FieldPick says (lib/model/recipe.ts has the rules), and
 * whether an entry is of the kind a Match describes. Picks are compiled once per recipe (selector plans,
 * regular expressions, normalised labels) and then read from every entry or row. Standard DOM only
 * (textContent, never innerText: no layout, and the same code runs in jsdom for `inspect`). Type-only
 * imports from lib/model: zod stays out of the content script.
 */
import type { FieldPick, FieldPicks, Match } from '../model/recipe';
import { planSelector, queryPlanned, type SelectorPlan } from './selector-plan';
import { blockText, cleanText } from './text';

/** Elements that carry a field's label in the portals we know (dt, th, label; RT `.label`, Znuny `.Key`). */
const LABEL_ELEMENTS = 'dt, th, label, .label, .Label, .Key';
/** Patterns run on at most this much text: an imported recipe's regular expression must not stall a page. */
const PATTERN_INPUT_LIMIT = 2_000;

/** Recipe patterns are case-insensitive (lib/model/recipe.ts). */
export function compilePattern(source: string): RegExp {
  return new RegExp(source, 'iu');
}

/**
 * A compiled pick: a function specialised once for the pick's shape (where to look, what to read, what
 * to keep), so reading 1,000 entries runs no per-read branching over the recipe's fields.
 */
export type CompiledPick = (scope: ParentNode, url: string) => string | undefined;
export type CompiledPicks = readonly CompiledPick[];

export interface CompiledMatch {
  readonly selector?: string;
  readonly plan?: SelectorPlan;
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
    ...(match.selector ? { selector: match.selector, plan: planSelector(match.selector) } : {}),
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
/** In a table row, the cell under the header whose text contains one of the names. */
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
  return index >= 0 ? row.children[index] : undefined;
}

/** What a pick found: an element, or the text after a label ("Owner: Bob"). */
type Found = Element | string | null | undefined;
type Locate = (scope: ParentNode) => Found;

function locator(pick: FieldPick): Locate {
  const selector = pick.selector;
  if (pick.label) {
    const labels = pick.label.map(normalisedLabel);
    return (root) => findLabelled(selector ? root.querySelectorAll(selector) : [root as Element], labels);
  }
  if (!selector) return (root) => root as Element;
  const plan = planSelector(selector);
  const only = plan.length === 1 && plan[0]!.length === 1 ? plan[0]![0]! : undefined;
  return only ? (root) => root.querySelector(only) : (root) => queryPlanned(root, plan);
}

/** Reads the found element: an attribute, or its text (inline or block, without `remove`d parts). */
function reader(pick: FieldPick, ownScope: boolean): (found: Element) => string | undefined {
  const { attr, remove } = pick;
  if (attr) {
    // The scope's own attribute (an entry's id) is its own; a found cell or value may carry it inside.
    if (ownScope) return (found) => found.getAttribute(attr) ?? undefined;
    return (found) => found.getAttribute(attr) ?? found.querySelector(`[${attr}]`)?.getAttribute(attr) ?? undefined;
  }
  const text = pick.text === 'block' ? blockText : (element: Element) => cleanText(element.textContent);
  if (!remove) return text;
  return (found) => {
    const copy = found.cloneNode(true) as Element;
    for (const removed of copy.querySelectorAll(remove)) removed.remove();
    return text(copy);
  };
}

/** Keeps the pattern's first group (or whole match), trimmed; empty is missing. */
function finisher(pattern: RegExp | undefined): (value: string) => string | undefined {
  if (!pattern) return (value) => value.trim() || undefined;
  return (value) => {
    const match = pattern.exec(value.length > PATTERN_INPUT_LIMIT ? value.slice(0, PATTERN_INPUT_LIMIT) : value);
    return match ? (match[1] ?? match[0]).trim() || undefined : undefined;
  };
}

/** One pick's reader, for any scope (the document, a timeline entry or a list row). */
export function compilePick(pick: FieldPick): CompiledPick {
  const finish = finisher(pick.pattern === undefined ? undefined : compilePattern(pick.pattern));
  if (pick.from === 'url') return (_scope, url) => finish(url);
  const locate = locator(pick);
  const attr = pick.attr;
  if (pick.column) {
    const names = pick.column.map(normalisedLabel);
    const key = names.join('\u0000');
    const read = reader(pick, false);
    return (scope) => {
      const cell = (scope as Node).nodeType === 1 ? cellUnder(scope as Element, names, key) : undefined;
      const found = cell && locate(cell);
      if (!found) return undefined;
      const value = typeof found === 'string' ? (attr ? undefined : found) : read(found);
      return value === undefined ? undefined : finish(value);
    };
  }
  const readOwn = reader(pick, true);
  const readInside = reader(pick, false);
  return (scope) => {
    const found = locate(scope);
    if (!found) return undefined;
    const value = typeof found === 'string' ? (attr ? undefined : found) : found === scope ? readOwn(found) : readInside(found);
    return value === undefined ? undefined : finish(value);
  };
}

/** The first of the picks that yields a value. */
export function readPicks(scope: ParentNode, picks: CompiledPicks | undefined, url: string): string | undefined {
  if (!picks) return undefined;
  for (const pick of picks) {
    const value = pick(scope, url);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether an element (an entry) is of the kind a Match describes. */
export function matches(element: Element, match: CompiledMatch, url: string): boolean {
  if (match.selector && !element.matches(match.selector) && !queryPlanned(element, match.plan!)) return false;
  if (!match.pattern) return true;
  const text = match.pick ? readPicks(element, match.pick, url) : cleanText(element.textContent).slice(0, PATTERN_INPUT_LIMIT);
  return text !== undefined && match.pattern.test(text);
}
