import { describe, expect, test } from 'vitest';
import { businessDuration, calendarDuration, CATALOGUES, shortDate } from '../../../lib/i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
    .sort();
}

describe('message catalogues en and fr', () => {
  test('both catalogues have exactly the same keys', () => {
    expect(keysOf(CATALOGUES.fr)).toEqual(keysOf(CATALOGUES.en));
  });

  test('every message of each catalogue is non-empty text (no missing translation)', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const [name, message] of Object.entries(catalogue.signs)) {
        const text = (message as (...args: unknown[]) => string)(2, 'Ana → Marc', 'x');
        expect(text.length, name).toBeGreaterThan(5);
        expect(text, name).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  test.each([
    ['en', 1, 'You followed up once — last on Tue 5 Mar'],
    ['en', 2, 'You followed up twice — last on Tue 5 Mar'],
    ['en', 4, 'You followed up 4 times — last on Tue 5 Mar'],
    ['fr', 1, 'Vous avez relancé une fois — dernière relance le Tue 5 Mar'],
    ['fr', 4, 'Vous avez relancé 4 fois — dernière relance le Tue 5 Mar'],
  ] as const)('follow-up counts in words (%s, %i)', (locale, count, expected) => {
    expect(CATALOGUES[locale].signs.followUps(count, 'Tue 5 Mar')).toBe(expected);
  });

  test.each([
    ['en', 'Reopened once', 'Reopened twice', 'Reopened 3 times'],
    ['fr', 'Rouvert une fois', 'Rouvert 2 fois', 'Rouvert 3 fois'],
  ] as const)('reopens in words (%s)', (locale, one, two, three) => {
    expect([1, 2, 3].map((count) => CATALOGUES[locale].signs.reopened(count))).toEqual([one, two, three]);
  });
});

describe('durations and dates in messages', () => {
  const H = 3_600_000;
  const DAY = 8 * H;
  test.each([
    ['en', 20 * 60_000, '20 minutes'],
    ['en', 60_000, '1 minute'],
    ['en', 59.7 * 60_000, '1 business hour'],
    ['en', 2.5 * H, '2.5 business hours'],
    ['en', 7.97 * H, '1 business day'],
    ['en', 9 * H, '1.1 business days'],
    ['en', 80 * H, '10 business days'],
    ['en', 84 * H, '11 business days'],
    ['fr', 20 * 60_000, '20 minutes'],
    ['fr', 2.5 * H, '2,5 heures ouvrées'],
    ['fr', 1.5 * H, '1,5 heure ouvrée'],
    ['fr', 12 * H, '1,5 jour ouvré'],
    ['fr', 26 * H, '3,3 jours ouvrés'],
  ] as const)('business duration (%s) %d ms → %s', (locale, ms, expected) => {
    expect(businessDuration(ms, DAY, locale)).toBe(expected);
  });

  test('a business day is the calendar’s day length: 15 h with 7.5-hour days is 2 business days', () => {
    expect(businessDuration(15 * H, 7.5 * H, 'en')).toBe('2 business days');
  });

  test.each([
    ['en', 40 * 60_000, '40 minutes'], ['en', 5 * H, '5 hours'], ['en', 26 * H, '1 day'], ['en', 3 * 24 * H, '3 days'],
    ['fr', 5 * H, '5 heures'], ['fr', 3 * 24 * H, '3 jours'],
  ] as const)('calendar duration (%s) %d ms → %s', (locale, ms, expected) => {
    expect(calendarDuration(ms, locale)).toBe(expected);
  });

  test.each([
    ['en', 'UTC', 'Tue 5 Mar'],
    ['fr', 'UTC', 'mar. 5 mars'],
    ['en', 'America/New_York', 'Mon 4 Mar'],
    ['en', 'Asia/Tokyo', 'Tue 5 Mar'],
  ] as const)('short date (%s, %s)', (locale, zone, expected) => {
    expect(shortDate('2024-03-05T03:00:00Z', locale, zone)).toBe(expected);
  });
});
