/** Built-in recipes as adapters, made once; a user's recipes are made into adapters as they come. */
import type { PortalAdapter } from './adapter';
import { recipeAdapter, type RecipeSource } from './engine';
import { BUILT_IN_RECIPES } from './recipes';

export const BUILT_IN_ADAPTERS: readonly PortalAdapter[] = BUILT_IN_RECIPES.map(recipeAdapter);

const userAdapters = new WeakMap<RecipeSource, PortalAdapter>();
/** The adapters to ask for a page: the user's recipes first, then the built-ins. */
export function adaptersFor(userRecipes: readonly RecipeSource[] = []): PortalAdapter[] {
  const taught = userRecipes.map((recipe) => {
    let adapter = userAdapters.get(recipe);
    if (!adapter) {
      adapter = recipeAdapter(recipe);
      userAdapters.set(recipe, adapter);
    }
    return adapter;
  });
  return [...taught, ...BUILT_IN_ADAPTERS];
}
