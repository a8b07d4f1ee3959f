/**
 * The built-in recipes, asked in order after the user's own (a taught recipe wins on its origin). Each is
 * data checked against RecipeSchema by tests/unit/portals/recipes.test.ts; zod is not bundled here.
 */
import type { RecipeInput } from '../../model/recipe';
import { glpiRecipe } from './glpi';
import { haloRecipe } from './halo';
import { osticketRecipe } from './osticket';
import { rtRecipe } from './rt';
import { zammadRecipe } from './zammad';
import { zendeskRecipe } from './zendesk';
import { znunyRecipe } from './znuny';

export const BUILT_IN_RECIPES: readonly RecipeInput[] = [zendeskRecipe, osticketRecipe, rtRecipe, zammadRecipe, znunyRecipe, glpiRecipe, haloRecipe];
