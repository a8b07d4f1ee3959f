/**
 * Finding a recipe selector's first match inside a scope, fast. A recipe selector is planned once (the
 * recipe is compiled once, lib/portals/compiled-recipe.ts): a selector list is tried alternative by
 * alternative (the first alternative that matches wins: recipes list their preferred markup first), and a
 * descendant chain `A B` is walked step by step (`A`, then `B` inside it). Chromium matches a descendant
 * selector queried from an element by walking every candidate's ancestors up to the document: from each
 * entry of a 1,000-entry timeline that costs ~15× two simple queries (`npm run bench -- --only scrape`).
 */

/** Alternatives, each a list of descendant steps. */
export type SelectorPlan = readonly (readonly string[])[];

/** Splits on commas or white space at the top level (outside brackets, parentheses and quotes). */
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

/** A selector's plan. Chains with `>`, `+` or `~` stay whole (their steps are not independent). */
export function planSelector(selector: string): SelectorPlan {
  const alternatives = splitTopLevel(selector, ',') ?? [selector];
  return alternatives.map((alternative) => {
    const steps = /[>+~]/.test(alternative.replace(/\[[^\]]*\]|\([^)]*\)/g, '')) ? null : splitTopLevel(alternative, ' ');
    return steps && steps.length > 0 ? steps : [alternative];
  });
}

/**
 * The first step of a chain, remembered for the last scope asked: an entry's time and author are both
 * read under `.comment-meta`, and the second read finds it here. Forgotten at the start of every reading
 * (forgetSteps), so a page that changed between two readings is queried afresh.
 */
let stepScope: ParentNode | null = null;
const stepFirsts = new Map<string, Element | null>();

export function forgetSteps(): void {
  stepScope = null;
  stepFirsts.clear();
}

function firstStep(root: ParentNode, step: string): Element | null {
  if (root !== stepScope) {
    stepScope = root;
    stepFirsts.clear();
  }
  let found = stepFirsts.get(step);
  if (found === undefined) {
    found = root.querySelector(step);
    stepFirsts.set(step, found);
  }
  return found;
}

function firstInSteps(root: ParentNode, steps: readonly string[], index: number): Element | null {
  const step = steps[index]!;
  if (index === steps.length - 1) return root.querySelector(step);
  // The first candidate almost always holds the match: one querySelector, no NodeList.
  const first = index === 0 ? firstStep(root, step) : root.querySelector(step);
  if (!first) return null;
  const found = firstInSteps(first, steps, index + 1);
  if (found) return found;
  const candidates = root.querySelectorAll(step);
  for (let i = 1; i < candidates.length; i++) {
    const later = firstInSteps(candidates[i]!, steps, index + 1);
    if (later) return later;
  }
  return null;
}

/** The first element the planned selector picks inside root, or null. */
export function queryPlanned(root: ParentNode, plan: SelectorPlan): Element | null {
  if (plan.length === 1 && plan[0]!.length === 1) return root.querySelector(plan[0]![0]!);
  for (const steps of plan) {
    const found = firstInSteps(root, steps, 0);
    if (found) return found;
  }
  return null;
}
