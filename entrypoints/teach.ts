/**
 * "Teach Plumbline this portal": injected by the popup into one tab (scripting.executeScript) when the
 * user asks, never registered on pages. A thin shell over lib/teach/picker.ts. The recipe is checked
 * here for a readable message and again, authoritatively, by the background before it is stored.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { RecipeSchema } from '../lib/model/recipe';
import { registerDisplayTimeParser } from '../lib/portals';
import { parseDisplayTime } from '../lib/portals/display-time';
import { startPicker } from '../lib/teach/picker';

const RUNNING = Symbol.for('plumbline.teach');

export default defineUnlistedScript(() => {
  registerDisplayTimeParser(parseDisplayTime);
  const scope = globalThis as typeof globalThis & { [RUNNING]?: { stop(): void } };
  scope[RUNNING]?.stop();
  scope[RUNNING] = startPicker({
    doc: document,
    href: () => location.href,
    now: () => new Date(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    check: (recipe) => {
      const parsed = RecipeSchema.safeParse(recipe);
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      return issue ? `${issue.path.join('.')}: ${issue.message}` : undefined;
    },
    save: async (recipe) => {
      const reply = (await browser.runtime.sendMessage({ type: 'teach-recipe', recipe })) as { ok: boolean; error?: string } | undefined;
      return reply?.ok ? undefined : (reply?.error ?? 'Plumbline did not answer; reload the extension and try again.');
    },
  });
});
