/** Messages from our own extension pages (popup, dashboard): enable or disable an origin. */
import { PageMessageSchema } from '../model/messages';
import { disableOrigin, enableOrigin, type OriginDeps } from './origins';
import type { Sender } from './content-messages';

export interface PageMessageDeps extends OriginDeps {
  runtimeId: string;
  /** browser.runtime.getURL('/') — extension pages' URLs start with it. */
  extensionBase: string;
}

export function isPageMessage(message: unknown): boolean {
  return PageMessageSchema.safeParse(message).success;
}

export async function handlePageMessage(message: unknown, sender: Sender, deps: PageMessageDeps): Promise<{ ok: boolean; error?: string }> {
  if (sender.id !== deps.runtimeId || sender.tab?.url?.startsWith('http') || !(sender.url ?? '').startsWith(deps.extensionBase)) {
    return { ok: false, error: 'Only Plumbline’s own pages can change where it runs.' };
  }
  const parsed = PageMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Unknown request.' };
  if (parsed.data.type === 'enable-origin') await enableOrigin(deps, parsed.data.origin);
  else await disableOrigin(deps, parsed.data.origin);
  return { ok: true };
}
