/**
 * Business-hours calendar (metrics.md §5 and §9.1): an IANA time zone, a weekly schedule and holidays.
 * `businessMs` = Σ over local dates d in [start, end], d not a holiday, of |[start, end] ∩ schedule(d)|,
 * with each period's bounds computed as wall-clock times in the zone (DST-safe).
 */
import type { Settings } from '../model/settings';
import { localDate, zonedInstant } from '../time/zone';

export { isTimeZone } from '../time/zone';

export interface Calendar {
  zone: string;
  /** Minutes since local midnight, by weekday (0 = Sunday). */
  periods: ReadonlyMap<number, readonly (readonly [number, number])[]>;
  holidays: ReadonlySet<string>;
  /** Length of one scheduled day: the longest day of the week (metrics.md §9.1 "business day"). */
  dayMs: number;
}

export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function calendarFromSettings(settings: Pick<Settings, 'timeZone' | 'schedule' | 'holidays'>): Calendar {
  const periods = new Map<number, [number, number][]>();
  for (const period of settings.schedule) {
    const start = minutes(period.start);
    const end = minutes(period.end);
    if (end <= start) continue;
    const list = periods.get(period.day) ?? [];
    list.push([start, end]);
    periods.set(period.day, list);
  }
  let dayMs = 0;
  for (const list of periods.values()) {
    list.sort((a, b) => a[0] - b[0]);
    dayMs = Math.max(dayMs, list.reduce((sum, [start, end]) => sum + (end - start) * 60_000, 0));
  }
  return { zone: settings.timeZone || runtimeTimeZone(), periods, holidays: new Set(settings.holidays), dayMs: dayMs || 8 * 3_600_000 };
}

function dateKey(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Business time between two instants, in ms. */
export function businessMs(startMs: number, endMs: number, calendar: Calendar): number {
  if (!(endMs > startMs)) return 0;
  const first = localDate(startMs, calendar.zone);
  const last = localDate(endMs, calendar.zone);
  const lastUtc = Date.UTC(last.year, last.month, last.day);
  let total = 0;
  for (let dayUtc = Date.UTC(first.year, first.month, first.day); dayUtc <= lastUtc; dayUtc += 86_400_000) {
    const date = new Date(dayUtc);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const day = date.getUTCDate();
    const periods = calendar.periods.get(date.getUTCDay());
    if (!periods || calendar.holidays.has(dateKey(year, month, day))) continue;
    for (const [from, to] of periods) {
      const periodStart = zonedInstant(year, month, day, from, calendar.zone);
      const periodEnd = zonedInstant(year, month, day, to, calendar.zone);
      const overlap = Math.min(periodEnd, endMs) - Math.max(periodStart, startMs);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}
