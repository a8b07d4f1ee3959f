import { describe, expect, test } from 'vitest';
import { sideResolver } from '../../../lib/metrics/sides';
import { analyse, HOUR, ticket } from './ticket-builder';
import { UTC_SETTINGS } from './ticket-builder';
import type { TimelineEvent } from '../../../lib/model/timeline';

describe('unmarked sides and Settings.clientIdentities ("names or e-mail domains that are us")', () => {
  const resolve = sideResolver(['Jane Doe', '@contoso.example', 'fabrikam.example']);
  test.each([
    ['a marked side is kept', 'partner', 'Jane Doe', 'partner'],
    ['an unmarked author named as us is the client', 'unknown', 'jane  doe', 'client'],
    ['an unmarked e-mail at our domain is the client', 'unknown', 'bob@contoso.example', 'client'],
    ['a domain without @ works too', 'unknown', 'sue@fabrikam.example', 'client'],
    ['any other unmarked author is the partner', 'unknown', 'Ana Silva', 'partner'],
    ['an unmarked message without author stays unknown', 'unknown', undefined, 'unknown'],
  ] as const)('%s', (_name, side, author, expected) => {
    expect(resolve(side, author)).toBe(expected);
  });

  test('without identities an unmarked side is left out of the metrics', () => {
    expect(sideResolver([])('unknown', 'Ana Silva')).toBe('unknown');
    const events: TimelineEvent[] = [
      { id: 'u1', type: 'message', side: 'unknown', author: 'Jane Doe', at: '2024-03-04T09:00:00Z', text: 'Printer down' },
      { id: 'u2', type: 'message', side: 'unknown', author: 'Ana Silva', at: '2024-03-04T11:00:00Z', text: 'Rebooted it' },
    ];
    expect(analyse(ticket(events), '2024-03-04T12:00:00Z').health.metrics.firstResponseMs).toBeNull();
    const withIdentities = { ...UTC_SETTINGS, clientIdentities: ['Jane Doe'] };
    expect(analyse(ticket(events), '2024-03-04T12:00:00Z', withIdentities).health.metrics.firstResponseMs).toBe(2 * HOUR);
  });
});
