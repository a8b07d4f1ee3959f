import { describe, expect, test } from 'vitest';
import type { StatusCategory } from '../../../lib/model/status';
import { analyse, client, DAY, HOUR, partner, status, ticket } from './ticket-builder';

const NOW = '2024-03-08T12:00:00Z';

describe('M9 age and HDI backlog bands (metrics.md §9.2 M9: < 10 d, 10–30 d, > 30 d for open tickets)', () => {
  test.each([
    ['9 days', '2024-02-28T12:00:00Z', 'recent'],
    ['exactly 10 days', '2024-02-27T12:00:00Z', 'aging'],
    ['12 days', '2024-02-25T12:00:00Z', 'aging'],
    ['exactly 30 days', '2024-02-07T12:00:00Z', 'aging'],
    ['30 days and 1 hour', '2024-02-07T11:00:00Z', 'old'],
    ['40 days', '2024-01-28T12:00:00Z', 'old'],
  ])('open for %s → %s', (_name, created, band) => {
    expect(analyse(ticket([client(created), partner('2024-03-08T11:00:00Z')]), NOW).ageBand).toBe(band);
  });

  test.each([['waiting_on_client', 'old'], ['on_hold', 'old'], ['new', 'old']] as [StatusCategory, string][])('a %s ticket is in the backlog too', (category, band) => {
    expect(analyse(ticket([client('2024-01-28T12:00:00Z')], category), NOW).ageBand).toBe(band);
  });

  test('age = created → now on an open ticket', () => {
    expect(analyse(ticket([client('2024-03-01T12:00:00Z')]), NOW).health.metrics.ageMs).toBe(7 * DAY);
  });

  test('age = created → resolution on a solved ticket, and no band', () => {
    const result = analyse(ticket([client('2024-01-28T12:00:00Z'), status('2024-01-29T15:00:00Z', 'open', 'solved')], 'solved'), NOW);
    expect(result.health.metrics.ageMs).toBe(27 * HOUR);
    expect(result.ageBand).toBeNull();
  });
});
