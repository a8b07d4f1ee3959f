/**
 * A content script met times printed as text: inject the display-time grammar (entrypoints/dates.ts,
 * chrono) into that frame's isolated world. Same sender checks as a snapshot: our extension, a tab whose
 * origin is enabled; the script injected is always our own file.
 */
import { checkSender, type ContentMessageDeps, type Failure, type Sender } from './content-messages';
import type { OriginDeps } from './origins';

export const DISPLAY_TIMES_FILE = '/dates.js';

export interface DisplayTimesDeps extends Pick<ContentMessageDeps, 'runtimeId' | 'isOriginEnabled'> {
  scripting: Pick<OriginDeps['scripting'], 'executeScript'>;
}

export async function handleDisplayTimesMessage(sender: Sender, deps: DisplayTimesDeps): Promise<{ ok: true } | Failure> {
  const checked = await checkSender(sender, deps);
  if ('ok' in checked) return checked;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'Only a portal page can ask for this.' };
  try {
    await deps.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [DISPLAY_TIMES_FILE] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `Could not load the date reader: ${error instanceof Error ? error.message : String(error)}` };
  }
}
