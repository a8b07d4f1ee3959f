/**
 * Trends by month (issue 5 "Trends": median and p90 resolution, first response, follow-up, reopen and
 * recurrence rates, continuity). Months are calendar months in the settings' time zone; a ticket counts in
 * the month it was created, resolved work (resolution, continuity) in the month it was resolved; a month
 * with fewer than 10 tickets shows no value (metrics.md §9.1).
 */
import { describe, expect, test } from 'vitest';
import { computeTrends, monthStarts, type CameBack, type TrendSeriesId, type Trends } from '../../../lib/scorecard';
import { cardOf, HOUR, many, scored } from './builder';

const PARIS = 'Europe/Paris';
const at = (iso: string) => Date.parse(iso);
// Month starts at midnight in Paris (summer time, UTC+2).
const APRIL = at('2024-03-31T22:00:00Z');
const MAY = at('2024-04-30T22:00:00Z');
const JUNE = at('2024-05-31T22:00:00Z');

/**
 * A: 10 tickets created 10 April and resolved the next day in (i + 1) business hours, by Priya; two chased,
 *    one reopened, one came back.
 * B: 10 tickets created 20 April and resolved 15 May in 100 business hours, five by Priya, five by Marc.
 * C: one open ticket created 30 April 22:30 UTC — 1 May 00:30 in Paris.
 */
function history() {
  const groupA = many(10, (i) =>
    scored({ createdAtMs: at('2024-04-10T08:00:00Z') + i * HOUR, resolvedAtMs: at('2024-04-11T08:00:00Z'), resolutionBusinessMs: (i + 1) * HOUR, resolutionMs: (i + 1) * 2 * HOUR, followUps: i < 2 ? 1 : 0, reopens: i === 0 ? 1 : 0 }),
  );
  const groupB = many(10, (i) =>
    scored({ createdAtMs: at('2024-04-20T08:00:00Z'), resolvedAtMs: at('2024-05-15T08:00:00Z'), resolutionBusinessMs: 100 * HOUR, resolutionMs: 600 * HOUR, primaryTechnician: i < 5 ? 'Priya' : 'Marc' }),
  );
  const groupC = scored({ statusCategory: 'open', createdAtMs: at('2024-04-30T22:30:00Z'), resolvedAtMs: null, resolutionMs: null, resolutionBusinessMs: null });
  const cameBack = new Map<string, CameBack>([[groupA[5]!.key, { key: groupA[5]!.key, fromKey: 'elsewhere', similarity: 1, subjectSimilarity: 1, textSimilarity: 1, reason: 'similar', gapMs: 0, level: 'alert' }]]);
  return { tickets: [...groupA, ...groupB, groupC], cameBack };
}

function series(trends: Trends, id: TrendSeriesId) {
  return trends.series.find((item) => item.id === id)!.points;
}

describe('trends by month (issue 5 "Trends"; metrics.md §9.1 window rules)', () => {
  const { tickets, cameBack } = history();
  const trends = computeTrends(tickets, { zone: PARIS, fromMs: at('2024-04-15T12:00:00Z'), toMs: at('2024-06-20T12:00:00Z'), cameBack });

  test('months are the first instants of April, May and June in the zone (local midnight on the 1st)', () => {
    expect(trends.months).toEqual([APRIL, MAY, JUNE]);
    expect(monthStarts(at('2024-04-15T12:00:00Z'), at('2024-06-20T12:00:00Z'), PARIS)).toEqual([APRIL, MAY, JUNE]);
  });

  test.each([
    // series, April, May, June — worked out by hand from the history above
    ['follow-up-rate', { y: 2 / 20, n: 20, hidden: false }, { y: null, n: 1, hidden: true }, { y: null, n: 0, hidden: false }],
    ['reopen-rate', { y: 1 / 20, n: 20, hidden: false }, { y: null, n: 0, hidden: false }, { y: null, n: 0, hidden: false }],
    ['recurrence-rate', { y: 1 / 20, n: 20, hidden: false }, { y: null, n: 1, hidden: true }, { y: null, n: 0, hidden: false }],
    ['resolution-median-business', { y: 5 * HOUR, n: 10, hidden: false }, { y: 100 * HOUR, n: 10, hidden: false }, { y: null, n: 0, hidden: false }],
    ['resolution-p90-business', { y: 9 * HOUR, n: 10, hidden: false }, { y: 100 * HOUR, n: 10, hidden: false }, { y: null, n: 0, hidden: false }],
    ['resolution-median-calendar', { y: 10 * HOUR, n: 10, hidden: false }, { y: 600 * HOUR, n: 10, hidden: false }, { y: null, n: 0, hidden: false }],
    ['continuity-coc', { y: 1, n: 10, hidden: false }, { y: (25 + 25 - 10) / (10 * 9), n: 10, hidden: false }, { y: null, n: 0, hidden: false }],
  ] as const)('issue 5 trend %s: April %j, May %j, June %j', (id, april, may, june) => {
    const points = series(trends, id);
    expect(points.map((point) => point.x)).toEqual([APRIL, MAY, JUNE]);
    [april, may, june].forEach((expected, index) => {
      const point = points[index]!;
      expect({ n: point.n, hidden: point.hidden }).toEqual({ n: expected.n, hidden: expected.hidden });
      if (expected.y === null) expect(point.y).toBeNull();
      else expect(point.y).toBeCloseTo(expected.y, 10);
    });
  });

  test('resolution goes by the month it was resolved (B: created in April, counted in May), not by creation', () => {
    expect(series(trends, 'resolution-median-business')[0]!.n).toBe(10);
    expect(trends.series.find((item) => item.id === 'resolution-median-business')!.basis).toBe('resolved');
    expect(trends.series.find((item) => item.id === 'follow-up-rate')!.basis).toBe('created');
  });

  test('the scorecard carries 12 months of trends ending with the current month, in the settings zone', () => {
    const card = cardOf(many(3));
    expect(card.trends.months).toHaveLength(12);
    expect(card.trends.months.at(-1)).toBe(at('2024-06-01T00:00:00Z'));
    expect(card.trends.months[0]).toBe(at('2023-07-01T00:00:00Z'));
    expect(card.trends.zone).toBe('UTC');
  });
});
