/**
 * P3 rates (metrics.md §9.3 P3, from §9.2 M4, M5, M7, M8) and the scorecard's window and hiding rule
 * (§9.1: rolling 90 days; suppress rates with fewer than 10 tickets). Each rate keeps the tickets counted
 * (evidence) and the others of its denominator (rest).
 */
import { describe, expect, test } from 'vitest';
import { BDAY, cardOf, DAY, keysOf, many, NOW, openTicket, ORIGIN, scored, sorted } from './builder';

describe('P3 rates (metrics.md §9.3 P3)', () => {
  test('metrics.md §9.2 M4 chaser rate: tickets with at least one follow-up ÷ tickets (3 of 20)', () => {
    const chased = [scored({ followUps: 1 }), scored({ followUps: 2 }), scored({ followUps: 4 })];
    const tickets = [...chased, ...many(17)];
    const { followUpRate } = cardOf(tickets).portfolio;
    expect(followUpRate).toMatchObject({ numerator: 3, denominator: 20, hidden: false, reason: null });
    expect(followUpRate.value).toBeCloseTo(0.15);
    expect(sorted(followUpRate.evidence)).toEqual(sorted(keysOf(chased)));
    expect(followUpRate.rest).toHaveLength(17);
  });

  test('metrics.md §9.2 M7 reopen rate: reopened ÷ solved tickets — an open ticket counts once it was solved and reopened, never-solved ones not at all', () => {
    const reopenedSolved = [scored({ reopens: 1 }), scored({ reopens: 3 })];
    const reopenedOpen = openTicket(NOW - 5 * DAY, { reopens: 1 });
    const solved = many(12);
    const neverSolved = many(5, () => openTicket(NOW - 3 * DAY));
    const { reopenRate } = cardOf([...reopenedSolved, reopenedOpen, ...solved, ...neverSolved]).portfolio;
    expect(reopenRate).toMatchObject({ numerator: 3, denominator: 15 });
    expect(reopenRate.value).toBeCloseTo(0.2);
    expect(sorted(reopenRate.evidence)).toEqual(sorted(keysOf([...reopenedSolved, reopenedOpen])));
    for (const key of keysOf(neverSolved)) expect([...reopenRate.evidence, ...reopenRate.rest]).not.toContain(key);
  });

  test('metrics.md §9.2 M5 reassigned share: tickets with at least one handoff ÷ tickets (4 of 16)', () => {
    const moved = [scored({ handoffs: 1 }), scored({ handoffs: 2 }), scored({ handoffs: 1 }), openTicket(NOW - DAY, { handoffs: 5 })];
    const { reassignedShare } = cardOf([...moved, ...many(12)]).portfolio;
    expect(reassignedShare).toMatchObject({ numerator: 4, denominator: 16 });
    expect(sorted(reassignedShare.evidence)).toEqual(sorted(keysOf(moved)));
  });

  test('metrics.md §9.2 M8 recurrence rate: tickets of the window that came back ÷ tickets — even from a ticket solved before the window', () => {
    const subject = 'Scanner driver install fails';
    const beforeWindow = scored({ subject, createdAtMs: NOW - 100 * DAY, resolvedAtMs: NOW - 95 * DAY });
    const back1 = scored({ subject, createdAtMs: NOW - 80 * DAY, resolvedAtMs: NOW - 79 * DAY }); // 15 days after
    const back2 = scored({ subject, createdAtMs: NOW - 60 * DAY, resolvedAtMs: NOW - 59 * DAY }); // 19 days after back1
    const unrelated = many(8);
    const card = cardOf([beforeWindow, back1, back2, ...unrelated]);
    expect(card.portfolio.tickets).not.toContain(beforeWindow.key);
    expect(card.portfolio.recurrenceRate).toMatchObject({ numerator: 2, denominator: 10 });
    expect(sorted(card.portfolio.recurrenceRate.evidence)).toEqual(sorted([back1.key, back2.key]));
    expect(card.portfolio.cameBack.map((found) => [found.key, found.fromKey])).toEqual([
      [back1.key, beforeWindow.key],
      [back2.key, back1.key],
    ]);
  });

  test('metrics.md §9.3 Responsiveness "% tickets with red silence": a red silence sign, or a longest silence over 5 business days (M3 red)', () => {
    const silentNow = openTicket(NOW - 10 * DAY, { redSilence: true });
    const silentBefore = scored({ longestSilenceBusinessMs: 5 * BDAY + 1 });
    const atTheLimit = scored({ longestSilenceBusinessMs: 5 * BDAY });
    const { silentShare, silentOpenTickets } = cardOf([silentNow, silentBefore, atTheLimit, ...many(7)]).portfolio;
    expect(silentShare).toMatchObject({ numerator: 2, denominator: 10 });
    expect(sorted(silentShare.evidence)).toEqual(sorted([silentNow.key, silentBefore.key]));
    expect(silentOpenTickets).toEqual([silentNow.key]);
  });
});

describe('the window and the hiding rule (metrics.md §9.1)', () => {
  test.each([
    [9, true, 'fewer than 10 tickets — 9 in this window'],
    [10, false, null],
    [11, false, null],
  ])('metrics.md §9.1: %d tickets → every rate hidden: %s', (count, hidden, reason) => {
    const { portfolio } = cardOf(many(count, () => scored({ followUps: 1 })));
    for (const figure of [portfolio.followUpRate, portfolio.reassignedShare, portfolio.recurrenceRate, portfolio.reopenRate, portfolio.oneTouchShare]) {
      expect(figure).toMatchObject({ hidden, reason });
    }
    // A hidden rate still says what it would be (for the drill-down), it is only not shown as a figure.
    expect(portfolio.followUpRate).toMatchObject({ numerator: count, denominator: count, value: 1 });
  });

  test('metrics.md §9.1 "rolling 90 days": tickets created from exactly 90 days before now count, a millisecond earlier not', () => {
    const first = scored({ createdAtMs: NOW - 90 * DAY, resolvedAtMs: NOW - 89 * DAY });
    const outside = scored({ createdAtMs: NOW - 90 * DAY - 1, resolvedAtMs: NOW - 89 * DAY });
    const card = cardOf([first, outside, ...many(3)]);
    expect(card.portfolio.tickets).toContain(first.key);
    expect(card.portfolio.tickets).not.toContain(outside.key);
    expect(card.portfolio.tickets).toHaveLength(4);
  });

  test('metrics.md §9.1: a chosen window (30 days) replaces the default one; the previous window is the 30 days before', () => {
    const recent = scored({ createdAtMs: NOW - 10 * DAY, resolvedAtMs: NOW - 9 * DAY });
    const older = scored({ createdAtMs: NOW - 40 * DAY, resolvedAtMs: NOW - 39 * DAY });
    const window = { from: new Date(NOW - 30 * DAY), to: new Date(NOW) };
    const card = cardOf([recent, older], { window });
    expect(card.portfolio.tickets).toEqual([recent.key]);
    expect(card.previousWindow.continuity.evidence).toEqual([older.key]);
  });

  test('metrics.md §9.3 "per portal": each origin has its own scorecard; tickets of one never count in the other', () => {
    const other = 'https://helpdesk.other-msp.example';
    const tickets = [...many(3), ...many(5, () => scored({ origin: other, followUps: 1 }))];
    const card = cardOf(tickets);
    expect(card.portfolio.tickets).toHaveLength(3);
    expect(card.portfolio.followUpRate.numerator).toBe(0);
    expect(card.origin).toBe(ORIGIN);
  });
});
