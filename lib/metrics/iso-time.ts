/**
 * ISO 8601 UTC times as stored (DESIGN.md: "2024-03-04T09:00:00Z", optional fraction) to ms with integer arithmetic
 * (days from the civil date, H. Hinnant's algorithm) instead of Date.parse: a ticket history is thousands of these.
 * Anything else goes to Date.parse.
 */
const ZERO = 48;
const DAY = 86_400_000;

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - ZERO;
  return value >= 0 && value <= 9 ? value : NaN;
}

function two(text: string, index: number): number {
  return digit(text, index) * 10 + digit(text, index + 1);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function parseIsoUtc(text: string): number {
  const length = text.length;
  if (length >= 20 && length <= 24 && text.charCodeAt(length - 1) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = two(text, 0) * 100 + two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    const hour = two(text, 11);
    const minute = two(text, 14);
    const second = two(text, 17);
    let ms = 0;
    if (length > 20) {
      if (text.charCodeAt(19) !== 46 /* . */) return Date.parse(text);
      for (let index = 20; index < 23; index += 1) ms = ms * 10 + (index < length - 1 ? digit(text, index) : 0);
    }
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59 && ms >= 0) {
      return daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    }
  }
  return Date.parse(text);
}
