/**
 * Wall-clock time in an IANA time zone, with Intl only (no date library; works in the content script,
 * pages and Node). DST-safe: offsets are read at the instant concerned.
 */

/** Whether the runtime knows this IANA zone name (e.g. Europe/Paris). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

interface Wall { year: number; month: number; day: number; hour: number; minute: number; second: number }
function wall(ms: number, zone: string): Wall {
  const out: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(new Date(ms))) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return { year: out.year ?? 1970, month: (out.month ?? 1) - 1, day: out.day ?? 1, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

function offsetAt(ms: number, zone: string): number {
  const w = wall(ms, zone);
  return Date.UTC(w.year, w.month, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

const instants = new Map<string, number>();
/** The instant at which the zone's clocks show year-month-day + minutes (0–1440). */
export function zonedInstant(year: number, month: number, day: number, minuteOfDay: number, zone: string): number {
  const key = `${zone}|${year}|${month}|${day}|${minuteOfDay}`;
  const cached = instants.get(key);
  if (cached !== undefined) return cached;
  const guess = Date.UTC(year, month, day, 0, minuteOfDay);
  const first = guess - offsetAt(guess, zone);
  const result = guess - offsetAt(first, zone);
  if (instants.size > 200_000) instants.clear();
  instants.set(key, result);
  return result;
}

/** The zone's calendar date of an instant. */
export function localDate(ms: number, zone: string): { year: number; month: number; day: number } {
  const w = wall(ms, zone);
  return { year: w.year, month: w.month, day: w.day };
}

