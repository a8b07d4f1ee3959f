/**
 * The pulse survey's summary (framework.md "a short, occasional survey … covers confidence and what
 * timelines cannot show"; metrics.md §4: perceptions only, SERVPERF): the mean 1–5 answer per question over
 * the 12 months up to the window's end, for one portal (answers without an origin count for every portal).
 */
import { describe, expect, test } from 'vitest';
import { SURVEY_QUESTION_IDS, SurveyResponseSchema, summariseSurveys, type SurveyResponse } from '../../../lib/scorecard';
import { cardOf, DAY, many, NOW, ORIGIN } from './builder';

const OTHER = 'https://helpdesk.other-msp.example';
const taken = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

describe('survey summary (framework.md, metrics.md §4 SERVPERF)', () => {
  const responses: SurveyResponse[] = [
    { takenAt: taken(10), answers: { confidence: 4, tangibles: 2 }, origin: ORIGIN },
    { takenAt: taken(40), answers: { confidence: 2 } },
    { takenAt: taken(70), answers: { confidence: 5 }, origin: OTHER },
    { takenAt: taken(400), answers: { confidence: 1 }, origin: ORIGIN },
    { takenAt: taken(-1), answers: { confidence: 1 }, origin: ORIGIN },
  ];

  test.each([
    // question, mean worked out, answers counted
    ['confidence', (4 + 2) / 2, 2, 'this portal (10 days) and every portal (40 days); not the other portal, not 400 days ago, not after the window'],
    ['tangibles', 2, 1, 'one answer'],
    ['understanding', null, 0, 'never asked'],
  ] as const)('framework.md survey: %s → mean %s from %d answer(s) — %s', (id, mean, answers, _why) => {
    const summary = summariseSurveys(responses, ORIGIN, NOW);
    expect(summary[id]).toMatchObject({ mean, answers });
    expect(summary[id].question.id).toBe(id);
  });

  test('framework.md survey: every question has a summary, even without answers', () => {
    expect(Object.keys(summariseSurveys([], ORIGIN, NOW)).sort()).toEqual([...SURVEY_QUESTION_IDS].sort());
  });

  test('an answer outside 1–5 is refused at the boundary and ignored if it got through', () => {
    expect(SurveyResponseSchema.safeParse({ takenAt: taken(1), answers: { confidence: 6 } }).success).toBe(false);
    expect(SurveyResponseSchema.safeParse({ takenAt: taken(1), answers: { confidence: 3 } }).success).toBe(true);
    const summary = summariseSurveys([{ takenAt: taken(1), answers: { confidence: 6 as 5 } }], ORIGIN, NOW);
    expect(summary.confidence).toMatchObject({ mean: null, answers: 0 });
  });

  test('the scorecard summarises the answers of its own portal up to the window\'s end', () => {
    const card = cardOf(many(3), { surveys: responses });
    expect(card.survey.confidence).toMatchObject({ mean: 3, answers: 2 });
  });
});
