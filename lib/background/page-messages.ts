/**
 * Messages from our own extension pages (popup, dashboard): enable or disable an origin; store or delete
 * imported recipes. Only a page of
 * this extension may ask (a content script shares the portal's renderer: it must not widen where we run).
 * Enabling registers the script only where the browser has granted the origin (lib/background/origins.ts).
 * A failure to register rejects, so the popup can show it.
 */
import { PageMessageSchema } from '../model/messages';
import { describeIssues, type Sender } from './content-messages';
import { disableOrigin, enableOrigin, type OriginDeps } from './origins';
import { deleteRecipe, saveRecipes, type RecipeStorage } from './recipes';

export interface PageMessageDeps extends OriginDeps {
  recipes: RecipeStorage;
  runtimeId: string;
  /** browser.runtime.getURL('/') — extension pages' URLs start with it. */
  extensionBase: string;
}

function isOwnPage(sender: Sender, deps: PageMessageDeps): boolean {
  const url = sender.url ?? '';
  return sender.id === deps.runtimeId && deps.extensionBase !== '' && url.startsWith(deps.extensionBase) && !sender.tab?.url?.startsWith('http');
}

export interface PageReply {
  ok: boolean;
  error?: string;
  added?: number;
  replaced?: number;
}

export async function handlePageMessage(message: unknown, sender: Sender, deps: PageMessageDeps): Promise<PageReply> {
  if (!isOwnPage(sender, deps)) {
    return { ok: false, error: 'Only Plumbline’s own pages can change where it runs.' };
  }
  const parsed = PageMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const request = parsed.data;
  switch (request.type) {
    case 'enable-origin':
      await enableOrigin(deps, request.origin);
      return { ok: true };
    case 'disable-origin':
      await disableOrigin(deps, request.origin);
      return { ok: true };
    case 'save-recipes':
      return { ok: true, ...(await saveRecipes(deps.recipes, request.recipes)) };
    case 'delete-recipe':
      return (await deleteRecipe(deps.recipes, request.id)) ? { ok: true } : { ok: false, error: `No recipe "${request.id}" is stored.` };
  }
}
