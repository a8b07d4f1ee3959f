/**
 * Times as portals print them, when they give no machine-readable attribute (portal-markup.md §10): RT's
 * "Thu Mar 14 09:02:11 2024", Znuny's "03/14/2024 09:02", GLPI's "2024-03-14 09:02", the Zendesk React
 * list's "Mar 14, 2024, 2:40 PM" or "5 minutes ago", French "il y a 3 jours", German "14.03.2024 09:02".
 * Parsed by chrono (one date library, its English and French grammars) as wall-clock time in the
 * user's zone, then turned into an instant with the zone's own rules (DST-safe); relative text counts
 * back from the capture time. Anything chrono cannot read as a whole is undefined — never a guess.
 */
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { zoneClock } from '../time/zone-clock';
import { toIso } from './text';
import type { DisplayTimeContext } from './time-reader';

export type { DisplayTimeContext };

type Parser = typeof chronoEn.casual;

/** BCP 47 language → chrono grammar; `en-GB` reads 14/03/2024 day first. */
function parserFor(locale: string): Parser | undefined {
  const tag = locale.toLowerCase();
  if (tag === 'en-gb' || tag === 'en-ie' || tag === 'en-au' || tag === 'en-nz') return chronoEn.GB;
  switch (tag.slice(0, 2)) {
    case 'en':
      return chronoEn.casual;
    case 'fr':
      return chronoFr.casual;
    case 'de':
    case 'nl':
      // Numeric day-first dates (14.03.2024 09:02) read as British English: chrono's German grammar would
      // cost the content script 2 KB gzip for relative text ("vor 2 Stunden") no verified portal prints.
      return chronoEn.GB;
    default:
      return undefined;
  }
}

const OFFSET_ISO = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/** Whether chrono's match is the whole text (up to punctuation), so "soon" or a sentence is not a date. */
function coversText(matched: string, text: string): boolean {
  const letters = (value: string) => value.replace(/[\s,.;:()\-–—]+/g, '').length;
  return letters(matched) >= letters(text);
}

/** Already what we store (most `datetime` attributes): no parsing at all. */
const CANONICAL_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

export function parseDisplayTime(raw: string | null | undefined, ctx: DisplayTimeContext): string | undefined {
  if (raw && CANONICAL_UTC.test(raw)) return raw;
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return undefined;
  if (OFFSET_ISO.test(text)) {
    const ms = Date.parse(text.replace(' ', 'T'));
    return Number.isNaN(ms) ? undefined : toIso(new Date(ms));
  }
  const clock = zoneClock(ctx.timeZone);
  const nowMs = ctx.now.getTime();
  // chrono reads everything as UTC; give it "now" as the user's wall clock so "yesterday" is their yesterday.
  const wallNow = new Date(nowMs + clock.offsetAt(nowMs));
  for (const locale of ctx.locales?.length ? ctx.locales : ['en', 'fr']) {
    const parser = parserFor(locale);
    if (!parser) continue;
    const result = parser.parse(text, { instant: wallNow, timezone: 0 })[0];
    if (!result || !coversText(result.text, text)) continue;
    const tags = result.start.tags();
    const hasTime = result.start.isCertain('hour');
    if (tags.has('result/relativeDate')) return toIso(new Date(nowMs + (result.start.date().getTime() - wallNow.getTime())));
    // "Yesterday" alone names a day, not a moment.
    if (!hasTime && [...tags].some((tag) => tag.startsWith('casualReference/'))) return undefined;
    const wall = Date.UTC(
      result.start.get('year') ?? wallNow.getUTCFullYear(),
      (result.start.get('month') ?? 1) - 1,
      result.start.get('day') ?? 1,
      hasTime ? (result.start.get('hour') ?? 0) : 0,
      hasTime ? (result.start.get('minute') ?? 0) : 0,
      hasTime ? (result.start.get('second') ?? 0) : 0,
    );
    return toIso(new Date(clock.instantOf(wall)));
  }
  return undefined;
}
