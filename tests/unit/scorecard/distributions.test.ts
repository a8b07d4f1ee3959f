/**
 * P2 distributions (metrics.md §9.3 P2: median and p90 of first response, waiting and resolution, per
 * window; §8: both clocks; nearest rank). Each figure lists the tickets behind it, the slowest first, and is
 * hidden under 10 tickets (§9.1) — tickets, not values: one ticket can wait several times (§9.2 M2).
 */
import { describe, expect, test } from 'vitest';
import type { ClientWait } from '../../../lib/scorecard';
import { cardOf, HOUR, many, NOW, openTicket, scored } from './builder';

const wait = (startIso: string, calendarHours: number, businessHours: number | null): ClientWait => {
  const startMs = Date.parse(startIso);
  return { startMs, endMs: startMs + calendarHours * HOUR, calendarMs: calendarHours * HOUR, businessMs: businessHours === null ? null : businessHours * HOUR };
};

describe('P2 first response and resolution (metrics.md §9.3 P2)', () => {
  test('metrics.md §9.3 P2: 11 first responses of 1…11 h → median 6 h (rank 6), p90 10 h (rank 10), both clocks', () => {
    const tickets = many(11, (i) => scored({ firstResponseMs: (i + 1) * 2 * HOUR, firstResponseBusinessMs: (i + 1) * HOUR }));
    const { firstResponse } = cardOf(tickets).portfolio;
    expect(firstResponse.business).toMatchObject({ count: 11, median: 6 * HOUR, p90: 10 * HOUR, hidden: false, reason: null });
    expect(firstResponse.calendar).toMatchObject({ count: 11, median: 12 * HOUR, p90: 20 * HOUR });
    expect(firstResponse.business.evidence.slice(0, 2)).toEqual([tickets[10]!.key, tickets[9]!.key]);
  });

  test('metrics.md §9.3 P2: tickets without a first response are left out of its distribution', () => {
    const answered = many(10, () => scored({ firstResponseBusinessMs: 2 * HOUR }));
    const unanswered = openTicket(NOW - HOUR, { firstResponseMs: null, firstResponseBusinessMs: null });
    const { firstResponse } = cardOf([...answered, unanswered]).portfolio;
    expect(firstResponse.business.count).toBe(10);
    expect(firstResponse.business.evidence).not.toContain(unanswered.key);
  });

  test('metrics.md §9.3 P2, §9.2 M6: resolution over the solved and closed tickets only — 12 values, median rank 6, p90 rank 11', () => {
    const solved = many(12, (i) => scored({ statusCategory: i % 2 ? 'closed' : 'solved', resolutionMs: (i + 1) * 24 * HOUR, resolutionBusinessMs: (i + 1) * 8 * HOUR }));
    const open = openTicket(NOW - 100 * HOUR);
    const { resolution } = cardOf([...solved, open]).portfolio;
    expect(resolution.business).toMatchObject({ count: 12, median: 48 * HOUR, p90: 88 * HOUR });
    expect(resolution.calendar).toMatchObject({ count: 12, median: 144 * HOUR, p90: 264 * HOUR });
    expect(resolution.business.evidence[0]).toBe(solved[11]!.key);
    expect(resolution.business.evidence).not.toContain(open.key);
  });

  test.each([
    [9, true, 'fewer than 10 tickets — 9 in this window'],
    [10, false, null],
  ])('metrics.md §9.1 "suppress rates with fewer than 10 tickets": %d resolved tickets → hidden %s', (count, hidden, reason) => {
    const { resolution } = cardOf(many(count)).portfolio;
    expect(resolution.business).toMatchObject({ hidden, reason, count });
  });
});

describe('P2 client waits (metrics.md §9.3 P2, §9.2 M2: oldest unanswered client message → next partner reply)', () => {
  // Now: Wednesday 26 June 2024 15:00 UTC.
  test('metrics.md §9.2 M2: completed waits of every ticket plus the running one; several waits per ticket; slowest ticket first', () => {
    const nine = many(9, (i) => scored({ waits: [wait('2024-06-10T09:00:00Z', i + 1, i + 1)] }));
    const twice = scored({ waits: [wait('2024-06-11T09:00:00Z', 2, 2), wait('2024-06-12T09:00:00Z', 20, 20)] });
    // Waiting since Tuesday 09:00: 30 calendar hours, 8 + 6 = 14 business hours.
    const running = openTicket(NOW - 20 * 24 * HOUR, { waitingSinceMs: Date.parse('2024-06-25T09:00:00Z') });
    const { waiting } = cardOf([...nine, twice, running]).portfolio;
    // Calendar: 1 2 2 3 4 5 6 7 8 9 20 30 → rank 6 = 5 h, rank 11 = 20 h.
    expect(waiting.calendar).toMatchObject({ count: 12, median: 5 * HOUR, p90: 20 * HOUR, hidden: false });
    // Business: 1 2 2 3 4 5 6 7 8 9 14 20 → rank 6 = 5 h, rank 11 = 14 h.
    expect(waiting.business).toMatchObject({ count: 12, median: 5 * HOUR, p90: 14 * HOUR, hidden: false });
    expect(waiting.calendar.evidence.slice(0, 3)).toEqual([running.key, twice.key, nine[8]!.key]);
    expect(waiting.business.evidence.slice(0, 3)).toEqual([twice.key, running.key, nine[8]!.key]);
  });

  test('metrics.md §9.2 M2: a wait without its business time gets it from the calendar (Tue 16:00 → Wed 10:00 = 2 business h)', () => {
    const tickets = many(10, () => scored({ waits: [wait('2024-06-25T16:00:00Z', 18, null)] }));
    const { waiting } = cardOf(tickets).portfolio;
    expect(waiting.calendar.median).toBe(18 * HOUR);
    expect(waiting.business.median).toBe(2 * HOUR);
  });

  test('metrics.md §9.2 M2: a solved ticket has no running wait, whatever its last message', () => {
    const tickets = many(10, () => scored({ waits: [wait('2024-06-10T09:00:00Z', 3, 3)] }));
    const solvedWithLateMessage = scored({ waitingSinceMs: NOW - 50 * HOUR });
    const { waiting } = cardOf([...tickets, solvedWithLateMessage]).portfolio;
    expect(waiting.calendar.count).toBe(10);
    expect(waiting.calendar.evidence).not.toContain(solvedWithLateMessage.key);
  });

  test('metrics.md §9.1: 9 tickets with 18 waits are still fewer than 10 tickets — hidden, with the reason', () => {
    const tickets = many(9, () => scored({ waits: [wait('2024-06-10T09:00:00Z', 1, 1), wait('2024-06-11T09:00:00Z', 2, 2)] }));
    const { waiting } = cardOf(tickets).portfolio;
    expect(waiting.business).toMatchObject({ count: 18, hidden: true, reason: 'fewer than 10 tickets — 9 in this window' });
  });
});
