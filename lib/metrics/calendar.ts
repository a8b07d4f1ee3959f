/**
 * Business-hours calendar (metrics.md §5 and §9.1): an IANA time zone, a weekly schedule and holidays.
 * `businessMs` = Σ over local dates d in [start, end], d not a holiday, of |[start, end] ∩ schedule(d)|, each
 * period's bounds being wall-clock times in the zone (DST-safe: a 09:00–17:00 day is 8 hours on either side of
 * a clock change, a 00:00–24:00 day is 23 or 25 hours on the day itself). Exact to the millisecond.
 */
import type { Settings, WorkingPeriod } from '../model/settings';
import { isTimeZone, runtimeTimeZone } from '../time/zone';
import { zoneClock, type ZoneClock } from '../time/zone-clock';

export { isTimeZone, runtimeTimeZone } from '../time/zone';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** When no scheduled day has any hours, a "business day" still needs a length to divide by. */
const FALLBACK_DAY_MS = 8 * 3_600_000;
/** Spans longer than this many local days add whole weeks arithmetically instead of day by day. */
const DAY_BY_DAY_LIMIT = 14;

export interface Calendar {
  /** IANA zone the schedule is read in. */
  readonly zone: string;
  /** Working periods by weekday (0 = Sunday), in minutes since local midnight, sorted and non-overlapping. */
  readonly periods: readonly (readonly (readonly [number, number])[])[];
  /** Holidays as local day numbers (days since 1970-01-01). */
  readonly holidays: ReadonlySet<number>;
  /** The same, sorted. */
  readonly sortedHolidays: readonly number[];
  /** One business day = the length of one scheduled day, the longest of the week (metrics.md §9.1). */
  readonly dayMs: number;
  /** Scheduled time of each weekday on a day without a clock change, and of a whole week. */
  readonly weekdayMs: readonly number[];
  readonly weekMs: number;
  readonly clock: ZoneClock;
}

type CalendarSettings = Pick<Settings, 'timeZone' | 'schedule' | 'holidays'>;


function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

/** 0 = Sunday for a local day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function mergePeriods(periods: readonly WorkingPeriod[], day: number): [number, number][] {
  const list = periods
    .filter((period) => period.day === day)
    .map((period): [number, number] => [minutesOf(period.start), minutesOf(period.end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of list) {
    const previous = merged[merged.length - 1];
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function buildCalendar(settings: CalendarSettings): Calendar {
  const wanted = settings.timeZone || runtimeTimeZone();
  const zone = isTimeZone(wanted) ? wanted : 'UTC';
  const periods = [0, 1, 2, 3, 4, 5, 6].map((day) => mergePeriods(settings.schedule, day));
  const weekdayMs = periods.map((list) => list.reduce((sum, [start, end]) => sum + (end - start) * MINUTE, 0));
  const holidayDays = settings.holidays.map(dayNumber).filter((day): day is number => day !== null);
  return {
    zone,
    periods,
    holidays: new Set(holidayDays),
    sortedHolidays: [...new Set(holidayDays)].sort((a, b) => a - b),
    dayMs: Math.max(...weekdayMs) || FALLBACK_DAY_MS,
    weekdayMs,
    weekMs: weekdayMs.reduce((sum, value) => sum + value, 0),
    clock: zoneClock(zone),
  };
}

const built = new WeakMap<object, { source: readonly unknown[]; calendar: Calendar }>();

/**
 * The calendar of the user's settings (default Mon–Fri 09:00–17:00, no holidays, the browser's zone when
 * Settings.timeZone is ''). An unknown zone name falls back to UTC. Built once per settings object.
 */
export function calendarFromSettings(settings: CalendarSettings): Calendar {
  const source = [settings.timeZone, settings.schedule, settings.holidays];
  const cached = built.get(settings);
  if (cached && cached.source.every((value, index) => value === source[index])) return cached.calendar;
  const calendar = buildCalendar(settings);
  built.set(settings, { source, calendar });
  return calendar;
}

/** Length of one business day (one scheduled day), for "N business days" (metrics.md §9.1). */
export function businessDayMs(calendar: Calendar): number {
  return calendar.dayMs;
}

/** The instants a local day's working periods begin and end. */
function periodBounds(calendar: Calendar, day: number, period: readonly [number, number]): [number, number] {
  const wall = day * DAY;
  return [calendar.clock.instantOf(wall + period[0] * MINUTE), calendar.clock.instantOf(wall + period[1] * MINUTE)];
}

/** Business time of local day `day` inside [start, end]. */
function dayOverlap(calendar: Calendar, day: number, start: number, end: number): number {
  if (calendar.holidays.has(day)) return 0;
  const periods = calendar.periods[weekdayOf(day)];
  if (!periods || periods.length === 0) return 0;
  let total = 0;
  for (const period of periods) {
    const [from, to] = periodBounds(calendar, day, period);
    const overlap = Math.min(to, end) - Math.max(from, start);
    if (overlap > 0) total += overlap;
  }
  return total;
}

/** Scheduled time of a whole local day, clock changes included. */
function wholeDayMs(calendar: Calendar, day: number): number {
  return dayOverlap(calendar, day, -Infinity, Infinity);
}

/** Scheduled time of `count` whole local days from `first`, ignoring holidays and clock changes. */
function nominalDaysMs(calendar: Calendar, first: number, count: number): number {
  const weeks = Math.floor(count / 7);
  let total = weeks * calendar.weekMs;
  for (let day = first + weeks * 7; day < first + count; day += 1) total += calendar.weekdayMs[weekdayOf(day)] ?? 0;
  return total;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const toMs = (value: Date | number): number => (typeof value === 'number' ? value : value.getTime());

/** Business time between two instants, in ms (0 when end ≤ start). */
export function businessMs(start: Date | number, end: Date | number, calendar: Calendar): number {
  const startMs = toMs(start);
  const endMs = toMs(end);
  if (!(endMs > startMs)) return 0;
  const clock = calendar.clock;
  const firstDay = clock.localDay(startMs);
  const lastDay = clock.localDay(endMs);
  if (lastDay - firstDay <= DAY_BY_DAY_LIMIT) {
    let total = 0;
    for (let day = firstDay; day <= lastDay; day += 1) total += dayOverlap(calendar, day, startMs, endMs);
    return total;
  }
  // Partial first and last days exactly; the whole days between by weeks, then holidays and clock changes.
  let total = dayOverlap(calendar, firstDay, startMs, endMs) + dayOverlap(calendar, lastDay, startMs, endMs);
  const from = firstDay + 1;
  const to = lastDay - 1;
  total += nominalDaysMs(calendar, from, to - from + 1);
  const holidays = calendar.sortedHolidays;
  for (let index = lowerBound(holidays, from); index < holidays.length && (holidays[index] ?? Infinity) <= to; index += 1) {
    total -= calendar.weekdayMs[weekdayOf(holidays[index] ?? 0)] ?? 0;
  }
  const changed = new Set<number>();
  for (const at of clock.transitionsBetween(startMs - DAY, endMs + DAY)) {
    const day = clock.localDay(at);
    for (const near of [day - 1, day, day + 1]) if (near >= from && near <= to && !calendar.holidays.has(near)) changed.add(near);
  }
  for (const day of changed) total += wholeDayMs(calendar, day) - (calendar.weekdayMs[weekdayOf(day)] ?? 0);
  return total;
}

/**
 * The instant at which `amount` ms of business time have elapsed after `start` (start itself for 0);
 * null when the schedule has no working hours at all.
 */
export function addBusinessMs(start: Date | number, amount: number, calendar: Calendar): number | null {
  const startMs = toMs(start);
  if (amount <= 0) return startMs;
  if (calendar.weekMs === 0) return null;
  let remaining = amount;
  const firstDay = calendar.clock.localDay(startMs);
  // Enough days for the amount even if every other day were a holiday, and a bound for degenerate holiday lists.
  const limit = firstDay + 7 * (Math.ceil(amount / calendar.weekMs) + 1) + calendar.sortedHolidays.length + 7;
  for (let day = firstDay; day <= limit; day += 1) {
    if (calendar.holidays.has(day)) continue;
    for (const period of calendar.periods[weekdayOf(day)] ?? []) {
      const [from, to] = periodBounds(calendar, day, period);
      const begin = Math.max(from, startMs);
      if (to <= begin) continue;
      if (remaining <= to - begin) return begin + remaining;
      remaining -= to - begin;
    }
  }
  return null;
}
