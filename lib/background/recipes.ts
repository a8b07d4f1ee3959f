/**
 * The user's recipes (taught in a portal page or imported in the dashboard), kept in `storage.local`
 * under one key: the content script reads them there when a page loads — no round trip through the
 * background on every portal page — and sees changes at once (`storage.onChanged`), so a portal just
 * taught gets its badges without a reload. The background is still the only writer, and writes only
 * recipes that passed RecipeSchema.
 */
import type { Recipe } from '../model/recipe';

export const RECIPES_KEY = 'plumbline.recipes';

/** The slice of `browser.storage.local` used here. */
export interface RecipeStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What is stored, as written by saveRecipes (an unreadable value reads as none: a bad key never breaks pages). */
export async function storedRecipes(storage: RecipeStorage): Promise<Recipe[]> {
  const value = (await storage.get(RECIPES_KEY))[RECIPES_KEY];
  return Array.isArray(value) ? (value as Recipe[]) : [];
}

/** Adds recipes; one with the id of a stored one replaces it. Returns how many were new and replaced. */
export async function saveRecipes(storage: RecipeStorage, recipes: readonly Recipe[]): Promise<{ added: number; replaced: number }> {
  const stored = await storedRecipes(storage);
  const byId = new Map(stored.map((recipe) => [recipe.id, recipe]));
  let replaced = 0;
  for (const recipe of recipes) {
    if (byId.has(recipe.id)) replaced += 1;
    byId.set(recipe.id, recipe);
  }
  await storage.set({ [RECIPES_KEY]: [...byId.values()] });
  return { added: recipes.length - replaced, replaced };
}

export async function deleteRecipe(storage: RecipeStorage, id: string): Promise<boolean> {
  const stored = await storedRecipes(storage);
  const kept = stored.filter((recipe) => recipe.id !== id);
  if (kept.length === stored.length) return false;
  await storage.set({ [RECIPES_KEY]: kept });
  return true;
}

/** The recipes that apply on one origin (the content script asks for its own only). */
export function recipesFor(recipes: readonly Recipe[], origin: string): Recipe[] {
  return recipes.filter((recipe) => !recipe.origins || recipe.origins.includes(origin));
}
