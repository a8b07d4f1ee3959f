/**
 * Demo times are offsets from the moment the demo server starts ("now"), so ticket ages, silences and
 * waits look the same whenever the demo runs. Clock times (`at`) are in the local zone of the machine
 * running the server — the browser showing the demo runs on the same machine, so business hours
 * (Mon–Fri 09:00–17:00, DESIGN.md metric rules) line up with what Plumbline computes there.
 */

export type ClockTime = `${number}:${number}` | `${number}:${number}:${number}`;

export type When =
  /** `days` working days (Mon–Fri) before today, at a clock time. */
  | { kind: 'business-days'; days: number; at: ClockTime; plusSeconds?: number }
  /** `days` calendar days before today, at a clock time; a Saturday or Sunday moves back to Friday. */
  | { kind: 'calendar-days'; days: number; at: ClockTime; plusSeconds?: number }
  /** `minutes` before now. */
  | { kind: 'minutes-ago'; minutes: number; plusSeconds?: number };

/** Working days ago, e.g. `businessDaysAgo(3, '10:15')`. */
export function businessDaysAgo(days: number, at: ClockTime): When {
  return { kind: 'business-days', days, at };
}

/** Calendar days ago (weekends move back to Friday), e.g. `daysAgo(41, '09:05')`. */
export function daysAgo(days: number, at: ClockTime): When {
  return { kind: 'calendar-days', days, at };
}

export function minutesAgo(minutes: number): When {
  return { kind: 'minutes-ago', minutes };
}

/** The same moment plus some seconds — an automated reply 40 s after the request. */
export function secondsAfter(when: When, seconds: number): When {
  return { ...when, plusSeconds: (when.plusSeconds ?? 0) + seconds };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isWeekend(date: Date): boolean {
  const day = date.getDay();
  return day === 0 || day === 6;
}

function setClock(date: Date, at: ClockTime): Date {
  const [hours = 0, minutes = 0, seconds = 0] = at.split(':').map(Number);
  const result = new Date(date);
  result.setHours(hours, minutes, seconds, 0);
  return result;
}

/** The real moment an offset stands for, given the demo's "now". Never later than now. */
export function resolveWhen(when: When, now: Date): Date {
  let result: Date;
  if (when.kind === 'minutes-ago') {
    result = new Date(now.getTime() - when.minutes * 60_000);
    result.setMilliseconds(0);
  } else {
    const day = new Date(now);
    day.setHours(12, 0, 0, 0); // noon: stepping by 24 h never crosses a date line at a DST change
    if (when.kind === 'business-days') {
      let left = when.days;
      while (left > 0) {
        day.setTime(day.getTime() - DAY_MS);
        if (!isWeekend(day)) left -= 1;
      }
    } else {
      day.setTime(day.getTime() - when.days * DAY_MS);
      while (isWeekend(day)) day.setTime(day.getTime() - DAY_MS);
    }
    result = setClock(day, when.at);
  }
  result = new Date(result.getTime() + (when.plusSeconds ?? 0) * 1000);
  // Offsets of zero days with a clock time later than now would lie in the future: clamp.
  return result.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : result;
}
