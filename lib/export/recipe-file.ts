/**
 * Sharing taught recipes as a JSON file (issue 4: "one colleague can teach and share"). A file is read
 * whole and validated before anything is stored: a bad, truncated or foreign file gets one clear sentence
 * and changes nothing.
 */
import { RECIPE_FILE_FORMAT, RECIPE_FORMAT, RECIPE_VERSION, RecipeFileSchema, RecipeSchema, type Recipe } from '../model/recipe';

export type RecipeFileResult = { ok: true; recipes: Recipe[] } | { ok: false; error: string };

const NOTHING_CHANGED = 'Nothing was changed.';

function firstIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}` : 'invalid';
}

/** An exported file (`plumbline-recipes`) or a single recipe (`plumbline-recipe`). */
export function parseRecipeFile(text: string): RecipeFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `This file is not JSON (is it complete?). ${NOTHING_CHANGED}` };
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== RECIPE_FILE_FORMAT && format !== RECIPE_FORMAT) {
    return { ok: false, error: `This is not a Plumbline recipe file (expected "format": "${RECIPE_FILE_FORMAT}"). ${NOTHING_CHANGED}` };
  }
  const parsed = format === RECIPE_FILE_FORMAT ? RecipeFileSchema.safeParse(json) : RecipeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `This recipe file is not valid — ${firstIssue(parsed.error.issues)}. ${NOTHING_CHANGED}` };
  return { ok: true, recipes: 'recipes' in parsed.data ? parsed.data.recipes : [parsed.data] };
}

export function recipeFileText(recipes: readonly Recipe[], now: Date): string {
  return `${JSON.stringify({ format: RECIPE_FILE_FORMAT, version: RECIPE_VERSION, exportedAt: now.toISOString(), recipes }, null, 2)}\n`;
}
