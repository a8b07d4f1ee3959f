/**
 * P1 attainment (metrics.md §9.3 P1): per priority, first responses within target ÷ measured and
 * resolutions within target ÷ resolved, in business time, against the contract's targets or the reference
 * defaults (metrics.md §9.2 M1/M6: urgent 15 min / 4 bh, high 1 bh / 8 bh, normal 8 bh / 16 bh, low 24 bh /
 * 40 bh). A value equal to its target is within it.
 */
import { describe, expect, test } from 'vitest';
import type { PriorityLevel } from '../../../lib/model/settings';
import { BDAY, cardOf, HOUR, keysOf, many, MINUTE, NOW, openTicket, scored, SETTINGS, sorted } from './builder';

describe('P1 attainment per priority against the default targets (metrics.md §9.3 P1, §9.2 M1/M6)', () => {
  test.each([
    // level, first response (business), within?, resolution (business), within?
    ['urgent', 15 * MINUTE, true, 4 * HOUR, true],
    ['urgent', 16 * MINUTE, false, 4 * HOUR + MINUTE, false],
    ['high', HOUR, true, 8 * HOUR, true],
    ['high', 90 * MINUTE, false, 9 * HOUR, false],
    ['normal', 8 * HOUR, true, 16 * HOUR, true],
    ['normal', 8 * HOUR + 1, false, 17 * HOUR, false],
    ['low', 24 * HOUR, true, 40 * HOUR, true],
    ['low', 25 * HOUR, false, 41 * HOUR, false],
  ] as const)('metrics.md §9.3 P1: %s, first response %d ms within target: %s; resolution %d ms within target: %s', (level, first, firstMet, fix, fixMet) => {
    const ticket = scored({ priority: level, firstResponseBusinessMs: first, resolutionBusinessMs: fix });
    const { byPriority } = cardOf([ticket]).portfolio.attainment;
    expect(byPriority[level].target.contract).toBe(false);
    expect(byPriority[level].firstResponse).toMatchObject(firstMet ? { evidence: [ticket.key], rest: [] } : { evidence: [], rest: [ticket.key] });
    expect(byPriority[level].resolution).toMatchObject(fixMet ? { evidence: [ticket.key], rest: [] } : { evidence: [], rest: [ticket.key] });
    for (const other of ['urgent', 'high', 'normal', 'low'] as PriorityLevel[]) {
      if (other !== level) expect(byPriority[other].firstResponse.denominator).toBe(0);
    }
  });

  test('metrics.md §9.3 P1, §9.4 "let the user load the contract SLA": a contract target replaces the default for its level only', () => {
    const settings = { ...SETTINGS, targets: { high: { firstResponseHours: 2, resolutionHours: 24 } } };
    const high = scored({ priority: 'high', firstResponseBusinessMs: 90 * MINUTE, resolutionBusinessMs: 20 * HOUR });
    const normal = scored({ priority: 'normal', firstResponseBusinessMs: 9 * HOUR, resolutionBusinessMs: 20 * HOUR });
    const { byPriority } = cardOf([high, normal], { settings }).portfolio.attainment;
    expect(byPriority.high.target).toEqual({ firstResponseHours: 2, resolutionHours: 24, contract: true });
    expect(byPriority.high.firstResponse.evidence).toEqual([high.key]);
    expect(byPriority.high.resolution.evidence).toEqual([high.key]);
    expect(byPriority.normal.target).toEqual({ firstResponseHours: 8, resolutionHours: 16, contract: false });
    expect(byPriority.normal.firstResponse.rest).toEqual([normal.key]);
    expect(byPriority.normal.resolution.rest).toEqual([normal.key]);
  });

  test('metrics.md §9.3 P1: the overall rate adds up every priority (8 of 10 first responses, 7 of 10 resolutions)', () => {
    const tickets = [
      ...many(4, () => scored({ priority: 'normal', firstResponseBusinessMs: 2 * HOUR, resolutionBusinessMs: 10 * HOUR })),
      scored({ priority: 'normal', firstResponseBusinessMs: 10 * HOUR, resolutionBusinessMs: 20 * HOUR }),
      ...many(3, () => scored({ priority: 'high', firstResponseBusinessMs: 30 * MINUTE, resolutionBusinessMs: 6 * HOUR })),
      scored({ priority: 'urgent', firstResponseBusinessMs: 20 * MINUTE, resolutionBusinessMs: 5 * HOUR }),
      scored({ priority: 'low', firstResponseBusinessMs: 4 * HOUR, resolutionBusinessMs: 45 * HOUR }),
    ];
    const { attainment } = cardOf(tickets).portfolio;
    expect(attainment.firstResponse).toMatchObject({ numerator: 8, denominator: 10, hidden: false });
    expect(attainment.firstResponse.value).toBeCloseTo(0.8);
    expect(sorted(attainment.firstResponse.rest)).toEqual(sorted([tickets[4]!.key, tickets[8]!.key]));
    expect(attainment.resolution).toMatchObject({ numerator: 7, denominator: 10 });
    expect(sorted(attainment.resolution.rest)).toEqual(sorted([tickets[4]!.key, tickets[8]!.key, tickets[9]!.key]));
  });
});

describe('P1 on open tickets: a target already missed counts, one still running does not (metrics.md §9.2 M1 "running value vs now")', () => {
  // Now is Wednesday 15:00 UTC; business hours Mon–Fri 09:00–17:00.
  test.each([
    ['created Monday 09:00 (22 business h): both targets of a normal ticket missed', '2024-06-24T09:00:00Z', 'normal', true, true],
    ['created Tuesday 09:00 (14 business h): first response missed, resolution (16 h) still running', '2024-06-25T09:00:00Z', 'normal', true, false],
    ['created Wednesday 10:00 (5 business h): neither counted yet', '2024-06-26T10:00:00Z', 'normal', false, false],
    ['created Saturday 10:00 (the weekend does not count: 22 business h)', '2024-06-22T10:00:00Z', 'normal', true, true],
    ['urgent, created Wednesday 14:30 (30 business min > 15 min)', '2024-06-26T14:30:00Z', 'urgent', true, false],
  ] as const)('metrics.md §9.2 M1: %s', (_name, created, level, firstBreached, fixBreached) => {
    const ticket = openTicket(Date.parse(created), { priority: level, firstResponseMs: null, firstResponseBusinessMs: null });
    const { byPriority } = cardOf([ticket]).portfolio.attainment;
    expect(byPriority[level].firstResponse.rest).toEqual(firstBreached ? [ticket.key] : []);
    expect(byPriority[level].firstResponse.evidence).toEqual([]);
    expect(byPriority[level].resolution.rest).toEqual(fixBreached ? [ticket.key] : []);
  });

  test('metrics.md §9.3 P1: an open ticket already answered in time counts as met for the first response', () => {
    const ticket = openTicket(NOW - 2 * BDAY, { firstResponseBusinessMs: HOUR });
    expect(cardOf([ticket]).portfolio.attainment.byPriority.normal.firstResponse.evidence).toEqual([ticket.key]);
  });
});
