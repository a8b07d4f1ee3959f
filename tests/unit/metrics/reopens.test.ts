import { describe, expect, test } from 'vitest';
import type { StatusCategory } from '../../../lib/model/status';
import { analyse, client, partner, status, ticket } from './ticket-builder';

const NOW = '2024-03-15T16:00:00Z';

describe('M7 reopens (metrics.md §9.2 M7; DESIGN.md "reopens": shown or observed, solved/closed → any other category)', () => {
  test.each([
    ['solved → open', 'solved', 'open', 1],
    ['closed → open', 'closed', 'open', 1],
    ['solved → waiting on client', 'solved', 'waiting_on_client', 1],
    ['solved → new', 'solved', 'new', 1],
    ['solved → closed is not a reopen', 'solved', 'closed', 0],
    ['closed → solved is not a reopen', 'closed', 'solved', 0],
    ['open → on hold is not a reopen', 'open', 'on_hold', 0],
  ] as [string, StatusCategory, StatusCategory, number][])('%s', (_name, from, to, expected) => {
    const events = [client('2024-03-04T09:00:00Z'), status('2024-03-04T10:00:00Z', 'open', from), status('2024-03-05T10:00:00Z', from, to)];
    expect(analyse(ticket(events, to), NOW).health.metrics.reopens).toBe(expected);
  });

  test('observed changes (seen between two visits) count like shown ones; a change without "from" leaves the previous category', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), status('2024-03-04T10:00:00Z', 'open', 'solved'), status('2024-03-05T10:00:00Z', undefined, 'open', true),
      status('2024-03-06T10:00:00Z', undefined, 'solved'), status('2024-03-07T10:00:00Z', 'solved', 'open', true),
    ];
    const result = analyse(ticket(events, 'open'), NOW);
    expect(result.health.metrics.reopens).toBe(2);
    expect(result.facts.resolution.reopens.map((reopen) => reopen.observed)).toEqual([true, true]);
  });
});

describe('M7 disputed resolution (metrics.md §9.2 M7: a client message within 7 days after a solve that is not gratitude-only)', () => {
  const solved = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Replaced the toner.'), status('2024-03-04T11:00:00Z', 'open', 'solved')];

  test.each([
    ['a complaint the next day', 'It still prints blank pages', '2024-03-05T09:00:00Z', true],
    ['a thank-you', 'Thanks, works now!', '2024-03-05T09:00:00Z', false],
    ['a complaint 6 days and 23 hours later', 'Blank pages again', '2024-03-11T10:00:00Z', true],
    ['a complaint 8 days later is no longer a dispute of that fix', 'Blank pages again', '2024-03-12T12:00:00Z', false],
  ])('%s: "%s"', (_name, text, at, expected) => {
    const result = analyse(ticket([...solved, client(at, text)], 'solved'), NOW);
    expect(result.disputed).toBe(expected);
    expect(result.health.metrics.followUps).toBe(0);
  });

  test('one dispute per solve, the first complaint', () => {
    const result = analyse(ticket([...solved, client('2024-03-05T09:00:00Z', 'Still blank'), client('2024-03-06T09:00:00Z', 'Hello??')], 'solved'), NOW);
    expect(result.facts.disputes.map((dispute) => dispute.iso)).toEqual(['2024-03-05T09:00:00Z']);
  });

  test('a dispute that led to a reopen is marked so (the reopen tells it)', () => {
    const events = [...solved, client('2024-03-05T09:00:00Z', 'Still blank'), status('2024-03-05T09:20:00Z', 'solved', 'open')];
    const result = analyse(ticket(events, 'open'), NOW);
    expect(result.facts.disputes.map((dispute) => dispute.reopened)).toEqual([true]);
    expect(result.health.metrics.reopens).toBe(1);
  });

  test('without status history, a complaint after the partner’s last message on a solved ticket is a dispute', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Fixed, closing.'), client('2024-03-05T09:00:00Z', 'It still does not print')];
    const result = analyse(ticket(events, 'solved', { updatedAt: '2024-03-05T09:00:00Z' }), NOW);
    expect(result.facts.disputes.map((dispute) => dispute.iso)).toEqual(['2024-03-05T09:00:00Z']);
    expect(result.health.metrics.followUps).toBe(0);
  });
});

describe('a reopen the history did not record (metrics.md §8: only what the portal shows is known)', () => {
  test('open now, history ends solved: the client’s first message after the fix disputes it, the next ones are ordinary turns', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Replaced the toner.'), status('2024-03-04T11:00:00Z', 'open', 'solved'),
      client('2024-03-05T09:00:00Z', 'Still printing blank pages'), client('2024-03-07T09:00:00Z', 'Any update?'),
    ];
    const result = analyse(ticket(events, 'open'), NOW);
    expect(result.turns.map((turn) => turn.role)).toEqual(['first', 'after-resolution', 'follow-up']);
    expect(result.health.metrics.reopens).toBe(0);
    expect(result.health.signs.map((sign) => sign.code)).toContain('disputed');
  });
});
