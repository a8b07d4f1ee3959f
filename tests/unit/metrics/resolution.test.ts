import { describe, expect, test } from 'vitest';
import { analyse, client, HOUR, partner, status, ticket } from './ticket-builder';

const NOW = '2024-03-08T16:00:00Z';

describe('M6 resolution (metrics.md §9.2 M6; DESIGN.md "resolvedAt")', () => {
  test('created → the last entry into solved, calendar and business; age stops there', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-05T11:00:00Z', 'open', 'solved')];
    const result = analyse(ticket(events, 'solved'), NOW);
    expect(result.health.metrics).toMatchObject({ resolutionMs: 26 * HOUR, resolutionBusinessMs: 10 * HOUR, ageMs: 26 * HOUR });
    expect(result.resolvedAt).toBe('2024-03-05T11:00:00Z');
  });

  test('a reopened ticket has no resolution; its first resolution stays known', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-05T11:00:00Z', 'open', 'solved'), status('2024-03-06T11:00:00Z', 'solved', 'open', true)];
    const result = analyse(ticket(events, 'open'), NOW);
    expect(result.health.metrics.resolutionMs).toBeNull();
    expect(result.health.metrics.resolutionBusinessMs).toBeNull();
    expect(result.resolvedAt).toBeNull();
    expect(result.firstResolutionAt).toBe('2024-03-05T11:00:00Z');
  });

  test('solved, reopened, solved, reopened, closed: resolution runs to the last entry (Thu 09:00)', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), status('2024-03-04T12:00:00Z', 'open', 'solved'), status('2024-03-05T09:00:00Z', 'solved', 'open'),
      status('2024-03-05T09:30:00Z', 'open', 'solved'), status('2024-03-06T09:00:00Z', 'solved', 'open'), status('2024-03-07T09:00:00Z', 'open', 'closed'),
    ];
    const result = analyse(ticket(events, 'closed'), NOW);
    expect(result.health.metrics.resolutionMs).toBe(72 * HOUR);
    expect(result.firstResolutionAt).toBe('2024-03-04T12:00:00Z');
  });

  test('solved → closed is not a new entry: resolution stays at the solve', () => {
    const events = [client('2024-03-04T09:00:00Z'), status('2024-03-05T11:00:00Z', 'open', 'solved'), status('2024-03-08T11:00:00Z', 'solved', 'closed')];
    const result = analyse(ticket(events, 'closed'), NOW);
    expect(result.health.metrics.resolutionMs).toBe(26 * HOUR);
    expect(result.health.metrics.reopens).toBe(0);
  });

  test.each([
    ['the portal’s last activity when shown', { updatedAt: '2024-03-04T13:00:00Z' }, 4 * HOUR, '2024-03-04T13:00:00Z'],
    ['else the last message’s time', {}, HOUR, '2024-03-04T10:00:00Z'],
  ])('without status history, a solved ticket resolves at %s', (_name, extra, expected, at) => {
    const result = analyse(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z')], 'solved', extra), NOW);
    expect(result.health.metrics.resolutionMs).toBe(expected);
    expect(result.resolvedAt).toBe(at);
  });

  test('status history that never reached solved, on a ticket solved now: the fallback, not earlier than the last change', () => {
    const events = [client('2024-03-04T09:00:00Z'), status('2024-03-04T09:30:00Z', 'new', 'open'), partner('2024-03-04T10:00:00Z')];
    expect(analyse(ticket(events, 'solved', { updatedAt: '2024-03-04T15:00:00Z' }), NOW).health.metrics.resolutionMs).toBe(6 * HOUR);
  });

  test('partner-accountable resolution = business time minus waiting-on-client pauses, each ending at the client’s reply (§9.1 Π(T))', () => {
    const events = [
      client('2024-03-04T09:00:00Z'),
      partner('2024-03-04T10:00:00Z', 'Can you send the serial number?'),
      status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
      client('2024-03-06T10:00:00Z', 'Serial is CN-4471'),
      status('2024-03-06T14:00:00Z', 'waiting_on_client', 'open'),
      partner('2024-03-07T10:00:00Z', 'Replaced the sensor.'),
      status('2024-03-07T10:00:00Z', 'open', 'solved'),
    ];
    const result = analyse(ticket(events, 'solved'), NOW);
    expect(result.facts.pauses).toEqual([[Date.parse('2024-03-04T10:00:00Z'), Date.parse('2024-03-06T10:00:00Z')]]);
    expect(result.health.metrics.resolutionBusinessMs).toBe(25 * HOUR); // Mon 9–17, Tue, Wed, Thu 9–10
    expect(result.partnerAccountableResolutionBusinessMs).toBe(9 * HOUR); // minus Mon 10:00 → Wed 10:00 (16 h)
  });

  test('a ticket created waiting on the client (the first change leaves that status) is paused from creation', () => {
    const events = [partner('2024-03-04T09:00:00Z', 'Please confirm the new laptop model.'), status('2024-03-05T09:00:00Z', 'waiting_on_client', 'open'), status('2024-03-05T13:00:00Z', 'open', 'solved')];
    const result = analyse(ticket(events, 'solved'), NOW);
    expect(result.health.metrics.resolutionBusinessMs).toBe(12 * HOUR);
    expect(result.partnerAccountableResolutionBusinessMs).toBe(4 * HOUR);
  });

  test('an open ticket has no partner-accountable resolution', () => {
    expect(analyse(ticket([client('2024-03-04T09:00:00Z')]), NOW).partnerAccountableResolutionBusinessMs).toBeNull();
  });
});
