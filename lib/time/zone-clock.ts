/**
 * UTC offsets of an IANA time zone as a table of transitions, read once with Intl (no date library) and then
 * used arithmetically. Business time (metrics.md §9.1 `bus`) converts thousands of wall-clock times
 * ("09:00 on 4 March in Europe/Paris") to instants per ticket; one `Intl.formatToParts` each would cost
 * more than the whole metric. DST-safe: offsets come from the zone's own rules, sampled daily and bisected
 * to the second where they change.
 */

const SECOND = 1_000;
const DAY = 86_400_000;
/** Offsets are tabulated per chunk of 16 days (17 daily samples, once per zone and chunk). */
const CHUNK = 16 * DAY;

interface Chunk {
  start: number;
  end: number;
  /** Offset (ms to add to UTC) at `start`. */
  base: number;
  /** Where the offset changes inside the chunk, in order. */
  transitions: { at: number; offset: number }[];
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** The zone's offset at an instant, straight from Intl (whole seconds). */
function intlOffset(format: Intl.DateTimeFormat, ms: number): number {
  const at = Math.floor(ms / SECOND) * SECOND;
  let year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  for (const part of format.formatToParts(at)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value) % 24; break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      default: break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - at;
}

const FIXED_UTC = /^(?:utc|etc\/utc|etc\/gmt|gmt|etc\/universal|universal|etc\/zulu|zulu)$/i;

/** Offsets of one zone. Obtain with `zoneClock(zone)` (one per zone, shared). */
export class ZoneClock {
  readonly zone: string;
  private readonly format: Intl.DateTimeFormat | null;
  private readonly chunks = new Map<number, Chunk>();
  private last: Chunk | null = null;

  constructor(zone: string) {
    this.zone = zone;
    this.format = FIXED_UTC.test(zone) ? null : formatFor(zone);
  }

  private chunk(ms: number): Chunk {
    const last = this.last;
    if (last && ms >= last.start && ms < last.end) return last;
    const index = Math.floor(ms / CHUNK);
    let chunk = this.chunks.get(index);
    if (!chunk) {
      chunk = this.tabulate(index * CHUNK);
      this.chunks.set(index, chunk);
    }
    this.last = chunk;
    return chunk;
  }

  private tabulate(start: number): Chunk {
    const end = start + CHUNK;
    const format = this.format;
    if (!format) return { start, end, base: 0, transitions: [] };
    const base = intlOffset(format, start);
    const transitions: Chunk['transitions'] = [];
    let previous = base;
    for (let sample = start + DAY; sample <= end; sample += DAY) {
      const offset = intlOffset(format, sample);
      if (offset === previous) continue;
      // Bisect (sample - DAY, sample] to the second of the change. Zones change at most once a day.
      let low = sample - DAY;
      let high = sample;
      while (high - low > SECOND) {
        const middle = low + Math.floor((high - low) / (2 * SECOND)) * SECOND;
        if (intlOffset(format, middle) === previous) low = middle;
        else high = middle;
      }
      if (high < end) transitions.push({ at: high, offset });
      previous = offset;
    }
    return { start, end, base, transitions };
  }

  /** Offset in ms to add to UTC to get the zone's wall clock at `ms`. */
  offsetAt(ms: number): number {
    const chunk = this.chunk(ms);
    let offset = chunk.base;
    for (const transition of chunk.transitions) {
      if (ms >= transition.at) offset = transition.offset;
      else break;
    }
    return offset;
  }

  /** Days since 1970-01-01 of the zone's calendar date at `ms`. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY);
  }

  /**
   * The instant at which the zone's clocks show `wall` (ms since epoch read as a wall-clock time). A wall time
   * skipped by a spring-forward resolves to the moment after the jump (02:30 → 03:30); one repeated by a
   * fall-back resolves to its first occurrence — the "compatible" rule of ECMAScript Temporal.
   */
  instantOf(wall: number): number {
    const chunk = this.chunk(wall);
    // Most of the time no transition is within a day of `wall`: one offset, no checks.
    if (chunk.transitions.length === 0 && wall - DAY >= chunk.start && wall + DAY < chunk.end) return wall - chunk.base;
    const early = this.offsetAt(wall - DAY);
    const late = this.offsetAt(wall + DAY);
    if (early === late) return wall - early;
    const first = wall - early;
    const second = wall - late;
    const firstValid = this.offsetAt(first) === early;
    const secondValid = this.offsetAt(second) === late;
    if (firstValid && secondValid) return Math.min(first, second);
    if (firstValid) return first;
    if (secondValid) return second;
    return first;
  }

  /** Instants of the zone's transitions in [from, to), in order. */
  transitionsBetween(from: number, to: number): number[] {
    const out: number[] = [];
    for (let index = Math.floor(from / CHUNK); index * CHUNK < to; index += 1) {
      for (const transition of this.chunk(index * CHUNK).transitions) if (transition.at >= from && transition.at < to) out.push(transition.at);
    }
    return out;
  }
}

const clocks = new Map<string, ZoneClock>();
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}
