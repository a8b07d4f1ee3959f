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

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();
/**
 * The zone's UTC offset at an instant, cached per quarter hour: offsets only change on quarter-hour
 * boundaries, and Intl's formatToParts is the expensive part of every business-time computation.
 */
function cachedOffset(ms: number, zone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${zone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = offsetAt(bucket * QUARTER_HOUR, zone);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The zone's calendar date of an instant. */
export function localDate(ms: number, zone: string): { year: number; month: number; day: number } {
  const local = new Date(ms + cachedOffset(ms, zone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate() };
}

