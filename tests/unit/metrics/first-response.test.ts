import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { analyse, client, HOUR, MINUTE, partner, ticket } from './ticket-builder';

const NOW = '2024-03-08T16:00:00Z';

describe('M1 first response (metrics.md §9.2 M1; DESIGN.md "Metric rules")', () => {
  test.each([
    ['created → first partner message: Mon 09:00 → 12:00', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T12:00:00Z')], {}, 3 * HOUR, 3 * HOUR],
    ['business time skips the night: Mon 16:00 → Tue 10:00', [client('2024-03-04T16:00:00Z'), partner('2024-03-05T10:00:00Z')], {}, 18 * HOUR, 2 * HOUR],
    ['over a weekend: Fri 16:30 → Mon 09:15', [client('2024-03-08T16:30:00Z'), partner('2024-03-11T09:15:00Z')], {}, 64 * HOUR + 45 * MINUTE, 45 * MINUTE],
    ['an automated acknowledgement within 5 minutes is not the first response', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:01:00Z', 'We have received your request and will get back to you.', 'Northwind IT Support'), partner('2024-03-04T12:00:00Z'),
    ], {}, 3 * HOUR, 3 * HOUR],
    ['a no-reply author is never the first response', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:30:00Z', 'Status update', 'noreply@northwind.example'), partner('2024-03-04T10:00:00Z')], {}, HOUR, HOUR],
    ['createdAt missing: the first event’s time', [client('2024-03-04T10:00:00Z'), partner('2024-03-04T11:00:00Z')], { createdAt: undefined }, HOUR, HOUR],
    ['the portal’s created date before opening hours: Mon 08:30 → 09:30', [client('2024-03-04T08:30:00Z'), partner('2024-03-04T09:30:00Z')], { createdAt: '2024-03-04T08:30:00Z' }, HOUR, 30 * MINUTE],
    ['opened by the partner with a public message: its next message is the response', [
      partner('2024-03-04T09:00:00Z', 'Your backup failed last night, we are on it.'), client('2024-03-04T11:00:00Z', 'Thanks, which server?'), partner('2024-03-04T14:00:00Z', 'FS-02.'),
    ], {}, 5 * HOUR, 5 * HOUR],
  ])('%s', (_name, events, extra, calendarMs, businessMs) => {
    const metrics = analyse(ticket(events, 'open', extra), NOW).health.metrics;
    expect(metrics.firstResponseMs).toBe(calendarMs);
    expect(metrics.firstResponseBusinessMs).toBe(businessMs);
  });

  test('no reply yet: null (the running time is the age)', () => {
    const metrics = analyse(ticket([client('2024-03-04T09:00:00Z')]), NOW).health.metrics;
    expect(metrics.firstResponseMs).toBeNull();
    expect(metrics.firstResponseBusinessMs).toBeNull();
    expect(metrics.ageMs).toBe(4 * 24 * HOUR + 7 * HOUR);
  });

  test('business time in the calendar’s zone: 08:30 → 10:00 UTC is 09:30 → 11:00 in Paris', () => {
    const paris = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' };
    const metrics = analyse(ticket([client('2024-03-04T08:30:00Z'), partner('2024-03-04T10:00:00Z')]), NOW, paris).health.metrics;
    expect(metrics.firstResponseBusinessMs).toBe(90 * MINUTE);
    const london = { ...DEFAULT_SETTINGS, timeZone: 'Europe/London' };
    expect(analyse(ticket([client('2024-03-04T08:30:00Z'), partner('2024-03-04T10:00:00Z')]), NOW, london).health.metrics.firstResponseBusinessMs).toBe(HOUR);
  });
});
