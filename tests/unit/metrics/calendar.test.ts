import { describe, expect, test } from 'vitest';
import { addBusinessMs, businessDayMs, businessMs, calendarFromSettings, runtimeTimeZone } from '../../../lib/metrics/calendar';
import { DEFAULT_SCHEDULE, type WorkingPeriod } from '../../../lib/model/settings';

const H = 3_600_000;
const M = 60_000;
const ALL_DAY: WorkingPeriod[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' }));

const cal = (timeZone: string, holidays: string[] = [], schedule: WorkingPeriod[] = DEFAULT_SCHEDULE) => calendarFromSettings({ timeZone, schedule, holidays });
const hours = (start: string, end: string, timeZone: string, holidays: string[] = [], schedule: WorkingPeriod[] = DEFAULT_SCHEDULE) =>
  businessMs(Date.parse(start), Date.parse(end), cal(timeZone, holidays, schedule)) / H;

describe('bus(t1, t2) in UTC, Mon–Fri 09:00–17:00 (metrics.md §9.1 clock functions, §5)', () => {
  test.each([
    ['inside one day: Mon 10:00 → 12:30', '2024-03-04T10:00:00Z', '2024-03-04T12:30:00Z', 2.5],
    ['start before opening, end after closing: Mon 06:00 → 20:00', '2024-03-04T06:00:00Z', '2024-03-04T20:00:00Z', 8],
    ['entirely outside hours: Mon 18:00 → Tue 08:59', '2024-03-04T18:00:00Z', '2024-03-05T08:59:00Z', 0],
    ['start outside, end inside: Mon 20:00 → Tue 11:15', '2024-03-04T20:00:00Z', '2024-03-05T11:15:00Z', 2.25],
    ['start inside, end outside: Mon 15:30 → Tue 07:00', '2024-03-04T15:30:00Z', '2024-03-05T07:00:00Z', 1.5],
    ['Fri 16:00 → Mon 10:00 skips the weekend', '2024-03-08T16:00:00Z', '2024-03-11T10:00:00Z', 2],
    ['a whole weekend is zero', '2024-03-09T00:00:00Z', '2024-03-11T00:00:00Z', 0],
    ['one full week', '2024-03-04T00:00:00Z', '2024-03-11T00:00:00Z', 40],
    ['Sat → the Sunday 8 days later: 5 working days', '2024-03-09T12:00:00Z', '2024-03-17T12:00:00Z', 40],
    ['Jan–Mar 2024: 23 + 21 + 21 working days', '2024-01-01T00:00:00Z', '2024-04-01T00:00:00Z', 65 * 8],
    ['the year 2024: 262 working days', '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 262 * 8],
    ['over months, partial ends: Tue 5 Mar 16:00 → Wed 10 Apr 10:00', '2024-03-05T16:00:00Z', '2024-04-10T10:00:00Z', 1 + 8 * 25 + 1],
    ['end before start is zero', '2024-03-05T12:00:00Z', '2024-03-04T12:00:00Z', 0],
    ['an empty span is zero', '2024-03-05T12:00:00Z', '2024-03-05T12:00:00Z', 0],
  ])('%s = %s h', (_name, start, end, expected) => {
    expect(hours(start, end, 'UTC')).toBe(expected);
  });

  test.each([
    ['seven minutes', '2024-03-04T09:00:00Z', '2024-03-04T09:07:00Z', 7 * M],
    ['thirty seconds', '2024-03-04T09:00:00Z', '2024-03-04T09:00:30Z', 30_000],
    ['one millisecond before closing to well after', '2024-03-04T16:59:59.999Z', '2024-03-04T18:00:00Z', 1],
  ])('exact below the minute: %s', (_name, start, end, expected) => {
    expect(businessMs(Date.parse(start), Date.parse(end), cal('UTC'))).toBe(expected);
  });

  test('accepts Date objects as well as epoch ms', () => {
    expect(businessMs(new Date('2024-03-04T10:00:00Z'), new Date('2024-03-04T11:00:00Z'), cal('UTC'))).toBe(H);
  });
});

describe('holidays stop the clock (metrics.md §5 "holidays stop the schedule"; §9.1 d ∉ holidays)', () => {
  test.each([
    ['Christmas 2024: Tue 24 and Fri 27 count, 25 and 26 are off', '2024-12-24T09:00:00Z', '2024-12-27T17:00:00Z', ['2024-12-25', '2024-12-26'], 16],
    ['a holiday on a Saturday changes nothing', '2024-03-08T09:00:00Z', '2024-03-11T17:00:00Z', ['2024-03-09'], 16],
    ['holidays inside a long span: Jan–Mar 2024 minus New Year and Good Friday', '2024-01-01T00:00:00Z', '2024-04-01T00:00:00Z', ['2024-01-01', '2024-03-29', '2024-03-30'], 63 * 8],
    ['a span that starts on a holiday', '2024-12-25T10:00:00Z', '2024-12-27T10:00:00Z', ['2024-12-25', '2024-12-26'], 1],
  ])('%s', (_name, start, end, holidays, expected) => {
    expect(hours(start, end, 'UTC', holidays)).toBe(expected);
  });

  test('a holiday is a date in the calendar’s zone: Monday 4 March in Paris is 08:00–16:00 UTC', () => {
    expect(hours('2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z', 'Europe/Paris', ['2024-03-04'])).toBe(0);
    expect(hours('2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z', 'Europe/Paris', ['2024-03-05'])).toBe(8);
  });
});

describe('DST-safe in the schedule’s IANA zone (metrics.md §9.1 "evaluated in the schedule’s IANA time zone (DST-safe)")', () => {
  test.each([
    // Europe/Paris: CET (UTC+1) → CEST (UTC+2) on Sun 31 Mar 2024 at 01:00 UTC; back on Sun 27 Oct 2024 at 01:00 UTC.
    ['Paris winter: 09:00 Paris is 08:00 UTC', '2024-03-04T08:00:00Z', '2024-03-04T09:00:00Z', 'Europe/Paris', 1],
    ['Paris spring-forward weekend, Monday opens at 07:00 UTC', '2024-03-30T00:00:00Z', '2024-04-01T08:00:00Z', 'Europe/Paris', 1],
    ['Paris Fri 15:00 CET → Tue 10:00 CEST across the change', '2024-03-29T14:00:00Z', '2024-04-02T08:00:00Z', 'Europe/Paris', 2 + 8 + 1],
    ['Paris fall-back weekend: Fri 15:00 CEST → Mon 10:00 CET', '2024-10-25T13:00:00Z', '2024-10-28T09:00:00Z', 'Europe/Paris', 3],
    ['Paris March–April 2024, long span over the change: 21 + 22 working days', '2024-02-29T23:00:00Z', '2024-04-30T22:00:00Z', 'Europe/Paris', 43 * 8],
    // America/New_York: EST → EDT on Sun 10 Mar 2024 at 07:00 UTC; back on Sun 3 Nov 2024 at 06:00 UTC.
    ['New York: Monday after DST start opens at 13:00 UTC', '2024-03-11T12:00:00Z', '2024-03-11T14:30:00Z', 'America/New_York', 1.5],
    ['New York: Fri 16:00 EST → Mon 10:00 EDT', '2024-03-08T21:00:00Z', '2024-03-11T14:00:00Z', 'America/New_York', 2],
    ['New York: Monday after DST end opens at 14:00 UTC', '2024-11-04T13:00:00Z', '2024-11-04T15:00:00Z', 'America/New_York', 1],
    ['New York, Oct–Nov 2024 long span over the change: 23 + 21 working days', '2024-10-01T04:00:00Z', '2024-12-01T05:00:00Z', 'America/New_York', 44 * 8],
  ])('%s', (_name, start, end, zone, expected) => {
    expect(hours(start, end, zone)).toBe(expected);
  });

  test.each([
    ['Paris spring-forward Sunday has 23 hours', '2024-03-30T23:00:00Z', '2024-03-31T22:00:00Z', 'Europe/Paris', 23],
    ['Paris fall-back Sunday has 25 hours', '2024-10-26T22:00:00Z', '2024-10-27T23:00:00Z', 'Europe/Paris', 25],
    ['New York spring-forward Sunday has 23 hours', '2024-03-10T05:00:00Z', '2024-03-11T04:00:00Z', 'America/New_York', 23],
    ['New York fall-back Sunday has 25 hours', '2024-11-03T04:00:00Z', '2024-11-04T05:00:00Z', 'America/New_York', 25],
    ['Paris, March 2024 as a long span: 31 days minus one hour', '2024-02-29T23:00:00Z', '2024-03-31T22:00:00Z', 'Europe/Paris', 31 * 24 - 1],
    ['Paris, October 2024 as a long span: 31 days plus one hour', '2024-09-30T22:00:00Z', '2024-10-31T23:00:00Z', 'Europe/Paris', 31 * 24 + 1],
    ['New York, the year 2024 (both changes): 366 days', '2024-01-01T05:00:00Z', '2025-01-01T05:00:00Z', 'America/New_York', 366 * 24],
    ['Lord Howe Island’s half-hour change, April 2024: 30 days and 30 minutes', '2024-03-31T13:00:00Z', '2024-04-30T13:30:00Z', 'Australia/Lord_Howe', 30 * 24 + 0.5],
  ])('a schedule open around the clock counts the real hours: %s', (_name, start, end, zone, expected) => {
    expect(hours(start, end, zone, [], ALL_DAY)).toBe(expected);
  });

  test.each([
    ['Paris spring-forward Sunday 01:00–04:00 only has 01–02 and 03–04', '2024-03-31T00:00:00Z', '2024-03-31T03:00:00Z', 2],
    ['Paris fall-back Sunday 01:00–04:00 lives 02:00–03:00 twice', '2024-10-26T23:00:00Z', '2024-10-27T04:00:00Z', 4],
  ])('working hours that contain the clock change: %s', (_name, start, end, expected) => {
    const sunday: WorkingPeriod[] = [{ day: 0, start: '01:00', end: '04:00' }];
    expect(hours(start, end, 'Europe/Paris', [], sunday)).toBe(expected);
  });

  test('a schedule around the clock counts exactly the elapsed time over any span, in any zone (200 random spans)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const zone of ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      const calendar = cal(zone, [], ALL_DAY);
      for (let index = 0; index < 50; index += 1) {
        const start = Date.UTC(2023, 0, 1) + Math.floor(random() * 700 * 86_400_000);
        const end = start + Math.floor(random() * 200 * 86_400_000);
        expect(businessMs(start, end, calendar)).toBe(end - start);
      }
    }
  });

  test('long spans (computed by weeks) equal the sum of their short pieces (computed day by day)', () => {
    const calendar = cal('Europe/Paris', ['2024-05-01', '2024-05-08', '2024-12-25', '2024-03-31']);
    const start = Date.parse('2024-02-14T10:17:00Z');
    const end = Date.parse('2024-12-30T15:42:00Z');
    let pieces = 0;
    for (let from = start; from < end; from += 5 * 86_400_000) pieces += businessMs(from, Math.min(end, from + 5 * 86_400_000), calendar);
    expect(businessMs(start, end, calendar)).toBe(pieces);
  });
});

describe('schedules (Settings.schedule, metrics.md §9.1 "user-editable")', () => {
  test.each([
    ['a split day counts both periods', [{ day: 1, start: '08:30', end: '12:00' }, { day: 1, start: '13:00', end: '18:00' }], '2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z', 8.5],
    ['the lunch break is not business time', [{ day: 1, start: '08:30', end: '12:00' }, { day: 1, start: '13:00', end: '18:00' }], '2024-03-04T12:00:00Z', '2024-03-04T13:00:00Z', 0],
    ['overlapping periods count once', [{ day: 1, start: '09:00', end: '13:00' }, { day: 1, start: '12:00', end: '17:00' }], '2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z', 8],
    ['a Saturday morning counts', [...DEFAULT_SCHEDULE, { day: 6, start: '09:00', end: '12:00' }], '2024-03-04T00:00:00Z', '2024-03-11T00:00:00Z', 43],
    ['a period ending before it starts is ignored', [{ day: 1, start: '17:00', end: '09:00' }], '2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z', 0],
    ['a day until midnight (24:00)', [{ day: 1, start: '20:00', end: '24:00' }], '2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z', 4],
  ])('%s', (_name, schedule, start, end, expected) => {
    expect(hours(start, end, 'UTC', [], schedule as WorkingPeriod[])).toBe(expected);
  });

  test.each([
    ['default schedule: 8 h', DEFAULT_SCHEDULE, 8],
    ['split day 08:30–12:00 + 13:00–18:00: 8.5 h', [{ day: 1, start: '08:30', end: '12:00' }, { day: 1, start: '13:00', end: '18:00' }], 8.5],
    ['days of different lengths: the longest', [{ day: 1, start: '09:00', end: '17:00' }, { day: 5, start: '09:00', end: '12:00' }], 8],
    ['no working hours at all: 8 h so "business days" still mean something', [], 8],
  ])('one business day = the length of one scheduled day (metrics.md §9.1): %s', (_name, schedule, expected) => {
    expect(businessDayMs(cal('UTC', [], schedule as WorkingPeriod[])) / H).toBe(expected);
  });

  test('no working hours at all: nothing is business time', () => {
    expect(hours('2024-03-04T00:00:00Z', '2024-04-04T00:00:00Z', 'UTC', [], [])).toBe(0);
  });
});

describe('calendar from the settings (Settings.timeZone)', () => {
  test("'' means the runtime's zone", () => {
    expect(cal('').zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(runtimeTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  test('an unknown zone name falls back to UTC instead of failing every ticket', () => {
    expect(cal('Mars/Olympus_Mons').zone).toBe('UTC');
  });

  test('the same settings object gives the same calendar (built once)', () => {
    const settings = { timeZone: 'Europe/Paris', schedule: DEFAULT_SCHEDULE, holidays: [] };
    expect(calendarFromSettings(settings)).toBe(calendarFromSettings(settings));
  });
});

describe('adding business time (addBusinessMs)', () => {
  test.each([
    ['UTC: Fri 16:00 + 3 h = Mon 11:00', 'UTC', '2024-03-08T16:00:00Z', 3 * H, [], '2024-03-11T11:00:00.000Z'],
    ['UTC: from Saturday, + 1 h = Mon 10:00', 'UTC', '2024-03-09T12:00:00Z', H, [], '2024-03-11T10:00:00.000Z'],
    ['UTC: exactly a day’s worth from opening ends at closing', 'UTC', '2024-03-04T09:00:00Z', 8 * H, [], '2024-03-04T17:00:00.000Z'],
    ['UTC: over a holiday Monday', 'UTC', '2024-03-08T16:00:00Z', 2 * H, ['2024-03-11'], '2024-03-12T10:00:00.000Z'],
    ['Paris: Fri 16:00 CET + 3 h = Mon 11:00 CEST', 'Europe/Paris', '2024-03-29T15:00:00Z', 3 * H, [], '2024-04-01T09:00:00.000Z'],
    ['zero is the start itself', 'UTC', '2024-03-09T12:00:00Z', 0, [], '2024-03-09T12:00:00.000Z'],
  ])('%s', (_name, zone, start, amount, holidays, expected) => {
    const at = addBusinessMs(Date.parse(start), amount, cal(zone, holidays));
    expect(at === null ? null : new Date(at).toISOString()).toBe(expected);
  });

  test('without working hours the time never comes', () => {
    expect(addBusinessMs(Date.parse('2024-03-04T09:00:00Z'), H, cal('UTC', [], []))).toBeNull();
  });
});
