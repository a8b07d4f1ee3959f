/**
 * P5 backlog (metrics.md §9.3 P5 from §9.2 M9, HDI backlog buckets): every ticket of the portal not solved
 * or closed now, by calendar age — under 10 days, 10–30 days, over 30 days; any ticket over 30 days = red,
 * any of 10–30 days = amber.
 */
import { describe, expect, test } from 'vitest';
import { cardOf, DAY, HOUR, NOW, openTicket, scored, SETTINGS } from './builder';

describe('P5 backlog by age band (metrics.md §9.3 P5, §9.2 M9)', () => {
  test.each([
    ['2 days', 2 * DAY, 'underWatch', 'green'],
    ['9 days 23 hours', 10 * DAY - HOUR, 'underWatch', 'green'],
    ['exactly 10 days', 10 * DAY, 'watch', 'amber'],
    ['exactly 30 days', 30 * DAY, 'watch', 'amber'],
    ['30 days and an hour', 30 * DAY + HOUR, 'alert', 'red'],
    ['120 days (created long before the 90-day window: still backlog)', 120 * DAY, 'alert', 'red'],
  ] as const)('metrics.md §9.2 M9: an open ticket aged %s is in band %s, backlog %s', (_name, ageMs, band, level) => {
    const ticket = openTicket(NOW - ageMs);
    const { backlog } = cardOf([ticket, scored()]).portfolio;
    expect(backlog.total).toBe(1);
    expect(backlog[band]).toEqual([ticket.key]);
    expect(backlog.level).toBe(level);
    expect(backlog.oldestAgeMs).toBe(ageMs);
  });

  test('metrics.md §9.2 M9: every unresolved category is backlog (waiting on you, on hold, new); solved and closed are not; oldest first in each band', () => {
    const tickets = [
      openTicket(NOW - 3 * DAY, { statusCategory: 'waiting_on_client' }),
      openTicket(NOW - 12 * DAY, { statusCategory: 'on_hold' }),
      openTicket(NOW - 5 * DAY, { statusCategory: 'new' }),
      openTicket(NOW - 20 * DAY, { statusCategory: 'unknown' }),
      scored({ statusCategory: 'solved', createdAtMs: NOW - 40 * DAY }),
      scored({ statusCategory: 'closed', createdAtMs: NOW - 50 * DAY }),
    ];
    const { backlog } = cardOf(tickets).portfolio;
    expect(backlog).toMatchObject({
      total: 4,
      underWatch: [tickets[2]!.key, tickets[0]!.key],
      watch: [tickets[3]!.key, tickets[1]!.key],
      alert: [],
      level: 'amber',
      oldestAgeMs: 20 * DAY,
    });
  });

  test('metrics.md §9.2 M9: no open ticket — an empty, green backlog', () => {
    expect(cardOf([scored()]).portfolio.backlog).toEqual({ total: 0, underWatch: [], watch: [], alert: [], oldestAgeMs: null, level: 'green' });
  });

  test('Settings thresholds ageWatchDays / ageAlertDays move the bands (metrics.md §9.2 M9 defaults 10 / 30)', () => {
    const settings = { ...SETTINGS, thresholds: { ...SETTINGS.thresholds, ageWatchDays: 5, ageAlertDays: 15 } };
    const ticket = openTicket(NOW - 7 * DAY);
    expect(cardOf([ticket], { settings }).portfolio.backlog.watch).toEqual([ticket.key]);
  });
});

