/**
 * A recipe taught with the picker in a portal page. The message comes from the page's renderer
 * (untrusted, extension-anchors.md §5.1): the sender must pass the same checks as a snapshot (our
 * extension, an enabled origin), and the recipe may only be a taught one (`recipe:<name>`) that applies
 * on that very origin — a page can teach Plumbline how to read itself, nothing more.
 */
import { TeachMessageSchema } from '../model/messages';
import { checkSender, describeIssues, type ContentMessageDeps, type Failure, type Sender } from './content-messages';
import { saveRecipes, type RecipeStorage } from './recipes';

export interface TeachMessageDeps extends Pick<ContentMessageDeps, 'runtimeId' | 'isOriginEnabled'> {
  recipes: RecipeStorage;
}

export async function handleTeachMessage(message: unknown, sender: Sender, deps: TeachMessageDeps): Promise<{ ok: true; id: string } | Failure> {
  try {
    const checked = await checkSender(sender, deps);
    if ('ok' in checked) return checked;
    const parsed = TeachMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    const { recipe } = parsed.data;
    if (!recipe.id.startsWith('recipe:')) return { ok: false, error: 'A taught recipe is named recipe:<name>; built-in portals cannot be replaced from a page.' };
    if (recipe.origins?.length !== 1 || recipe.origins[0] !== checked.origin) {
      return { ok: false, error: `A recipe taught on ${checked.origin} can only apply to ${checked.origin}.` };
    }
    await saveRecipes(deps.recipes, [recipe]);
    return { ok: true, id: recipe.id };
  } catch (error) {
    return { ok: false, error: `Plumbline could not save this recipe: ${error instanceof Error ? error.message : String(error)}` };
  }
}
