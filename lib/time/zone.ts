/**
 * Wall-clock time in an IANA time zone, with Intl only (no date library; works in the content script,
 * pages and Node). DST-safe: offsets come from the zone's own rules through the shared ZoneClock
 * (zone-clock.ts), which reads Intl once per zone and 16 days and then works arithmetically.
 */
import { zoneClock } from './zone-clock';

/** Whether the runtime knows this IANA zone name (e.g. Europe/Paris). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let runtimeZone: string | undefined;
/** The zone the browser (or Node) runs in: Settings.timeZone '' means this one. */
export function runtimeTimeZone(): string {
  runtimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return runtimeZone;
}

/**
 * The instant at which the zone's clocks show year-month(0–11)-day + minutes (0–1440). A time skipped by
 * a spring-forward resolves to the moment after the jump, a repeated one to its first occurrence.
 */
export function zonedInstant(year: number, month: number, day: number, minuteOfDay: number, zone: string): number {
  return zoneClock(zone).instantOf(Date.UTC(year, month, day, 0, minuteOfDay));
}

/** The zone's calendar date of an instant (month 0–11). */
export function localDate(ms: number, zone: string): { year: number; month: number; day: number } {
  const local = new Date(ms + zoneClock(zone).offsetAt(ms));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate() };
}

/** The zone's calendar date of an instant as YYYY-MM-DD ('' zone = the browser's), for file names. */
export function localIsoDate(ms: number, zone: string): string {
  const { year, month, day } = localDate(ms, zone || runtimeTimeZone());
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
