/**
 * The partner scorecard (metrics.md §9.3 P1–P5, §9.2 M8) computed from scored tickets. Expected values are
 * worked out by hand in each case, never by calling the code under test.
 */
import { describe, expect, test } from 'vitest';
import { cocIndex, computeScorecard, findRecurrences, median, nearestRank, nextSurveyQuestions, percentile, recurrenceOptions, surveyDue, upcIndex, type ScoredTicket } from '../../../lib/scorecard';
import { DAY, HOUR, NOW, SETTINGS as settings, scored } from './builder';

function card(tickets: ScoredTicket[]) {
  const result = computeScorecard(tickets, { now: new Date(NOW), settings });
  const origin = result.origins[0];
  if (!origin) throw new Error('no origin');
  return origin;
}

describe('percentiles: nearest rank (metrics.md §9.3 P2)', () => {
  test.each([
    [50, 10, 5], [90, 10, 9], [90, 11, 10], [50, 1, 1], [90, 0, 0],
  ])('p%d of %d values is rank %d', (p, count, rank) => {
    expect(nearestRank(p, count)).toBe(rank);
  });
  test('median and p90 of 1..10 hours', () => {
    const values = Array.from({ length: 10 }, (_, i) => (i + 1) * HOUR);
    expect(median(values)).toBe(5 * HOUR);
    expect(percentile(values, 90)).toBe(9 * HOUR);
  });
});

describe('continuity (metrics.md §9.3 P4: UPC, Bice–Boxerman COC)', () => {
  test.each([
    ['one technician for everything', [4], 1, 1],
    ['3 tickets with Priya, 1 with Marc', [3, 1], 0.75, 0.5],
    ['four different technicians', [1, 1, 1, 1], 0.25, 0],
  ])('%s: UPC %d, COC %d', (_name, counts, upc, coc) => {
    expect(upcIndex(counts)).toBeCloseTo(upc);
    expect(cocIndex(counts)).toBeCloseTo(coc);
  });
});

describe('portfolio figures (metrics.md §9.3 P1–P3, P5)', () => {
  test('rates over 12 tickets: 3 followed up, 2 reopened of 12 solved, 4 reassigned; evidence names them', () => {
    const chased = [scored({ followUps: 2 }), scored({ followUps: 1 }), scored({ followUps: 3 })];
    const reopened = [scored({ reopens: 1 }), scored({ reopens: 2 })];
    const moved = [scored({ handoffs: 1 }), scored({ handoffs: 2 }), scored({ handoffs: 1 }), scored({ handoffs: 3 })];
    const plain = [scored(), scored(), scored()];
    const { portfolio } = card([...chased, ...reopened, ...moved, ...plain]);
    expect(portfolio.tickets).toHaveLength(12);
    expect(portfolio.followUpRate).toMatchObject({ numerator: 3, denominator: 12, hidden: false });
    expect(portfolio.followUpRate.value).toBeCloseTo(0.25);
    expect([...portfolio.followUpRate.evidence].sort()).toEqual(chased.map((t) => t.key).sort());
    expect(portfolio.reopenRate).toMatchObject({ numerator: 2, denominator: 12 });
    expect(portfolio.reassignedShare).toMatchObject({ numerator: 4, denominator: 12 });
  });

  test('under 10 tickets a rate is hidden, with the reason (metrics.md §9.3)', () => {
    const { portfolio } = card(Array.from({ length: 7 }, () => scored({ followUps: 1 })));
    expect(portfolio.followUpRate.hidden).toBe(true);
    expect(portfolio.followUpRate.reason).toBe('fewer than 10 tickets — 7 in this window');
  });

  test('P1: first response met or breached against the normal target (8 business h by default)', () => {
    const met = Array.from({ length: 8 }, () => scored({ firstResponseBusinessMs: 2 * HOUR }));
    const breached = Array.from({ length: 2 }, () => scored({ firstResponseBusinessMs: 12 * HOUR }));
    const { portfolio } = card([...met, ...breached]);
    expect(portfolio.attainment.firstResponse).toMatchObject({ numerator: 8, denominator: 10 });
    expect([...portfolio.attainment.firstResponse.rest].sort()).toEqual(breached.map((t) => t.key).sort());
  });

  test('P5 backlog by calendar age (M9 bands: under 10 days, 10–30, over 30)', () => {
    const open = (days: number) => scored({ statusCategory: 'open', resolvedAtMs: null, resolutionMs: null, resolutionBusinessMs: null, createdAtMs: NOW - days * DAY });
    const tickets = [open(2), open(5), open(15), open(45), scored()];
    const { portfolio } = card(tickets);
    expect(portfolio.backlog.total).toBe(4);
    expect(portfolio.backlog.underWatch).toHaveLength(2);
    expect(portfolio.backlog.watch).toHaveLength(1);
    expect(portfolio.backlog.alert).toHaveLength(1);
    expect(portfolio.backlog.level).toBe('red');
  });
});

describe('more portfolio figures (metrics.md §9.3 P1, P2, P4, M10, Empathy)', () => {
  test('P1 resolution attainment per priority: urgent against 4 business h, normal against 16', () => {
    const urgentMet = scored({ priority: 'urgent', resolutionBusinessMs: 3 * HOUR });
    const urgentLate = scored({ priority: 'urgent', resolutionBusinessMs: 6 * HOUR });
    const normal = Array.from({ length: 8 }, (_, i) => scored({ resolutionBusinessMs: (i < 6 ? 10 : 20) * HOUR }));
    const { portfolio } = card([urgentMet, urgentLate, ...normal]);
    expect(portfolio.attainment.byPriority.urgent.resolution).toMatchObject({ numerator: 1, denominator: 2, evidence: [urgentMet.key], rest: [urgentLate.key] });
    expect(portfolio.attainment.byPriority.normal.resolution).toMatchObject({ numerator: 6, denominator: 8 });
    expect(portfolio.attainment.resolution).toMatchObject({ numerator: 7, denominator: 10 });
  });

  test('P2 first response and resolution: nearest-rank median and p90 over 10 tickets, slowest first in the evidence', () => {
    const tickets = Array.from({ length: 10 }, (_, i) => scored({ firstResponseBusinessMs: (i + 1) * HOUR, resolutionBusinessMs: (i + 1) * 10 * HOUR }));
    const { portfolio } = card(tickets);
    expect(portfolio.firstResponse.business).toMatchObject({ count: 10, median: 5 * HOUR, p90: 9 * HOUR, hidden: false });
    expect(portfolio.resolution.business).toMatchObject({ median: 50 * HOUR, p90: 90 * HOUR });
    expect(portfolio.resolution.business.evidence[0]).toBe(tickets[9]!.key);
  });

  test('P2 resolution counts resolved tickets only; open ones are left out', () => {
    const resolved = Array.from({ length: 10 }, () => scored({ resolutionBusinessMs: 4 * HOUR }));
    const open = scored({ statusCategory: 'open', resolvedAtMs: null, resolutionMs: null, resolutionBusinessMs: null });
    expect(card([...resolved, open]).portfolio.resolution.business.count).toBe(10);
  });

  test('M10 one-touch share over solved tickets; proactive share counts messages', () => {
    const tickets = [
      ...Array.from({ length: 6 }, () => scored({ oneTouch: true, partnerMessages: 1, proactiveUpdates: 0 })),
      ...Array.from({ length: 4 }, () => scored({ oneTouch: false, partnerMessages: 3, proactiveUpdates: 2 })),
    ];
    const { portfolio } = card(tickets);
    expect(portfolio.oneTouchShare).toMatchObject({ numerator: 6, denominator: 10 });
    expect(portfolio.proactiveShare).toMatchObject({ numerator: 8, denominator: 18 });
  });

  test('P4 familiar face: a ticket counts when its technician already handled one of ours before', () => {
    const at = (days: number, tech: string) => scored({ primaryTechnician: tech, partnerAuthors: [{ name: tech, messages: 1 }], createdAtMs: NOW - days * DAY, resolvedAtMs: NOW - (days - 1) * DAY });
    const tickets = [at(60, 'Priya'), at(50, 'Priya'), at(40, 'Marc'), at(30, 'Priya'), at(20, 'Marc'), at(10, 'Elena'), at(9, 'Priya'), at(8, 'Priya'), at(7, 'Marc'), at(6, 'Priya')];
    const { continuity } = card(tickets).portfolio;
    // Seen before: Priya at 50, 30, 9, 8, 6; Marc at 20, 7 → 7 of the 9 tickets after the first.
    expect(continuity.technicians[0]).toMatchObject({ name: 'Priya', tickets: 6 });
    expect(continuity.upc).toBeCloseTo(0.6);
    expect(continuity.familiarFace.numerator).toBe(7);
  });
});

describe('recurring problems (metrics.md §9.2 M8: three similar tickets within 90 days)', () => {
  const printer = (createdDaysAgo: number) => scored({ subject: 'Printer on 3rd floor offline', text: 'The printer PRN-3F-01 on the 3rd floor is offline for everyone.', createdAtMs: NOW - createdDaysAgo * DAY, resolvedAtMs: NOW - (createdDaysAgo - 1) * DAY });
  test('three similar tickets within 90 days form one group', () => {
    const tickets = [printer(80), printer(50), printer(10), scored()];
    const { groups } = findRecurrences(tickets, recurrenceOptions(settings.thresholds));
    expect(groups).toHaveLength(1);
    expect([...(groups[0]?.keys ?? [])].sort()).toEqual(tickets.slice(0, 3).map((t) => t.key).sort());
  });
  test('two similar tickets are not a group; three spread over 200 days neither', () => {
    expect(findRecurrences([printer(40), printer(10), scored()], recurrenceOptions(settings.thresholds)).groups).toHaveLength(0);
    expect(findRecurrences([printer(300), printer(200), printer(100)], recurrenceOptions(settings.thresholds)).groups).toHaveLength(0);
  });
});

describe('scorecard (metrics.md §9.3): five SERVQUAL dimensions and the 12-item checklist', () => {
  test('every dimension and checklist item is there, each with a status; no composite without its dimensions', () => {
    const origin = card(Array.from({ length: 12 }, () => scored()));
    expect(origin.servqual.dimensions.map((d) => d.dimension)).toEqual(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);
    expect(origin.checklist.map((item) => item.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const item of origin.checklist) expect(['met', 'not_met', 'not_measurable']).toContain(item.status);
    // Without survey answers, what only a client can judge is not measurable (framework.md: asked, not guessed).
    expect(origin.servqual.dimensions.find((d) => d.dimension === 'tangibles')?.measurable).toBe(false);
  });
});

describe('pulse survey (issue 5: every N weeks, three questions, each in turn)', () => {
  test('three questions at a time, the longest unanswered first, so all seven come back in turn', () => {
    const first = nextSurveyQuestions([]);
    expect(first.map((q) => q.id)).toEqual(['tangibles', 'confidence', 'understanding']);
    const afterOne = [{ takenAt: '2024-01-01T00:00:00Z', answers: { tangibles: 4, confidence: 3, understanding: 5 } }];
    expect(nextSurveyQuestions(afterOne).map((q) => q.id)).toEqual(['project-scope', 'costs-timelines', 'next-steps']);
    const afterTwo = [...afterOne, { takenAt: '2024-02-01T00:00:00Z', answers: { 'project-scope': 2, 'costs-timelines': 3, 'next-steps': 4 } }];
    expect(nextSurveyQuestions(afterTwo).map((q) => q.id)).toEqual(['tangibles', 'confidence', 'direction']);
  });
  test.each([
    ['never answered', [], true],
    ['answered 3 weeks ago (every 4 weeks)', [{ takenAt: new Date(NOW - 21 * DAY).toISOString(), answers: { confidence: 4 } }], false],
    ['answered 4 weeks ago (every 4 weeks)', [{ takenAt: new Date(NOW - 28 * DAY).toISOString(), answers: { confidence: 4 } }], true],
  ])('due when %s: %s', (_name, responses, due) => {
    expect(surveyDue(responses, 4, NOW)).toBe(due);
  });
  test('answers count for the dimensions they inform: empathy becomes measurable with an "understands our needs" answer', () => {
    const tickets = Array.from({ length: 12 }, () => scored());
    const without = computeScorecard(tickets, { now: new Date(NOW), settings }).origins[0]!;
    const withAnswers = computeScorecard(tickets, { now: new Date(NOW), settings, surveys: [{ takenAt: new Date(NOW - DAY).toISOString(), answers: { understanding: 2, tangibles: 4 } }] }).origins[0]!;
    expect(without.survey.understanding.mean).toBeNull();
    expect(withAnswers.survey.understanding).toMatchObject({ mean: 2, answers: 1 });
    expect(withAnswers.servqual.dimensions.find((d) => d.dimension === 'tangibles')?.measurable).toBe(true);
  });
});
