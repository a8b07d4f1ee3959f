/**
 * The 12-item checklist (framework.md "The checklist", each item met / not met / not measurable with the
 * evidence behind it), on the figures of metrics.md §9.2–§9.3. An item is met when every figure it rests on
 * that can be measured is green, not met when one is amber or red, not measurable when none can be measured.
 */
import { describe, expect, test } from 'vitest';
import type { ChecklistStatus, ClientWait, ScoredTicket, SurveyResponse } from '../../../lib/scorecard';
import { cardOf, DAY, HOUR, keysOf, NOW, openTicket, scored, sorted } from './builder';

const waitOf = (hours: number): ClientWait => ({ startMs: NOW - 40 * DAY, endMs: NOW - 40 * DAY + hours * HOUR, calendarMs: hours * HOUR, businessMs: hours * HOUR });

/**
 * 20 healthy solved tickets, one a day from 30 days ago, all with Priya (so each but the first has a
 * familiar face), within targets, one-touch, each with one 1-hour wait for a reply.
 */
function healthy(patch: (index: number) => Partial<ScoredTicket> = () => ({})): ScoredTicket[] {
  return Array.from({ length: 20 }, (_, i) => scored({ createdAtMs: NOW - (30 - i) * DAY, resolvedAtMs: NOW - (30 - i) * DAY + 8 * HOUR, waits: [waitOf(1)], ...patch(i) }));
}

const survey = (answers: SurveyResponse['answers']): SurveyResponse[] => [{ takenAt: new Date(NOW - 5 * DAY).toISOString(), answers }];

interface Case {
  name: string;
  item: number;
  tickets: () => ScoredTicket[];
  surveys?: SurveyResponse[];
  status: ChecklistStatus;
}

const CASES: Case[] = [
  { name: 'reopen and recurrence rates green', item: 1, tickets: () => healthy(), status: 'met' },
  { name: '2 of 20 reopened (10 %: amber, M7)', item: 1, tickets: () => healthy((i) => ({ reopens: i < 2 ? 1 : 0 })), status: 'not_met' },
  { name: '7 tickets: every figure hidden', item: 1, tickets: () => healthy().slice(0, 7), status: 'not_measurable' },
  { name: 'resolution attainment green, p90 = median', item: 2, tickets: () => healthy(), status: 'met' },
  { name: 'p90 (10 bh) over 3× the median (2 bh), all within target', item: 2, tickets: () => healthy((i) => ({ resolutionBusinessMs: (i < 16 ? 2 : 10) * HOUR })), status: 'not_met' },
  { name: 'no ticket came back, no recurring problem', item: 3, tickets: () => healthy(), status: 'met' },
  {
    name: 'three similar tickets within 90 days (a recurring problem)',
    item: 3,
    tickets: () => healthy((i) => (i % 9 === 0 ? { subject: 'Scanner driver install fails' } : {})),
    status: 'not_met',
  },
  { name: 'one-touch and ≤ 2 partner messages per solved ticket', item: 4, tickets: () => healthy(), status: 'met' },
  { name: 'median solved ticket took 3 partner messages (multi-touch)', item: 4, tickets: () => healthy((i) => (i < 11 ? { partnerMessages: 3, oneTouch: false } : {})), status: 'not_met' },
  { name: 'familiar technician on 19 of 20, no previous window', item: 5, tickets: () => healthy(), status: 'met' },
  {
    name: 'a different technician every time (familiar face 0 %)',
    item: 5,
    tickets: () => healthy((i) => ({ primaryTechnician: `Tech ${i}`, partnerAuthors: [{ name: `Tech ${i}`, messages: 1 }] })),
    status: 'not_met',
  },
  { name: 'no ticket passed on', item: 6, tickets: () => healthy(), status: 'met' },
  { name: '6 of 20 passed on (30 %)', item: 6, tickets: () => healthy((i) => ({ handoffs: i < 6 ? 1 : 0 })), status: 'not_met' },
  { name: 'no follow-ups, no silences', item: 7, tickets: () => healthy(), status: 'met' },
  { name: '3 of 20 chased (15 %: amber, M4)', item: 7, tickets: () => healthy((i) => ({ followUps: i < 3 ? 1 : 0 })), status: 'not_met' },
  { name: 'median wait 1 business hour, no silent open ticket', item: 8, tickets: () => healthy(), status: 'met' },
  { name: 'an open ticket silent over 5 business days now', item: 8, tickets: () => [...healthy(), openTicket(NOW - 12 * DAY, { redSilence: true })], status: 'not_met' },
  { name: 'no waits and no silent ticket: nothing to judge', item: 8, tickets: () => healthy(() => ({ waits: [] })), status: 'not_measurable' },
  { name: 'no survey answers', item: 9, tickets: () => healthy(), status: 'not_measurable' },
  { name: 'survey: 5 of 5', item: 9, tickets: () => healthy(), surveys: survey({ 'project-scope': 5 }), status: 'met' },
  { name: 'survey: 3 of 5', item: 9, tickets: () => healthy(), surveys: survey({ 'project-scope': 3 }), status: 'not_met' },
  { name: 'resolution attainment red but no survey: costs are not in timelines', item: 10, tickets: () => healthy((i) => ({ resolutionBusinessMs: (i < 5 ? 30 : 8) * HOUR })), status: 'not_measurable' },
  { name: 'survey 5 and attainment green', item: 10, tickets: () => healthy(), surveys: survey({ 'costs-timelines': 5 }), status: 'met' },
  { name: 'survey 5 but 5 of 20 resolutions late (75 %: red)', item: 10, tickets: () => healthy((i) => ({ resolutionBusinessMs: (i < 5 ? 30 : 8) * HOUR })), surveys: survey({ 'costs-timelines': 5 }), status: 'not_met' },
  { name: 'no survey answers', item: 11, tickets: () => healthy(), status: 'not_measurable' },
  { name: 'survey 4 and no silences', item: 11, tickets: () => healthy(), surveys: survey({ 'next-steps': 4 }), status: 'met' },
  { name: '6 of 20 urgent (30 % > 25 %), even without the survey', item: 12, tickets: () => healthy((i) => ({ priority: i < 6 ? 'urgent' : 'normal', firstResponseBusinessMs: 10 * 60_000, resolutionBusinessMs: 2 * HOUR })), status: 'not_met' },
  { name: '2 of 20 urgent, no survey', item: 12, tickets: () => healthy((i) => ({ priority: i < 2 ? 'urgent' : 'normal', firstResponseBusinessMs: 10 * 60_000, resolutionBusinessMs: 2 * HOUR })), status: 'not_measurable' },
  { name: '2 of 20 urgent, survey 4', item: 12, tickets: () => healthy((i) => ({ priority: i < 2 ? 'urgent' : 'normal', firstResponseBusinessMs: 10 * 60_000, resolutionBusinessMs: 2 * HOUR })), surveys: survey({ direction: 4 }), status: 'met' },
];

describe('the 12-item checklist (framework.md)', () => {
  test.each(CASES)('framework.md checklist item $item — $name → $status', ({ item, tickets, surveys, status }) => {
    const card = cardOf(tickets(), surveys ? { surveys } : {});
    const found = card.checklist.find((entry) => entry.id === item)!;
    expect(found.status, found.detail).toBe(status);
  });

  test('framework.md: every item is there once, in order, with its text, the figures it rests on and the rule', () => {
    const { checklist } = cardOf(healthy());
    expect(checklist.map((item) => item.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(checklist[0]).toMatchObject({ text: 'Problems stay fixed, rather than being fixed fast.', metric: 'reopen rate (M7), recurrence rate (M8)' });
    expect(checklist[5]!.text).toBe('The client does not have to repeat context at every contact.');
    for (const item of checklist) expect(item.rule.length).toBeGreaterThan(0);
  });

  test('framework.md "with the evidence behind it": a not-met item lists the tickets that fail it, and says what was found', () => {
    const tickets = healthy((i) => ({ reopens: i < 2 ? 1 : 0 }));
    const item = cardOf(tickets).checklist[0]!;
    expect(sorted(item.evidence)).toEqual(sorted(keysOf(tickets.slice(0, 2))));
    expect(item.detail).toContain('reopen rate 10 % (amber)');
  });

  test('framework.md item 3: the recurring problem is the evidence', () => {
    const tickets = healthy((i) => (i % 9 === 0 ? { subject: 'Scanner driver install fails' } : {}));
    const item = cardOf(tickets).checklist[2]!;
    expect(sorted(item.evidence)).toEqual(sorted(keysOf([tickets[0]!, tickets[9]!, tickets[18]!])));
  });
});
