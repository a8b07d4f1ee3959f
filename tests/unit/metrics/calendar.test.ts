import { describe, expect, test } from 'vitest';
import { businessMs, calendarFromSettings } from '../../../lib/metrics/calendar';
import { DEFAULT_SCHEDULE } from '../../../lib/model/settings';

const H = 3_600_000;
const M = 60_000;
const cal = (timeZone: string, holidays: string[] = []) => calendarFromSettings({ timeZone, schedule: DEFAULT_SCHEDULE, holidays });
const span = (start: string, end: string, timeZone: string, holidays: string[] = []) =>
  businessMs(Date.parse(start), Date.parse(end), cal(timeZone, holidays));

describe('business-hours calendar (metrics.md §5, §9.1 bus(t1,t2); default Mon–Fri 09:00–17:00)', () => {
  test.each([
    ['inside one day', '2024-03-04T10:00:00Z', '2024-03-04T12:30:00Z', 'UTC', 2.5 * H],
    ['start before opening, end after closing', '2024-03-04T06:00:00Z', '2024-03-04T20:00:00Z', 'UTC', 8 * H],
    ['entirely outside hours (evening to next morning before 9)', '2024-03-04T18:00:00Z', '2024-03-05T08:59:00Z', 'UTC', 0],
    ['Friday 16:00 to Monday 10:00 skips the weekend', '2024-03-08T16:00:00Z', '2024-03-11T10:00:00Z', 'UTC', 2 * H],
    ['a whole weekend is zero', '2024-03-09T00:00:00Z', '2024-03-11T00:00:00Z', 'UTC', 0],
    ['one full week', '2024-03-04T00:00:00Z', '2024-03-11T00:00:00Z', 'UTC', 40 * H],
    ['over months (Jan–Mar 2024: 23 + 21 + 21 working days)', '2024-01-01T00:00:00Z', '2024-04-01T00:00:00Z', 'UTC', 65 * 8 * H],
    ['zone shifts the hours: 09:00 Paris is 08:00 UTC in winter', '2024-03-04T08:00:00Z', '2024-03-04T09:00:00Z', 'Europe/Paris', H],
    ['Paris spring-forward Sunday, then Monday opens at 07:00 UTC', '2024-03-30T00:00:00Z', '2024-04-01T08:00:00Z', 'Europe/Paris', H],
    ['Paris fall-back weekend: Friday 15:00 CEST to Monday 10:00 CET', '2024-10-25T13:00:00Z', '2024-10-28T09:00:00Z', 'Europe/Paris', 3 * H],
    ['New York: Monday after DST start opens at 13:00 UTC', '2024-03-11T12:00:00Z', '2024-03-11T14:30:00Z', 'America/New_York', 1.5 * H],
    ['New York: Monday after DST end opens at 14:00 UTC', '2024-11-04T13:00:00Z', '2024-11-04T15:00:00Z', 'America/New_York', H],
    ['end before start is zero', '2024-03-05T12:00:00Z', '2024-03-04T12:00:00Z', 'UTC', 0],
    ['minute resolution', '2024-03-04T09:00:00Z', '2024-03-04T09:07:00Z', 'UTC', 7 * M],
  ])('%s', (_name, start, end, zone, expected) => {
    expect(span(start, end, zone)).toBe(expected);
  });

  test('a holiday stops the clock (GitLab handbook on Zendesk schedules, metrics.md §5)', () => {
    expect(span('2024-12-24T09:00:00Z', '2024-12-27T17:00:00Z', 'UTC', ['2024-12-25', '2024-12-26'])).toBe(16 * H);
  });

  test('one business day is the length of a scheduled day (metrics.md §9.1)', () => {
    expect(cal('UTC').dayMs).toBe(8 * H);
    expect(calendarFromSettings({ timeZone: 'UTC', schedule: [{ day: 1, start: '08:30', end: '12:00' }, { day: 1, start: '13:00', end: '18:00' }], holidays: [] }).dayMs).toBe(8.5 * H);
  });
});
