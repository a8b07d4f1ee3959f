import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseRecipeFile, recipeFileText } from '../../../lib/export/recipe-file';
import { RecipeSchema } from '../../../lib/model';

const RECIPE_TEXT = readFileSync(join(__dirname, '../../fixtures/taught/harbor.recipe.json'), 'utf8');
const recipe = RecipeSchema.parse(JSON.parse(RECIPE_TEXT));

describe('recipe files (issue 4: export and import; a bad file changes nothing)', () => {
  test('an exported file reads back as the same recipes', () => {
    const text = recipeFileText([recipe], new Date('2026-11-22T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'plumbline-recipes', version: 1, exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(parseRecipeFile(text)).toEqual({ ok: true, recipes: [recipe] });
  });

  test('a single recipe file is accepted too', () => {
    expect(parseRecipeFile(RECIPE_TEXT)).toEqual({ ok: true, recipes: [recipe] });
  });

  test.each([
    ['a truncated file', RECIPE_TEXT.slice(0, 200), /not JSON/],
    ['a backup or other JSON', JSON.stringify({ format: 'plumbline-backup', tickets: [] }), /not a Plumbline recipe file/],
    ['an array', '[]', /not a Plumbline recipe file/],
    ['a recipe with a broken pattern', JSON.stringify({ ...recipe, detect: { ...recipe.detect, ticketUrl: ['(['] } }), /detect\.ticketUrl\.0: not a valid regular expression/],
    ['an empty recipe list', JSON.stringify({ format: 'plumbline-recipes', version: 1, recipes: [] }), /recipes/],
  ])('%s is refused with one clear sentence', (_name, text, message) => {
    const result = parseRecipeFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed\.$/);
    }
  });
});
