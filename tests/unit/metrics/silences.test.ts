import { describe, expect, test } from 'vitest';
import { analyse, client, HOUR, partner, status, ticket } from './ticket-builder';

const NOW = '2024-03-08T10:00:00Z'; // Friday

describe('M3 partner silence (metrics.md §9.2 M3)', () => {
  test('gaps between substantive partner updates, creation → first included; none running on a solved ticket', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), partner('2024-03-06T10:00:00Z'), partner('2024-03-06T15:00:00Z'), status('2024-03-06T15:00:00Z', 'open', 'solved'),
    ];
    const result = analyse(ticket(events, 'solved'), NOW);
    expect(result.silences.map((silence) => silence.businessMs / HOUR)).toEqual([1, 16, 5]);
    expect(result.health.metrics.longestSilenceBusinessMs).toBe(16 * HOUR);
    expect(result.facts.currentSilenceBusinessMs).toBeNull();
  });

  test('the current silence on an open ticket runs to now, and counts as the longest (Mon 10:00 → Fri 10:00 = 32 h)', () => {
    const result = analyse(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z')]), NOW);
    expect(result.facts.currentSilenceBusinessMs).toBe(32 * HOUR);
    expect(result.health.metrics.longestSilenceBusinessMs).toBe(32 * HOUR);
  });

  test('no current silence while the ticket waits on the client', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Please reboot and tell me.'), status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client')];
    const result = analyse(ticket(events, 'waiting_on_client'), NOW);
    expect(result.facts.currentSilenceBusinessMs).toBeNull();
    expect(result.health.metrics.longestSilenceBusinessMs).toBe(HOUR);
  });

  test('a client reply ends the pause even if the status stays (metrics.md §9.1 Π(T)): silence counts again from there', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Please reboot and tell me.'), status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
      client('2024-03-05T10:00:00Z', 'Rebooted, same error.'),
    ];
    // Mon 10:00 → Fri 10:00 = 32 h, minus the pause Mon 10:00 → Tue 10:00 = 8 h.
    expect(analyse(ticket(events, 'waiting_on_client'), NOW).facts.currentSilenceBusinessMs).toBe(24 * HOUR);
  });

  test('waiting on the client without a recorded status change: paused until the client writes', () => {
    const waiting = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Please reboot and tell me.')];
    expect(analyse(ticket(waiting, 'waiting_on_client'), NOW).facts.currentSilenceBusinessMs).toBeNull();
    const answered = [...waiting, client('2024-03-05T10:00:00Z', 'Done, same error.')];
    expect(analyse(ticket(answered, 'waiting_on_client'), NOW).facts.currentSilenceBusinessMs).toBe(32 * HOUR);
  });

  test('paused time is taken out of the gaps: Mon 10:00 → Thu 10:00 minus the pause Mon 10:00 → Wed 10:00', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Serial number please.'), status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
      client('2024-03-06T10:00:00Z', 'CN-4471'), status('2024-03-06T10:05:00Z', 'waiting_on_client', 'open'), partner('2024-03-07T10:00:00Z', 'Sensor replaced.'),
      status('2024-03-07T10:00:00Z', 'open', 'solved'),
    ];
    expect(analyse(ticket(events, 'solved'), NOW).health.metrics.longestSilenceBusinessMs).toBe(8 * HOUR);
  });

  test('a ticket nobody answered: silent since creation', () => {
    expect(analyse(ticket([client('2024-03-06T09:00:00Z')]), NOW).facts.currentSilenceBusinessMs).toBe(17 * HOUR);
  });
});
