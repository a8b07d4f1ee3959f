/**
 * Turning a time string off a page into a UTC instant, in two tiers so the content script stays small:
 * machine-readable times (ISO 8601 with a zone — most portals' `datetime` attributes) are read here;
 * display text ("Thu Mar 14 09:02:11 2024", "il y a 3 jours") needs the date grammar of
 * lib/portals/display-time.ts (chrono), which Node, the picker and the bench register at start, and which
 * the content script has the background inject (entrypoints/dates.ts) only on pages that print such times.
 * The grammar is found through a global of the isolated world, shared by both injected bundles.
 */
import { toIso } from './text';

export interface DisplayTimeContext {
  now: Date;
  timeZone: string;
  /** The portal's languages, tried in order (default English then French). */
  locales?: readonly string[];
}

export type DisplayTimeParser = (raw: string, ctx: DisplayTimeContext) => string | undefined;

const GRAMMAR = Symbol.for('plumbline.displayTime');
type Scope = typeof globalThis & { [GRAMMAR]?: DisplayTimeParser };

export function registerDisplayTimeParser(parser: DisplayTimeParser): void {
  (globalThis as Scope)[GRAMMAR] = parser;
}

export function hasDisplayTimeParser(): boolean {
  return typeof (globalThis as Scope)[GRAMMAR] === 'function';
}

let missed = false;
/** Whether a display time went unread since the last call (no grammar loaded yet); resets the flag. */
export function takeMissedDisplayTimes(): boolean {
  const value = missed;
  missed = false;
  return value;
}

const CANONICAL_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
/** UTC with milliseconds (`toISOString()` output); stored without them when they are zero. */
const UTC_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const OFFSET_ISO = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/** A machine time as is; anything else through the display grammar when loaded. */
export function readTime(raw: string, ctx: DisplayTimeContext): string | undefined {
  if (CANONICAL_UTC.test(raw)) return raw;
  if (raw.endsWith('.000Z')) {
    const whole = `${raw.slice(0, -5)}Z`;
    if (CANONICAL_UTC.test(whole)) return whole;
  }
  if (UTC_MILLIS.test(raw)) return raw;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (OFFSET_ISO.test(text)) {
    const ms = Date.parse(text.replace(' ', 'T'));
    return Number.isNaN(ms) ? undefined : toIso(new Date(ms));
  }
  const grammar = (globalThis as Scope)[GRAMMAR];
  if (!grammar) {
    if (text) missed = true;
    return undefined;
  }
  return grammar(text, ctx);
}
