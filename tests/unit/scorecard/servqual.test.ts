/**
 * The scorecard grouped by SERVQUAL (metrics.md §4 and §9.3 "Partner scorecard", performance-only): each
 * figure scored 100 / 50 / 0 by its band (green / amber / red, thresholds of §9.2–§9.3), a dimension's score
 * the mean of its scored figures, the composite the weighted mean (importance points over the five
 * dimensions, default equal) — never shown alone (watermelon effect).
 */
import { describe, expect, test } from 'vitest';
import { levelFor, scorecardBands, type BandId, type ScoredTicket } from '../../../lib/scorecard';
import { BDAY, cardOf, DAY, many, NOW, scored, SETTINGS } from './builder';

const HOUR = 3_600_000;
const bands = scorecardBands(SETTINGS.thresholds, BDAY);

describe('bands (metrics.md §9.2, §9.3)', () => {
  test.each([
    ['follow-up-rate', 0.1, 'green', '§9.2 M4: amber > 10 %'],
    ['follow-up-rate', 0.11, 'amber', '§9.2 M4'],
    ['follow-up-rate', 0.2, 'amber', '§9.2 M4: red > 20 %'],
    ['follow-up-rate', 0.21, 'red', '§9.2 M4'],
    ['reopen-rate', 0.05, 'green', '§9.2 M7: amber > 5 %'],
    ['reopen-rate', 0.06, 'amber', '§9.2 M7'],
    ['reopen-rate', 0.11, 'red', '§9.2 M7: red > 10 %'],
    ['recurrence-rate', 0.1, 'green', '§9.2 M8: amber > 10 %'],
    ['recurrence-rate', 0.25, 'red', '§9.2 M8: red > 20 %'],
    ['first-response-attainment', 0.9, 'green', '§9.3 P1: amber < 90 %'],
    ['first-response-attainment', 0.85, 'amber', '§9.3 P1'],
    ['resolution-attainment', 0.8, 'amber', '§9.3 P1: red < 80 %'],
    ['resolution-attainment', 0.79, 'red', '§9.3 P1'],
    ['median-wait', BDAY, 'green', '§9.2 M2: amber > 1 business day'],
    ['median-wait', BDAY + 1, 'amber', '§9.2 M2'],
    ['median-wait', 2 * BDAY + 1, 'red', '§9.2 M2: red > 2 business days'],
    ['continuity-drop', 0.19, 'green', '§9.3 P4: amber if COC drops by ≥ 0.2'],
    ['continuity-drop', 0.2, 'amber', '§9.3 P4'],
    ['continuity-drop', 0.9, 'amber', '§9.3 P4: never red'],
  ] as const)('metrics.md %s = %d → %s (%s)', (id, value, level, _source) => {
    expect(levelFor(value, bands[id as BandId])).toBe(level);
  });
});

describe('SERVQUAL grouping (metrics.md §9.3 "Partner scorecard")', () => {
  test.each([
    ['responsiveness', ['first-response-attainment', 'median-wait', 'silent-share', 'follow-up-rate']],
    ['reliability', ['reopen-rate', 'recurrence-rate', 'resolution-attainment', 'promises-kept']],
    ['assurance', ['one-touch-share', 'reassigned-share', 'escalations', 'survey:confidence']],
    ['empathy', ['continuity-coc', 'continuity-upc', 'familiar-face', 'proactive-share', 'business-hours-service', 'survey:understanding']],
    ['tangibles', ['survey:tangibles']],
  ])('metrics.md §9.3: %s holds %j', (dimension, ids) => {
    const { servqual } = cardOf(many(12));
    expect(servqual.dimensions.find((item) => item.dimension === dimension)?.metrics.map((metric) => metric.id)).toEqual(ids);
  });

  test('metrics.md §4, §9.3: the five dimensions in RATER order with their SERVQUAL definitions', () => {
    const { servqual } = cardOf(many(12));
    expect(servqual.dimensions.map((item) => item.dimension)).toEqual(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);
    expect(servqual.dimensions.find((item) => item.dimension === 'reliability')?.definition).toBe('Ability to perform the promised service dependably and accurately.');
  });
});

/**
 * 20 solved tickets, all within targets, with Priya: 3 chased (15 %: amber), 3 of 20 partner messages
 * proactive (15 %: amber), nothing else wrong. By hand:
 *   responsiveness = mean(attainment 100, silent share 100, follow-ups 50) = 83.33 (median wait: no waits, hidden)
 *   reliability    = mean(reopens 100, recurrence 100, resolution attainment 100) = 100 (promises not measured)
 *   assurance      = mean(one-touch 100, reassigned 100) = 100 (escalations, survey not measured)
 *   empathy        = mean(proactive 50) = 50 (COC informational without a previous window; UPC, familiar face informational)
 *   tangibles      = not measurable (no survey)
 */
function twentyTickets(): ScoredTicket[] {
  return many(20, (i) => scored({ followUps: i < 3 ? 1 : 0, proactiveUpdates: i < 3 ? 1 : 0 }));
}

describe('dimension scores and the composite (metrics.md §9.3 "Scoring")', () => {
  test('metrics.md §9.3 Scoring: each dimension is the mean of its scored figures (100 / 50 / 0)', () => {
    const { servqual } = cardOf(twentyTickets());
    const score = (dimension: string) => servqual.dimensions.find((item) => item.dimension === dimension)!;
    expect(score('responsiveness').score).toBeCloseTo((100 + 100 + 50) / 3, 10);
    expect(score('reliability').score).toBe(100);
    expect(score('assurance').score).toBe(100);
    expect(score('empathy').score).toBe(50);
    expect(score('tangibles')).toMatchObject({ score: null, measurable: false, reason: 'not visible in ticket timelines: needs survey answers' });
    const followUps = score('responsiveness').metrics.find((metric) => metric.id === 'follow-up-rate')!;
    expect(followUps).toMatchObject({ status: 'scored', level: 'amber', score: 50, numerator: 3, denominator: 20 });
    expect(followUps.evidence).toHaveLength(3);
    expect(score('responsiveness').metrics.find((metric) => metric.id === 'median-wait')).toMatchObject({ status: 'hidden', score: null });
    expect(score('reliability').metrics.find((metric) => metric.id === 'promises-kept')).toMatchObject({ status: 'not_measurable', score: null });
  });

  test('metrics.md §9.3 Scoring: default equal weights over the measurable dimensions → (83.33 + 100 + 100 + 50) / 4', () => {
    const { composite } = cardOf(twentyTickets()).servqual;
    expect(composite.score).toBeCloseTo((250 / 3 + 100 + 100 + 50) / 4, 10);
    expect(composite.dimensionsUsed).toEqual(['reliability', 'responsiveness', 'assurance', 'empathy']);
    expect(composite.weights).toEqual({ tangibles: 0, reliability: 0.25, responsiveness: 0.25, assurance: 0.25, empathy: 0.25 });
  });

  test('metrics.md §4 weighted SERVQUAL: 40 / 30 / 20 / 10 points → (83.33·40 + 100·30 + 100·20 + 50·10) / 100', () => {
    const weights = { responsiveness: 40, reliability: 30, assurance: 20, empathy: 10, tangibles: 0 };
    const { composite } = cardOf(twentyTickets(), { weights }).servqual;
    expect(composite.score).toBeCloseTo(((250 / 3) * 40 + 100 * 30 + 100 * 20 + 50 * 10) / 100, 10);
    expect(composite.weights.responsiveness).toBeCloseTo(0.4, 10);
  });

  test('metrics.md §4, §9.3 Tangibles: survey answers make tangibles measurable (5 of 5 → green, 100)', () => {
    const surveys = [{ takenAt: new Date(NOW - 10 * DAY).toISOString(), answers: { tangibles: 5 } }];
    const { servqual } = cardOf(twentyTickets(), { surveys });
    expect(servqual.dimensions.find((item) => item.dimension === 'tangibles')).toMatchObject({ measurable: true, score: 100 });
    expect(servqual.composite.score).toBeCloseTo((100 + 250 / 3 + 100 + 100 + 50) / 5, 10);
  });

  test('metrics.md §9.1, §9.3: a figure hidden under 10 tickets is shown with its reason and not scored; with every figure hidden the dimension is not measurable', () => {
    const { servqual } = cardOf(many(7, () => scored({ followUps: 1 })));
    const responsiveness = servqual.dimensions.find((item) => item.dimension === 'responsiveness')!;
    expect(responsiveness.metrics.find((metric) => metric.id === 'follow-up-rate')).toMatchObject({ status: 'hidden', score: null, reason: 'fewer than 10 tickets — 7 in this window' });
    expect(responsiveness).toMatchObject({ measurable: false, score: null });
    expect(servqual.composite.score).toBeNull();
  });

  test('metrics.md §9.3 P4: COC is scored on its drop from the previous window (1.00 → 0.47: amber)', () => {
    const previous = many(10, (i) => scored({ createdAtMs: NOW - 120 * DAY + i * HOUR, resolvedAtMs: NOW - 119 * DAY }));
    const current = many(20, (i) =>
      scored({ primaryTechnician: i < 10 ? 'Priya' : 'Marc', partnerAuthors: [{ name: i < 10 ? 'Priya' : 'Marc', messages: 1 }] }),
    );
    const empathy = cardOf([...previous, ...current]).servqual.dimensions.find((item) => item.dimension === 'empathy')!;
    const coc = empathy.metrics.find((metric) => metric.id === 'continuity-coc')!;
    // Now: (10² + 10² − 20) / (20 · 19) = 180 / 380; before: 1; the drop 0.53 ≥ 0.2.
    expect(coc.value).toBeCloseTo(180 / 380, 10);
    expect(coc).toMatchObject({ status: 'scored', level: 'amber', score: 50 });
  });

  test('metrics.md §9.3 P4: without 10 resolved tickets in the previous window, COC is informational, not scored', () => {
    const coc = cardOf(twentyTickets()).servqual.dimensions.find((item) => item.dimension === 'empathy')!.metrics.find((metric) => metric.id === 'continuity-coc')!;
    expect(coc).toMatchObject({ status: 'informational', score: null, value: 1 });
  });

  test('a negative or non-numeric weight is refused (metrics.md §4: importance points)', () => {
    expect(() => cardOf(twentyTickets(), { weights: { empathy: -5 } })).toThrow(RangeError);
  });
});
