import { describe, expect, test } from 'vitest';
import type { StatusCategory } from '../../../lib/model/status';
import { analyse, client, HOUR, partner, status, ticket } from './ticket-builder';

const NOW = '2024-03-07T12:00:00Z'; // Thursday

describe('M2 waiting (metrics.md §9.2 M2; DESIGN.md "waitingSince")', () => {
  test('waitingSince is the first client message after the partner’s last message — a thank-you too', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Thanks, one more thing'), client('2024-03-06T10:00:00Z', 'Hello?')];
    expect(analyse(ticket(events), NOW).health.metrics.waitingSince).toBe('2024-03-05T10:00:00Z');
  });

  test('before any partner reply, the client has waited since the request', () => {
    expect(analyse(ticket([client('2024-03-04T09:00:00Z')]), NOW).health.metrics.waitingSince).toBe('2024-03-04T09:00:00Z');
  });

  test('an answered client message leaves nobody waiting', () => {
    expect(analyse(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z')]), NOW).health.metrics.waitingSince).toBeNull();
  });

  test.each([
    ['new', '2024-03-05T10:00:00Z'], ['open', '2024-03-05T10:00:00Z'], ['on_hold', '2024-03-05T10:00:00Z'], ['unknown', '2024-03-05T10:00:00Z'],
    ['waiting_on_client', null], ['solved', null], ['closed', null],
  ] as [StatusCategory, string | null][])('on a %s ticket: %s', (category, expected) => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z')];
    expect(analyse(ticket(events, category), NOW).health.metrics.waitingSince).toBe(expected);
  });

  test('every wait is measured from the oldest unanswered message to the reply; longest and median per ticket', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), // 1 h
      client('2024-03-04T11:00:00Z'), client('2024-03-04T12:00:00Z', 'Hello?'), partner('2024-03-04T15:00:00Z'), // 4 h from 11:00
      client('2024-03-05T09:00:00Z'), partner('2024-03-05T17:00:00Z'), // 8 h
    ];
    const result = analyse(ticket(events), NOW);
    expect(result.waits.map((wait) => wait.businessMs / HOUR)).toEqual([1, 4, 8]);
    expect(result.facts.longestWaitBusinessMs).toBe(8 * HOUR);
    expect(result.facts.medianWaitBusinessMs).toBe(4 * HOUR);
  });

  test('the running wait on an open ticket counts to now (Wed 10:00 → Thu 12:00 = 10 business hours)', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-06T10:00:00Z')];
    const result = analyse(ticket(events), NOW);
    expect(result.waits.map((wait) => [wait.businessMs / HOUR, wait.running])).toEqual([[1, false], [10, true]]);
    expect(result.facts.waitingBusinessMs).toBe(10 * HOUR);
    expect(result.facts.medianWaitBusinessMs).toBe(5.5 * HOUR);
  });

  test('an automated acknowledgement does not end a wait', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:02:00Z', 'Ticket #77 has been created.', 'Helpdesk'), partner('2024-03-04T13:00:00Z')];
    expect(analyse(ticket(events), NOW).waits.map((wait) => wait.businessMs / HOUR)).toEqual([4]);
  });

  test('a status change is not an answer', () => {
    const events = [client('2024-03-04T09:00:00Z'), status('2024-03-04T09:30:00Z', 'new', 'open'), partner('2024-03-04T11:00:00Z')];
    expect(analyse(ticket(events), NOW).waits.map((wait) => wait.businessMs / HOUR)).toEqual([2]);
  });
});
