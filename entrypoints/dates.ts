/**
 * The display-time grammar (chrono, en/fr), injected by the background into a portal page's isolated
 * world only when its content script met times printed as text (lib/portals/time-reader.ts). Keeps
 * the always-loaded content script small.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseDisplayTime } from '../lib/portals/display-time';
import { registerDisplayTimeParser } from '../lib/portals/time-reader';

export default defineUnlistedScript(() => {
  registerDisplayTimeParser(parseDisplayTime);
});
