/**
 * Reading one value off a page as a recipe's FieldPick says (lib/model/recipe.ts has the rules). Standard
 * DOM only (textContent, never innerText: no layout, and the same code runs in jsdom for `inspect`).
 * Type-only imports from lib/model: zod stays out of the content script.
 */
import type { FieldPick, FieldPicks, Match } from '../model/recipe';
import { blockText, cleanText } from './text';

/** Elements that carry a field's label in the portals we know (dt, th, label; RT `.label`, Znuny `.Key`). */
const LABEL_ELEMENTS = 'dt, th, label, .label, .Label, .Key';
/** Patterns run on at most this much text: an imported recipe's regular expression must not stall a page. */
const PATTERN_INPUT_LIMIT = 2_000;

const patterns = new Map<string, RegExp>();
/** Recipe patterns are case-insensitive and compiled once. */
export function compiledPattern(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'iu');
    patterns.set(source, pattern);
  }
  return pattern;
}

/** Splits on commas and spaces at the top level (outside brackets, parentheses and quotes). */
function splitTopLevel(selector: string, separator: ',' | ' '): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of selector) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '(') depth += 1;
    else if (char === ']' || char === ')') depth -= 1;
    else if (depth === 0 && (separator === ',' ? char === ',' : /\s/.test(char))) {
      if (current.trim()) parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (depth !== 0 || quote) return null;
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * How to find a pick's first match fast: a selector list is tried alternative by alternative (the first
 * alternative that matches wins: recipes list their preferred markup first), and a descendant chain
 * `A B` is walked step by step. Chromium matches a descendant selector from each element of a 1,000-entry
 * timeline ~15× slower than two simple queries (bench: scrape).
 */
const plans = new Map<string, string[][]>();
function planOf(selector: string): string[][] {
  let plan = plans.get(selector);
  if (!plan) {
    const alternatives = splitTopLevel(selector, ',') ?? [selector];
    plan = alternatives.map((alternative) => {
      const steps = /[>+~]/.test(alternative.replace(/\[[^\]]*\]|\([^)]*\)/g, '')) ? null : splitTopLevel(alternative, ' ');
      return steps && steps.length > 0 ? steps : [alternative];
    });
    plans.set(selector, plan);
  }
  return plan;
}

function firstInSteps(root: ParentNode, steps: readonly string[], index: number): Element | null {
  const step = steps[index];
  if (step === undefined) return null;
  if (index === steps.length - 1) return root.querySelector(step);
  for (const candidate of root.querySelectorAll(step)) {
    const found = firstInSteps(candidate, steps, index + 1);
    if (found) return found;
  }
  return null;
}

/** The first element a recipe selector picks inside root (see planOf). */
export function queryFirst(root: ParentNode, selector: string): Element | null {
  for (const steps of planOf(selector)) {
    const found = firstInSteps(root, steps, 0);
    if (found) return found;
  }
  return null;
}

function normalisedLabel(text: string | null | undefined): string {
  return cleanText(text).toLowerCase().replace(/\s*:$/, '');
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
  const wanted = labels.map(normalisedLabel);
  for (const root of roots) {
    for (const label of root.querySelectorAll(LABEL_ELEMENTS)) {
      if (wanted.includes(normalisedLabel(label.textContent))) {
        const value = valueAfterLabel(label);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

const columnIndexes = new WeakMap<Element, Map<string, number>>();
/** In a table row, the cell under the header whose text contains one of the names. */
function cellUnder(row: Element, names: readonly string[]): Element | undefined {
  const table = row.closest('table');
  if (!table) return undefined;
  let indexes = columnIndexes.get(table);
  if (!indexes) {
    indexes = new Map();
    columnIndexes.set(table, indexes);
  }
  const key = names.join('\u0000');
  let index = indexes.get(key);
  if (index === undefined) {
    const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
    const headers = headerRow ? [...headerRow.children].map((cell) => normalisedLabel(cell.textContent)) : [];
    const wanted = names.map(normalisedLabel);
    index = headers.findIndex((header) => wanted.some((name) => header.includes(name)));
    indexes.set(key, index);
  }
  return index >= 0 ? row.children[index] : undefined;
}

function textOf(element: Element, pick: FieldPick): string {
  let source = element;
  if (pick.remove) {
    source = element.cloneNode(true) as Element;
    for (const removed of source.querySelectorAll(pick.remove)) removed.remove();
  }
  return pick.text === 'block' ? blockText(source) : cleanText(source.textContent);
}

function attributeOf(element: Element, name: string, inside: boolean): string | undefined {
  const own = element.getAttribute(name);
  if (own !== null || !inside) return own ?? undefined;
  // A label's value cell or a row cell usually holds the element that carries the attribute.
  return element.querySelector(`[${name}]`)?.getAttribute(name) ?? undefined;
}

/** One pick's value in a scope (the document, a timeline entry or a list row), or undefined. */
export function readPick(scope: ParentNode, pick: FieldPick, url: string): string | undefined {
  let value: string | undefined;
  if (pick.from === 'url') {
    value = url;
  } else {
    let root: ParentNode | undefined = scope;
    if (pick.column) root = (scope as Node).nodeType === 1 ? cellUnder(scope as Element, pick.column) : undefined;
    if (!root) return undefined;
    let target: Element | string | undefined;
    if (pick.label) {
      const roots = pick.selector ? root.querySelectorAll(pick.selector) : [root as Element];
      target = findLabelled(roots, pick.label);
    } else if (pick.selector) {
      target = queryFirst(root, pick.selector) ?? undefined;
    } else {
      target = root as Element;
    }
    if (target === undefined) return undefined;
    if (typeof target === 'string') value = pick.attr ? undefined : target;
    // The scope's own attribute (an entry's id) is its own; a found cell or value may carry it inside.
    else value = pick.attr ? attributeOf(target, pick.attr, target !== root || Boolean(pick.column)) : textOf(target, pick);
  }
  if (value === undefined) return undefined;
  if (pick.pattern) {
    const match = compiledPattern(pick.pattern).exec(value.length > PATTERN_INPUT_LIMIT ? value.slice(0, PATTERN_INPUT_LIMIT) : value);
    value = match ? (match[1] ?? match[0]) : undefined;
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The first of the picks that yields a value. */
export function readPicks(scope: ParentNode, picks: FieldPicks | undefined, url: string): string | undefined {
  if (!picks) return undefined;
  for (const pick of picks) {
    const value = readPick(scope, pick, url);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether an element (an entry) is of the kind a Match describes. */
export function matches(element: Element, match: Match, url: string): boolean {
  if (match.selector && !element.matches(match.selector) && !queryFirst(element, match.selector)) return false;
  if (!match.pattern) return true;
  const text = match.pick ? readPicks(element, match.pick, url) : cleanText(element.textContent).slice(0, PATTERN_INPUT_LIMIT);
  return text !== undefined && compiledPattern(match.pattern).test(text);
}
