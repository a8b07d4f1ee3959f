import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../../lib/model/timeline';
import { analyse, assign, client, partner, ticket } from './ticket-builder';

const NOW = '2024-03-08T16:00:00Z';

describe('M5 handoffs, ping-pong and responders (metrics.md §9.2 M5; DESIGN.md "Owner sequence")', () => {
  test.each([
    ['partner authors A, B, A: 2 handoffs, ping-pong, 2 responders', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-05T10:00:00Z', 'x', 'Marc'), partner('2024-03-06T10:00:00Z', 'x', 'Ana'),
    ], ['Ana', 'Marc', 'Ana'], 2, true, 2],
    ['the same technician throughout: 0', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-05T10:00:00Z', 'x', 'Ana')], ['Ana', 'Ana'], 0, false, 1],
    ['A, B, A, B: 3 handoffs', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-04T11:00:00Z', 'x', 'Marc'), partner('2024-03-04T12:00:00Z', 'x', 'Ana'),
      partner('2024-03-04T13:00:00Z', 'x', 'Marc'),
    ], ['Ana', 'Marc', 'Ana', 'Marc'], 3, true, 2],
    ['assignment events win over authors: Nobody → Ana → Marc = 1 handoff', [
      client('2024-03-04T09:00:00Z'), assign('2024-03-04T09:30:00Z', 'Nobody', 'Ana'), assign('2024-03-05T09:30:00Z', 'Ana', 'Marc'),
      partner('2024-03-05T10:00:00Z', 'x', 'Marc'), partner('2024-03-05T11:00:00Z', 'x', 'Lee'),
    ], ['Ana', 'Marc'], 1, false, 2],
    ['the first assignment’s from is an owner when it names someone', [
      client('2024-03-04T09:00:00Z'), assign('2024-03-04T09:30:00Z', 'Lee', 'Ana'), assign('2024-03-05T09:30:00Z', 'Ana', 'Marc'),
    ], ['Lee', 'Ana', 'Marc'], 2, false, 0],
    ['an empty first from and "Personne" are nobody', [
      client('2024-03-04T09:00:00Z'), assign('2024-03-04T09:30:00Z', '', 'Ana'), assign('2024-03-05T09:30:00Z', 'Ana', 'Personne'), assign('2024-03-05T10:30:00Z', 'Personne', 'Ana'),
    ], ['Ana', 'Ana'], 0, false, 0],
    ['an unassignment between two stints of the same owner is no handoff', [
      client('2024-03-04T09:00:00Z'), assign('2024-03-04T09:30:00Z', undefined, 'Ana'), assign('2024-03-05T09:30:00Z', 'Ana', undefined), assign('2024-03-05T10:30:00Z', undefined, 'Ana'),
    ], ['Ana', 'Ana'], 0, false, 0],
    ['names compare without case, accents or extra spaces', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Hélène Roy'), partner('2024-03-05T10:00:00Z', 'x', 'helene  roy'),
    ], ['Hélène Roy', 'helene roy'], 0, false, 1],
    ['messages without an author are no owner and no responder', [
      client('2024-03-04T09:00:00Z'), { ...partner('2024-03-04T10:00:00Z'), author: undefined } as TimelineEvent, partner('2024-03-05T10:00:00Z', 'x', 'Ana'),
    ], ['Ana'], 0, false, 1],
    ['automated messages are no owner and no responder', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:01:00Z', 'We have received your request.', 'Service Desk'), partner('2024-03-05T10:00:00Z', 'x', 'Ana'),
    ], ['Ana'], 0, false, 1],
  ])('%s', (_name, events, sequence, handoffs, pingPong, responders) => {
    const result = analyse(ticket(events), NOW);
    expect(result.ownerSequence).toEqual(sequence);
    expect(result.health.metrics.handoffs).toBe(handoffs);
    expect(result.pingPong).toBe(pingPong);
    expect(result.health.metrics.responders).toBe(responders);
  });

  test('stations and the path collapse repeats (Ana, Ana, Marc, Ana → Ana → Marc → Ana)', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-04T11:00:00Z', 'x', 'Ana'), partner('2024-03-04T12:00:00Z', 'x', 'Marc'),
      partner('2024-03-04T13:00:00Z', 'x', 'Ana'),
    ];
    const owners = analyse(ticket(events), NOW).facts.owners;
    expect([owners.stations, owners.path, owners.distinctOwners]).toEqual([3, ['Ana', 'Marc', 'Ana'], 2]);
  });
});
