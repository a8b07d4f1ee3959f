/**
 * Built-in recipes are data: each must be a valid recipe (the same schema that guards imported ones), and
 * the schema must refuse what would make a shared recipe unsafe or meaningless.
 */
import { describe, expect, test } from 'vitest';
import { RecipeFileSchema, RecipeSchema } from '../../../lib/model';
import { BUILT_IN_RECIPES } from '../../../lib/portals';

describe('built-in recipes', () => {
  test.each(BUILT_IN_RECIPES.map((recipe) => [recipe.id, recipe] as const))('%s is a valid recipe', (_id, recipe) => {
    const parsed = RecipeSchema.safeParse(recipe);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('ids are unique', () => {
    const ids = BUILT_IN_RECIPES.map((recipe) => recipe.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('recipe schema refuses unsafe or broken recipes (issue 4: a bad file changes nothing)', () => {
  const base = BUILT_IN_RECIPES[0]!;
  test.each([
    ['a regular expression that does not compile', { ...base, detect: { ...base.detect, ticketUrl: ['requests/(\\d+'] } }],
    ['an attribute name that is not one', { ...base, ticket: { ...base.ticket, id: [{ attr: 'on click' }] } }],
    ['an unknown field (a typo or a foreign file)', { ...base, script: 'alert(1)' }],
    ['another format', { ...base, format: 'something-else' }],
    ['a newer version', { ...base, version: 2 }],
    ['a portal id with spaces', { ...base, id: 'my portal' }],
    ['a match with neither selector nor pattern', { ...base, ticket: { ...base.ticket, timeline: { ...base.ticket.timeline, side: { partner: {} } } } }],
  ])('%s', (_name, recipe) => {
    expect(RecipeSchema.safeParse(recipe).success).toBe(false);
  });

  test('a recipe file holds at least one valid recipe', () => {
    expect(RecipeFileSchema.safeParse({ format: 'plumbline-recipes', version: 1, recipes: [base] }).success).toBe(true);
    expect(RecipeFileSchema.safeParse({ format: 'plumbline-recipes', version: 1, recipes: [] }).success).toBe(false);
  });
});
