/**
 * P4 team continuity (metrics.md §9.3 P4; continuity-of-care indices, BMC Health Serv Res 2022 Table 2):
 * over the window's resolved tickets, primary(T) = the partner author with most public replies (tie → the
 * last to reply); n_i tickets per technician, N = Σ n_i. UPC = max n_i / N; COC (Bice–Boxerman) =
 * (Σ n_i² − N) / (N (N − 1)); familiar-face rate = share of tickets whose primary handled an earlier
 * ticket of this client in the window.
 */
import { describe, expect, test } from 'vitest';
import { cocIndex, upcIndex } from '../../../lib/scorecard';
import { cardOf, DAY, keysOf, many, NOW, openTicket, scored, sorted } from './builder';

const handledBy = (technician: string, createdDaysAgo: number, others: string[] = []) =>
  scored({
    primaryTechnician: technician,
    partnerAuthors: [{ name: technician, messages: 2 }, ...others.map((name) => ({ name, messages: 1 }))],
    createdAtMs: NOW - createdDaysAgo * DAY,
    resolvedAtMs: NOW - createdDaysAgo * DAY + DAY,
  });

describe('UPC and COC indices (metrics.md §9.3 P4)', () => {
  test.each([
    // tickets per technician, UPC, COC worked out: (Σn² − N) / (N(N − 1))
    ['always the same technician', [10], 1, (100 - 10) / (10 * 9)],
    ['3 and 1', [3, 1], 3 / 4, (9 + 1 - 4) / (4 * 3)],
    ['2, 1 and 1', [2, 1, 1], 2 / 4, (4 + 1 + 1 - 4) / (4 * 3)],
    ['a different technician every time', [1, 1, 1, 1], 1 / 4, 0],
    ['two technicians sharing 10 tickets equally', [5, 5], 5 / 10, (25 + 25 - 10) / (10 * 9)],
  ])('metrics.md §9.3 P4: %s → UPC %d, COC %d', (_name, counts, upc, coc) => {
    expect(upcIndex(counts)).toBeCloseTo(upc, 10);
    expect(cocIndex(counts)).toBeCloseTo(coc, 10);
  });

  test('metrics.md §9.3 P4: COC is undefined for a single ticket, both for none', () => {
    expect(upcIndex([1])).toBe(1);
    expect(cocIndex([1])).toBeNull();
    expect(upcIndex([])).toBeNull();
    expect(cocIndex([])).toBeNull();
  });
});

describe('continuity of the window (metrics.md §9.3 P4)', () => {
  test('metrics.md §9.3 P4: 12 resolved tickets — Priya 6, Marc 4, Elena 2 → UPC 0.5, COC 44/132; open tickets and tickets without a technician left out', () => {
    const priya = many(6, (i) => handledBy('Priya', 60 - i));
    const marc = many(4, (i) => handledBy('Marc', 40 - i));
    const elena = many(2, (i) => handledBy('Elena', 20 - i));
    const open = openTicket(NOW - 3 * DAY, { primaryTechnician: 'Marc' });
    const unanswered = scored({ primaryTechnician: null, partnerAuthors: [], partnerMessages: 0 });
    const { continuity } = cardOf([...priya, ...marc, ...elena, open, unanswered]).portfolio;
    expect(continuity.tickets).toBe(12);
    expect(continuity.technicians.map((share) => [share.name, share.tickets])).toEqual([['Priya', 6], ['Marc', 4], ['Elena', 2]]);
    expect(sorted(continuity.technicians[0]!.keys)).toEqual(sorted(keysOf(priya)));
    expect(continuity.upc).toBeCloseTo(6 / 12, 10);
    expect(continuity.coc).toBeCloseTo((36 + 16 + 4 - 12) / (12 * 11), 10);
    expect(continuity.evidence).not.toContain(open.key);
    expect(continuity.evidence).not.toContain(unanswered.key);
    expect(continuity).toMatchObject({ hidden: false, reason: null });
  });

  test('metrics.md §9.1, §9.3 P4: under 10 resolved tickets with a technician the continuity is hidden, with the reason', () => {
    const { continuity } = cardOf([...many(9), openTicket(NOW - DAY), openTicket(NOW - DAY)]).portfolio;
    expect(continuity).toMatchObject({ tickets: 9, hidden: true, reason: 'fewer than 10 tickets — 9 in this window' });
  });

  test('metrics.md §9.3 P4 familiar face: the technician had replied on an earlier ticket of ours (as primary or not); the first ticket of each is unfamiliar', () => {
    const tickets = [
      handledBy('Marc', 50, ['Priya']), // unfamiliar: nobody seen yet
      handledBy('Priya', 40), // familiar: Priya replied on the ticket of day 50
      handledBy('Elena', 30), // unfamiliar
      handledBy('Marc', 20), // familiar
      handledBy('Sam', 10), // unfamiliar
    ];
    const { familiarFace } = cardOf(tickets).portfolio.continuity;
    expect(familiarFace).toMatchObject({ numerator: 2, denominator: 5 });
    expect(sorted(familiarFace.evidence)).toEqual(sorted([tickets[1]!.key, tickets[3]!.key]));
    expect(sorted(familiarFace.rest)).toEqual(sorted([tickets[0]!.key, tickets[2]!.key, tickets[4]!.key]));
  });

  test('metrics.md §9.3 P4 familiar face: two tickets created at the same instant are not "earlier" than each other', () => {
    const first = handledBy('Priya', 30);
    const twin = handledBy('Priya', 30);
    const later = handledBy('Priya', 10);
    const { familiarFace } = cardOf([first, twin, later]).portfolio.continuity;
    expect(familiarFace.evidence).toEqual([later.key]);
    expect(sorted(familiarFace.rest)).toEqual(sorted([first.key, twin.key]));
  });

  test('metrics.md §9.3 P4 familiar face: an open ticket still tells us the technician knows the client', () => {
    const open = openTicket(NOW - 30 * DAY, { primaryTechnician: 'Priya', partnerAuthors: [{ name: 'Priya', messages: 1 }] });
    const later = handledBy('Priya', 10);
    expect(cardOf([open, later]).portfolio.continuity.familiarFace.evidence).toEqual([later.key]);
  });
});
