import 'fake-indexeddb/auto';
// Node has room for the display-time grammar; the content script loads it on demand (lib/portals/time-reader.ts).
import { parseDisplayTime } from '../../lib/portals/display-time';
import { registerDisplayTimeParser } from '../../lib/portals/time-reader';

registerDisplayTimeParser(parseDisplayTime);
