/**
 * Dates and durations inside sign messages and badge labels, in the user's language. Dates are shown in the
 * business calendar's time zone ("Tue 14 Oct" / "mar. 14 oct."); one Intl formatter per language and zone.
 * Business durations count business days of the calendar's scheduled-day length (metrics.md §9.1).
 */
import type { Catalogue } from './catalogue';
import { CATALOGUES } from './catalogues';
import type { Locale } from './locale';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const QUARTER_HOUR = 900_000;

interface DayFormat {
  format: Intl.DateTimeFormat;
  /** Texts by UTC quarter hour: zone offsets are whole quarter hours, so the local date is constant inside one. */
  texts: Map<number, string>;
}
const dayFormats = new Map<string, DayFormat>();

/** "Tue 14 Oct" (en) / "mar. 14 oct." (fr), in `zone`. */
export function shortDate(at: string | number, locale: Locale, zone: string): string {
  const key = `${locale}|${zone}`;
  let day = dayFormats.get(key);
  if (!day) {
    day = { format: new Intl.DateTimeFormat(CATALOGUES[locale].intl, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }), texts: new Map() };
    dayFormats.set(key, day);
  }
  const ms = typeof at === 'number' ? at : Date.parse(at);
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let text = day.texts.get(bucket);
  if (text === undefined) {
    text = day.format.format(ms).replace(',', '');
    if (day.texts.size > 50_000) day.texts.clear();
    day.texts.set(bucket, text);
  }
  return text;
}

/** One decimal below 10, whole numbers from 10, with the language's decimal separator. */
function decimal(value: number, text: Catalogue): { shown: string; n: number } {
  const n = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return { shown: String(n).replace('.', text.decimal), n };
}

/** "20 minutes", "5 business hours", "2.5 business days" — business time, days of `dayMs`. */
export function businessDuration(ms: number, dayMs: number, locale: Locale): string {
  const text = CATALOGUES[locale];
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return text.durations.minutes(minutes);
  const hours = ms / HOUR;
  if (ms < dayMs && Math.round(hours * 10) / 10 < dayMs / HOUR) {
    const { shown, n } = decimal(hours, text);
    return text.durations.businessHours(shown, n);
  }
  const { shown, n } = decimal(ms / dayMs, text);
  return text.durations.businessDays(shown, n);
}

/** "40 minutes", "5 hours", "3 days" — calendar time, rounded. */
export function calendarDuration(ms: number, locale: Locale): string {
  const text = CATALOGUES[locale];
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return text.durations.minutes(minutes);
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return text.durations.hours(hours);
  return text.durations.days(Math.round(ms / DAY));
}

/** First letter in upper case, for a label that starts with a word ("Resolved in 3 days"). */
export function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(CATALOGUES[locale].intl) + text.slice(1);
}
