/**
 * Finding a recipe selector's first match inside a scope, fast. A recipe selector is planned once (the
 * recipe is compiled once, lib/portals/compiled-recipe.ts): a selector list is tried alternative by
 * alternative (the first alternative that matches wins: recipes list their preferred markup first), and a
 * descendant chain `A B` is walked step by step (`A`, then `B` inside it). Chromium matches a descendant
 * selector queried from an element by walking every candidate's ancestors up to the document: from each
 * entry of a 1,000-entry timeline that costs ~15× two simple queries (`npm run bench -- --only scrape`).
 */

/** Alternatives, each a list of descendant steps. */
type SelectorPlan = readonly (readonly string[])[];

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
function planSelector(selector: string): SelectorPlan {
  const alternatives = splitTopLevel(selector, ',') ?? [selector];
  return alternatives.map((alternative) => {
    const steps = /[>+~]/.test(alternative.replace(/\[[^\]]*\]|\([^)]*\)/g, '')) ? null : splitTopLevel(alternative, ' ');
    return steps && steps.length > 0 ? steps : [alternative];
  });
}

function firstInSteps(root: ParentNode, steps: readonly string[], index: number): Element | null {
  const step = steps[index]!;
  if (index === steps.length - 1) return root.querySelector(step);
  // The first candidate almost always holds the match: one querySelector, no NodeList.
  const first = root.querySelector(step);
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
function queryPlanned(root: ParentNode, plan: SelectorPlan): Element | null {
  if (plan.length === 1 && plan[0]!.length === 1) return root.querySelector(plan[0]![0]!);
  for (let i = 0; i < plan.length; i++) {
    const found = firstInSteps(root, plan[i]!, 0);
    if (found) return found;
  }
  return null;
}

/**
 * A selector as a query function: its first alternative tried directly (one or two querySelector calls,
 * what almost every entry needs), the whole plan only when that finds nothing.
 */
export function compileQuery(selector: string): (root: ParentNode) => Element | null {
  const plan = planSelector(selector);
  const first = plan[0]!;
  if (plan.length === 1 && first.length === 1) {
    const only = first[0]!;
    return (root) => root.querySelector(only);
  }
  if (first.length === 1) {
    const step = first[0]!;
    return (root) => root.querySelector(step) ?? queryPlanned(root, plan);
  }
  if (first.length === 2) {
    const [outer, inner] = first as readonly [string, string];
    return (root) => root.querySelector(outer)?.querySelector(inner) ?? queryPlanned(root, plan);
  }
  return (root) => queryPlanned(root, plan);
}
