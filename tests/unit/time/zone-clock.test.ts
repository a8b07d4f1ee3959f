import { describe, expect, test } from 'vitest';
import { zoneClock } from '../../../lib/time/zone-clock';

const H = 3_600_000;

describe('zone offsets from Intl, as a table of transitions (metrics.md §9.1 "IANA time zone (DST-safe)")', () => {
  test.each([
    ['Europe/Paris', ['2024-03-31T01:00:00.000Z', '2024-10-27T01:00:00.000Z']],
    ['America/New_York', ['2024-03-10T07:00:00.000Z', '2024-11-03T06:00:00.000Z']],
    ['Asia/Tokyo', []],
    ['UTC', []],
  ])('the clock changes of 2024 in %s, to the second', (zone, expected) => {
    const changes = zoneClock(zone).transitionsBetween(Date.parse('2024-01-01T00:00:00Z'), Date.parse('2025-01-01T00:00:00Z'));
    expect(changes.map((at) => new Date(at).toISOString())).toEqual(expected);
  });

  test.each([
    ['Paris in winter', 'Europe/Paris', '2024-01-15T12:00:00Z', 1],
    ['Paris in summer', 'Europe/Paris', '2024-07-15T12:00:00Z', 2],
    ['Paris one second before spring-forward', 'Europe/Paris', '2024-03-31T00:59:59Z', 1],
    ['Paris at spring-forward', 'Europe/Paris', '2024-03-31T01:00:00Z', 2],
    ['New York in winter', 'America/New_York', '2024-01-15T12:00:00Z', -5],
    ['Kolkata, half-hour offset', 'Asia/Kolkata', '2024-01-15T12:00:00Z', 5.5],
  ])('offset: %s', (_name, zone, at, hours) => {
    expect(zoneClock(zone).offsetAt(Date.parse(at))).toBe(hours * H);
  });

  test.each([
    ['an ordinary wall time', '2024-03-04T09:00:00Z', '2024-03-04T08:00:00.000Z'],
    ['02:30 on spring-forward day does not exist: it becomes 03:30 CEST', '2024-03-31T02:30:00Z', '2024-03-31T01:30:00.000Z'],
    ['02:30 on fall-back day happens twice: the first one (CEST)', '2024-10-27T02:30:00Z', '2024-10-27T00:30:00.000Z'],
  ])('the instant of a Paris wall-clock time: %s', (_name, wall, expected) => {
    expect(new Date(zoneClock('Europe/Paris').instantOf(Date.parse(wall))).toISOString()).toBe(expected);
  });

  test('the local date of an instant', () => {
    const clock = zoneClock('America/New_York');
    // 2024-03-05T03:00Z is still Monday 4 March 22:00 in New York.
    expect(clock.localDay(Date.parse('2024-03-05T03:00:00Z'))).toBe(Date.UTC(2024, 2, 4) / 86_400_000);
  });
});
