/**
 * Recurrence (metrics.md §9.2 M8; §7 "Recurrence"): a new ticket T2 of the same portal "came back" from T1
 * when 0 ≤ T2.created − T1.resolved ≤ 30 days (≤ 7 days: alert, else watch) and either T2 names T1 ("re:
 * #id") or sim(T1, T2) ≥ 0.6, sim = max(Jaccard of normalised subject tokens, TF-IDF cosine over subject +
 * first message). Three or more similar tickets within 90 days are a recurring problem.
 *
 * Similarities below are worked out by hand. Subjects without a first message: the text is the subject.
 * With two tickets (N = 2), a token both share has idf = ln(3/3) + 1 = 1, a token of one only
 * idf = ln(3/2) + 1 = 1.405…; tf = 1.
 */
import { describe, expect, test } from 'vitest';
import { findRecurrences, recurrenceOptions, referencedTicketIds, similarityTokens, type ScoredTicket } from '../../../lib/scorecard';
import { DAY, HOUR, many, NOW, ORIGIN, scored, SETTINGS, type TicketPatch } from './builder';

const OPTIONS = recurrenceOptions(SETTINGS.thresholds);
const IDF_ONE = Math.log(3 / 2) + 1;
const T1_RESOLVED = NOW - 40 * DAY;

/** T1: "Scanner driver install fails", solved 40 days before now. */
const earlier = (patch: TicketPatch = {}) =>
  scored({ ticketId: '48211', subject: 'Scanner driver install fails', createdAtMs: T1_RESOLVED - 2 * DAY, resolvedAtMs: T1_RESOLVED, ...patch });
const later = (subject: string, afterMs: number, patch: TicketPatch = {}) =>
  scored({ ticketId: '48230', subject, createdAtMs: T1_RESOLVED + afterMs, statusCategory: 'open', resolvedAtMs: null, resolutionMs: null, resolutionBusinessMs: null, ...patch });

function cameBack(tickets: ScoredTicket[]) {
  return findRecurrences(tickets, OPTIONS).cameBack;
}

describe('normalised tokens (metrics.md §9.2 M8 "normalised subject tokens")', () => {
  test.each([
    ['Scanner driver install fails', ['scanner', 'driver', 'install', 'fail']],
    ['RE: Fwd: Printers on the 3rd floor offline again', ['printer', '3rd', 'floor', 'offline']],
    ['Ticket #48211 — Imprimante du 3e étage en panne', ['imprimante', '3e', 'etage', 'panne']],
    ['Outlook crashes, please help!!', ['outlook', 'crash']],
    ['Demande n° 4521 : VPN bloqué', ['vpn', 'bloque']],
  ])('metrics.md §9.2 M8: "%s" → %j', (text, tokens) => {
    expect(similarityTokens(text)).toEqual(tokens);
  });

  test.each([
    ['re: #48211', ['48211']],
    ['Follow-up to ticket 48211 and #SUP-20413', ['48211', 'sup-20413']],
    ['Suite à la demande n° 4521', ['4521']],
    ['The 3rd floor printer', []],
  ])('metrics.md §7 "Explicit linkage": "%s" refers to %j', (text, ids) => {
    expect(referencedTicketIds(text).sort()).toEqual(ids.sort());
  });
});

describe('came back (metrics.md §9.2 M8)', () => {
  test.each([
    // name, T2 subject, T2 created after T1's fix, expected level or null, similarity worked out by hand
    ['the same subject 12 days later (≤ 30 d: watch)', 'Scanner driver install fails again', 12 * DAY, 'watch', 1],
    ['the same subject 5 days later (≤ 7 d: alert)', 'Scanner driver install fails', 5 * DAY, 'alert', 1],
    ['exactly 7 days later (alert)', 'Scanner driver install fails', 7 * DAY, 'alert', 1],
    ['7 days and an hour later (watch)', 'Scanner driver install fails', 7 * DAY + HOUR, 'watch', 1],
    ['exactly 30 days later (still within the window)', 'Scanner driver install fails', 30 * DAY, 'watch', 1],
    ['the very minute it was solved (0 ≤ gap)', 'Scanner driver install fails', 0, 'alert', 1],
    // {scanner, driver, install, crash} vs {scanner, driver, install, fail}: Jaccard 3/5 = 0.6; cosine 3 / (3 + idf²).
    ['Jaccard exactly 0.6 (θ = 0.6 is similar)', 'Scanner driver install crashes', 10 * DAY, 'watch', Math.max(3 / 5, 3 / (3 + IDF_ONE ** 2))],
    ['31 days later (outside the 30-day window)', 'Scanner driver install fails', 31 * DAY, null, 0],
    ['created a day before T1 was solved (T1 was not solved yet)', 'Scanner driver install fails', -DAY, null, 0],
    // {scanner, driver, update}: Jaccard 2/5 = 0.4; cosine 2 / √((2 + 2·idf²)(2 + idf²)) = 0.41 — both under 0.6.
    ['similarity 0.41 (under 0.6)', 'Scanner driver update', 10 * DAY, null, 0],
    ['nothing in common', 'Teams calls drop audio', 10 * DAY, null, 0],
  ] as const)('metrics.md §9.2 M8: %s', (_name, subject, afterMs, level, similarity) => {
    const t1 = earlier();
    const t2 = later(subject, afterMs);
    const found = cameBack([t1, t2]).get(t2.key);
    if (level === null) {
      expect(found).toBeUndefined();
      return;
    }
    expect(found).toMatchObject({ key: t2.key, fromKey: t1.key, reason: 'similar', gapMs: afterMs, level });
    expect(found!.similarity).toBeCloseTo(similarity, 10);
  });

  test('metrics.md §9.2 M8: the hand-worked cosine of the 0.41 near miss is indeed under θ', () => {
    expect(2 / Math.sqrt((2 + 2 * IDF_ONE ** 2) * (2 + IDF_ONE ** 2))).toBeLessThan(0.6);
  });

  test('metrics.md §9.2 M8: a ticket never solved is no earlier fix to come back from', () => {
    const open = earlier({ statusCategory: 'open', resolvedAtMs: null, resolutionMs: null, resolutionBusinessMs: null });
    expect(cameBack([open, later('Scanner driver install fails', 10 * DAY)]).size).toBe(0);
  });

  test('metrics.md §9.2 M8 "same client org": a look-alike on another portal is not the same partner', () => {
    const t1 = earlier({ origin: 'https://helpdesk.other-msp.example' });
    expect(cameBack([t1, later('Scanner driver install fails', 10 * DAY)]).size).toBe(0);
  });

  test('metrics.md §9.2 M8 explicit link: "re: #48211" names T1 whatever the words (12 days: watch)', () => {
    const t1 = earlier();
    const t2 = later('Re: #48211', 12 * DAY, { text: 'Same thing on the second PC in accounting.' });
    expect(cameBack([t1, t2]).get(t2.key)).toMatchObject({ fromKey: t1.key, reason: 'explicit-link', gapMs: 12 * DAY, level: 'watch' });
  });

  test.each([
    [30 * DAY, true],
    [30 * DAY + 1, false],
    [35 * DAY, false],
  ])('metrics.md §9.2 M8 explicit link: the link still needs T1 solved within 30 days before (%d ms after: came back %s)', (afterMs, found) => {
    const t1 = earlier();
    const t2 = later('Re: #48211', afterMs);
    expect(cameBack([t1, t2]).has(t2.key)).toBe(found);
  });

  test('metrics.md §9.2 M8 θ = 0.6 is similar: subject Jaccard exactly 3/5, the first messages nothing in common (cosine 0.22)', () => {
    const t1 = earlier({ text: 'Paris office accounting department' });
    const t2 = later('Scanner driver install crashes', 10 * DAY, { text: 'Lyon warehouse shipping dock team' });
    // Cosine: 3 shared tokens (idf 1) against 5 and 6 tokens of one ticket only (idf 1.405…).
    expect(3 / Math.sqrt((3 + 5 * IDF_ONE ** 2) * (3 + 6 * IDF_ONE ** 2))).toBeLessThan(0.6);
    expect(cameBack([t1, t2]).get(t2.key)).toMatchObject({ fromKey: t1.key, similarity: 0.6, subjectSimilarity: 0.6 });
  });

  test('metrics.md §9.2 M8: the ticket it names wins over a more similar one', () => {
    const named = earlier({ ticketId: '48200', subject: 'Badge reader at the door', resolvedAtMs: T1_RESOLVED - DAY });
    const lookalike = earlier();
    const t2 = later('Scanner driver install fails (see #48200)', 5 * DAY);
    expect(cameBack([named, lookalike, t2]).get(t2.key)).toMatchObject({ fromKey: named.key, reason: 'explicit-link' });
  });

  test('metrics.md §9.2 M8: of two look-alikes, the most recently solved one (equal similarity)', () => {
    const older = earlier({ ticketId: '48190', createdAtMs: T1_RESOLVED - 12 * DAY, resolvedAtMs: T1_RESOLVED - 10 * DAY });
    const newer = earlier();
    const t2 = later('Scanner driver install fails', 3 * DAY);
    expect(cameBack([older, newer, t2]).get(t2.key)).toMatchObject({ fromKey: newer.key, gapMs: 3 * DAY });
  });

  test('metrics.md §9.2 M8 "subject + first message": the first message can make two tickets alike', () => {
    const text = 'The label printer in the warehouse prints blank labels since the driver update.';
    const t1 = earlier({ subject: 'Warehouse', text });
    const t2 = later('Help needed', 9 * DAY, { text });
    expect(cameBack([t1, t2]).get(t2.key)).toMatchObject({ fromKey: t1.key, reason: 'similar' });
  });
});

describe('recurring problems (metrics.md §9.2 M8: ≥ 3 similar tickets within 90 days)', () => {
  const printer = (createdDaysAgo: number) =>
    scored({ subject: 'Printer on 3rd floor offline', createdAtMs: NOW - createdDaysAgo * DAY, resolvedAtMs: NOW - createdDaysAgo * DAY + HOUR });

  test.each([
    ['three within 89 days', [100, 50, 11], 3],
    ['three exactly 90 days apart at the ends', [100, 55, 10], 3],
    ['four within 90 days: one group of four', [100, 80, 60, 40], 4],
    ['a problem that keeps coming back every 40 days for 200 days: one group', [360, 320, 280, 240, 200, 160], 6],
    ['two similar tickets only', [100, 50], 0],
    ['three spread over 91 days (no 90-day span holds three)', [101, 55, 10], 0],
  ])('metrics.md §9.2 M8: %s', (_name, days, size) => {
    const tickets = [...days.map(printer), ...many(3)];
    const { groups } = findRecurrences(tickets, OPTIONS);
    if (size === 0) {
      expect(groups).toEqual([]);
      return;
    }
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ origin: ORIGIN, keys: tickets.slice(0, days.length).map((t) => t.key), firstCreatedAtMs: NOW - days[0]! * DAY, lastCreatedAtMs: NOW - days.at(-1)! * DAY });
  });

  test('metrics.md §9.2 M8: two look-alikes and one different ticket are no group', () => {
    const tickets = [printer(60), printer(30), scored({ subject: 'Teams calls drop audio', createdAtMs: NOW - 10 * DAY })];
    expect(findRecurrences(tickets, OPTIONS).groups).toEqual([]);
  });
});
