/**
 * Display dates as some portals print them (the Zendesk React request list has no machine-readable time):
 * "5 minutes ago", "Today, 3:04 PM", "Yesterday, 2:40 PM", "Mar 14, 2024", "Mar 14, 2024, 2:40 PM",
 * "14 mars 2024", "il y a 3 jours". Parsed against the capture time in the portal's zone; anything else is
 * undefined — never a guess.
 */
import { localDate, zonedInstant } from '../time/zone';
import { toIso } from './text';

function zonedTime(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  return new Date(zonedInstant(year, month, day, hour * 60 + minute, zone));
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, janv: 0, janvier: 0,
  feb: 1, february: 1, fevr: 1, fevrier: 1, fev: 1,
  mar: 2, march: 2, mars: 2,
  apr: 3, april: 3, avr: 3, avril: 3,
  may: 4, mai: 4,
  jun: 5, june: 5, juin: 5,
  jul: 6, july: 6, juil: 6, juillet: 6,
  aug: 7, august: 7, aout: 7,
  sep: 8, sept: 8, september: 8, septembre: 8,
  oct: 9, october: 9, octobre: 9,
  nov: 10, november: 10, novembre: 10,
  dec: 11, december: 11, decembre: 11,
};

const UNITS: Record<string, number> = {
  second: 1000, seconds: 1000, seconde: 1000, secondes: 1000,
  minute: 60_000, minutes: 60_000,
  hour: 3_600_000, hours: 3_600_000, heure: 3_600_000, heures: 3_600_000,
  day: 86_400_000, days: 86_400_000, jour: 86_400_000, jours: 86_400_000,
  week: 604_800_000, weeks: 604_800_000, semaine: 604_800_000, semaines: 604_800_000,
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function clock(text: string): { hour: number; minute: number } | undefined {
  const match = /(\d{1,2})[:h](\d{2})\s*(am|pm)?/.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  if (match[3] === 'pm' && hour < 12) hour += 12;
  if (match[3] === 'am' && hour === 12) hour = 0;
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

export function parseDisplayDate(raw: string, now: Date, zone: string): string | undefined {
  const text = fold(raw);
  if (!text) return undefined;
  if (/^(just now|a l'instant|a l’instant|maintenant)$/.test(text)) return toIso(now);

  const relative = /^(?:il y a\s+)?(\d+|an?|une?)\s+([a-z]+)(?:\s+ago)?$/.exec(text);
  if (relative && (text.endsWith('ago') || text.startsWith('il y a'))) {
    const count = /^\d+$/.test(relative[1] ?? '') ? Number(relative[1]) : 1;
    const unit = UNITS[relative[2] ?? ''];
    if (unit) return toIso(new Date(now.getTime() - count * unit));
  }

  const dayWord = /^(today|yesterday|aujourd'hui|aujourd’hui|hier)\b/.exec(text);
  if (dayWord) {
    const time = clock(text);
    if (!time) return undefined;
    const today = localDate(now.getTime(), zone);
    const back = dayWord[1] === 'yesterday' || dayWord[1] === 'hier' ? 1 : 0;
    const date = new Date(Date.UTC(today.year, today.month, today.day - back));
    return toIso(zonedTime(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), time.hour, time.minute, zone));
  }

  // "mar 14, 2024[, 2:40 pm]" or "14 mars 2024[ a 14:40]"
  const monthFirst = /^([a-z]+)\.? (\d{1,2}),? (\d{4})(.*)$/.exec(text);
  const dayFirst = /^(\d{1,2}) ([a-z]+)\.? (\d{4})(.*)$/.exec(text);
  const parts = monthFirst
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3], rest: monthFirst[4] }
    : dayFirst
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3], rest: dayFirst[4] }
      : undefined;
  if (!parts) return undefined;
  const month = MONTHS[parts.month ?? ''];
  if (month === undefined) return undefined;
  const time = clock(parts.rest ?? '') ?? { hour: 0, minute: 0 };
  return toIso(zonedTime(Number(parts.year), month, Number(parts.day), time.hour, time.minute, zone));
}
