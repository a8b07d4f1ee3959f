/**
 * Sharing taught recipes as a JSON file (issue 4: "one colleague can teach and share"). A file is read
 * whole and validated before anything is stored: a bad, truncated or foreign file gets one clear sentence
 * and changes nothing.
 */
import { RECIPE_FILE_FORMAT, RECIPE_FORMAT, RECIPE_VERSION, RecipeFileSchema, RecipeSchema, type Recipe, type RecipeFile } from '../model/recipe';
import { readJsonFile } from './json-file';

export type RecipeFileResult = { ok: true; recipes: Recipe[] } | { ok: false; error: string };

/** An exported file (`plumbline-recipes`) or a single recipe (`plumbline-recipe`). */
export function parseRecipeFile(text: string): RecipeFileResult {
  const read = readJsonFile<RecipeFile | Recipe>(text, { [RECIPE_FILE_FORMAT]: RecipeFileSchema, [RECIPE_FORMAT]: RecipeSchema }, 'Plumbline recipe file', RECIPE_FILE_FORMAT);
  if (!read.ok) return read;
  return { ok: true, recipes: 'recipes' in read.value ? read.value.recipes : [read.value] };
}

export function recipeFileText(recipes: readonly Recipe[], now: Date): string {
  return `${JSON.stringify({ format: RECIPE_FILE_FORMAT, version: RECIPE_VERSION, exportedAt: now.toISOString(), recipes }, null, 2)}\n`;
}
