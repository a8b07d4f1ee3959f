import { useEffect, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { RECIPES_KEY } from '../../lib/background/recipes';
import { parseRecipeFile, recipeFileText } from '../../lib/export/recipe-file';
import type { Recipe } from '../../lib/model/recipe';
import { localIsoDate } from '../../lib/time/zone';
import { chosenFileText } from './chosen-file';
import { downloadChunks } from './download';

type Notice = { kind: 'status' | 'alert'; text: string };

/** Recipes are written by the background only; this page reads them and sends requests. */
function useStoredRecipes(): Recipe[] {
  const [recipes, setRecipes] = useState<Recipe[]>([]);
  useEffect(() => {
    const read = (value: unknown) => setRecipes(Array.isArray(value) ? (value as Recipe[]) : []);
    void browser.storage.local.get(RECIPES_KEY).then((items) => read(items[RECIPES_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && RECIPES_KEY in changes) read(changes[RECIPES_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return recipes;
}

/** Taught portals: export them to share, import a colleague's, delete one (issue 4). */
export function RecipesPanel() {
  const recipes = useStoredRecipes();
  const [notice, setNotice] = useState<Notice>();

  const exportRecipes = () => {
    const now = new Date();
    downloadChunks(`plumbline-recipes-${localIsoDate(now.getTime(), '')}.json`, [recipeFileText(recipes, now)], 'application/json');
    setNotice({ kind: 'status', text: `${recipes.length} recipe${recipes.length === 1 ? '' : 's'} exported.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const text = await chosenFileText(event);
    if (text === undefined) return;
    const result = parseRecipeFile(text);
    if (!result.ok) return setNotice({ kind: 'alert', text: result.error });
    const reply = (await browser.runtime.sendMessage({ type: 'save-recipes', recipes: result.recipes })) as { ok: boolean; error?: string; added?: number; replaced?: number };
    if (!reply.ok) return setNotice({ kind: 'alert', text: `${reply.error ?? 'The recipes were refused.'} Nothing was changed.` });
    setNotice({ kind: 'status', text: `Imported ${reply.added ?? 0} new recipe${reply.added === 1 ? '' : 's'}${reply.replaced ? `, replaced ${reply.replaced}` : ''}.` });
  };

  const remove = async (recipe: Recipe) => {
    if (!window.confirm(`Delete the recipe “${recipe.name}”? Pages of ${recipe.origins?.join(', ') ?? 'this portal'} will no longer be read.`)) return;
    const reply = (await browser.runtime.sendMessage({ type: 'delete-recipe', id: recipe.id })) as { ok: boolean; error?: string };
    setNotice(reply.ok ? { kind: 'status', text: `Recipe “${recipe.name}” deleted.` } : { kind: 'alert', text: reply.error ?? 'Could not delete the recipe.' });
  };

  return (
    <section className="recipes" aria-labelledby="recipes-title">
      <h2 id="recipes-title">Taught portals</h2>
      <p className="muted">Recipes you taught Plumbline with “Teach Plumbline this portal”, or imported from a colleague.</p>
      {recipes.length === 0 ? (
        <p className="empty">No taught portal yet.</p>
      ) : (
        <ul className="recipe-list">
          {recipes.map((recipe) => (
            <li key={recipe.id} data-testid="recipe" data-recipe-id={recipe.id}>
              <strong>{recipe.name}</strong> <span className="muted">{recipe.origins?.join(', ') ?? 'any site'}</span>{' '}
              <button type="button" onClick={() => void remove(recipe)}>Delete</button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={exportRecipes} disabled={recipes.length === 0}>
          Export recipes (JSON)
        </button>
        <label className="file-button">
          Import recipes (JSON) <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
        </label>
      </div>
      {notice && <p role={notice.kind}>{notice.text}</p>}
    </section>
  );
}
