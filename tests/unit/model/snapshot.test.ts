import { describe, expect, test } from 'vitest';
import { TicketSnapshotSchema } from '../../../lib/model';

const valid = {
  portal: 'zendesk',
  origin: 'https://help.partner.example',
  ticketId: '48213',
  url: 'https://help.partner.example/hc/en-us/requests/48213',
  subject: 'VPN drops every 10 minutes',
  status: { raw: 'pending', category: 'waiting_on_client' },
  events: [
    { id: 'c1', type: 'message', side: 'client', author: 'Jane', at: '2024-03-14T08:02:11Z', text: '=SUM(A1)' },
  ],
  capturedAt: '2024-03-16T10:00:00Z',
};

describe('TicketSnapshot (DESIGN.md data contract)', () => {
  test('accepts a well-formed snapshot and keeps text verbatim', () => {
    const parsed = TicketSnapshotSchema.parse(valid);
    expect(parsed.events[0]?.text).toBe('=SUM(A1)');
  });

  test.each([
    ['a time with an offset instead of Z', { capturedAt: '2024-03-16T10:00:00+01:00' }],
    ['an unknown status category', { status: { raw: 'x', category: 'pending' } }],
    ['a ticket id with its # label', { ticketId: '#48213' }],
    ['an origin with a path', { origin: 'https://help.partner.example/hc' }],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
  ])('rejects %s', (_name, patch) => {
    expect(TicketSnapshotSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  test('rejects a status change whose from/to are not categories', () => {
    const bad = { ...valid, events: [{ id: 's', type: 'status_change', side: 'system', at: '2024-03-14T08:02:11Z', from: 'Open', to: 'Done' }] };
    expect(TicketSnapshotSchema.safeParse(bad).success).toBe(false);
  });
});
