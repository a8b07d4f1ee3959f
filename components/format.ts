/** Human-readable durations and dates for the extension pages (en/fr). */
import type { Locale } from '../lib/metrics';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "45 min", "3 h 20 min", "2 days 4 h" — calendar time. */
export function formatDuration(ms: number, locale: Locale): string {
  const fr = locale === 'fr';
  if (ms < HOUR) return `${Math.max(0, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.round((ms - hours * HOUR) / MINUTE);
    return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.floor(ms / DAY);
  const hours = Math.round((ms - days * DAY) / HOUR);
  const dayWord = fr ? (days > 1 ? 'jours' : 'jour') : days > 1 ? 'days' : 'day';
  return hours ? `${days} ${dayWord} ${hours} h` : `${days} ${dayWord}`;
}

/** Business time counts hours of the schedule, not days of 24 h: "12 h 30 min". */
export function formatBusinessDuration(ms: number): string {
  if (ms < HOUR) return `${Math.max(0, Math.round(ms / MINUTE))} min`;
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.round((ms - hours * HOUR) / MINUTE);
  return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
