/**
 * Messages from our own extension pages (popup, dashboard): enable or disable an origin. Only a page of
 * this extension may ask (a content script shares the portal's renderer: it must not widen where we run).
 * Enabling registers the script only where the browser has granted the origin (lib/background/origins.ts).
 * A failure to register rejects, so the popup can show it.
 */
import { PageMessageSchema } from '../model/messages';
import { describeIssues, type Sender } from './content-messages';
import { disableOrigin, enableOrigin, type OriginDeps } from './origins';

export interface PageMessageDeps extends OriginDeps {
  runtimeId: string;
  /** browser.runtime.getURL('/') — extension pages' URLs start with it. */
  extensionBase: string;
}

function isOwnPage(sender: Sender, deps: PageMessageDeps): boolean {
  const url = sender.url ?? '';
  return sender.id === deps.runtimeId && deps.extensionBase !== '' && url.startsWith(deps.extensionBase) && !sender.tab?.url?.startsWith('http');
}

export async function handlePageMessage(message: unknown, sender: Sender, deps: PageMessageDeps): Promise<{ ok: boolean; error?: string }> {
  if (!isOwnPage(sender, deps)) {
    return { ok: false, error: 'Only Plumbline’s own pages can change where it runs.' };
  }
  const parsed = PageMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  if (parsed.data.type === 'enable-origin') await enableOrigin(deps, parsed.data.origin);
  else await disableOrigin(deps, parsed.data.origin);
  return { ok: true };
}
