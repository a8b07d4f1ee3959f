/**
 * One stored ticket as the scorecard reads it (toScoredTicket): what the portfolio needs beyond the
 * ticket's health, derived with the same rules as the health (DESIGN.md "Metric rules"; metrics.md §9.1
 * data model, §9.2 M2/M10, §9.3 P4 and Empathy). Reference week: Monday 4 – Friday 8 March 2024, UTC,
 * business hours Mon–Fri 09:00–17:00.
 */
import { describe, expect, test } from 'vitest';
import { calendarFromSettings, computeHealth } from '../../../lib/metrics';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import type { StatusCategory } from '../../../lib/model/status';
import type { StoredEvent, StoredTicket } from '../../../lib/model/stored';
import { toScoredTicket } from '../../../lib/scorecard';
import { toTicketHistory } from '../../../lib/store';

const HOUR = 3_600_000;
const ORIGIN = 'https://support.northwind.example';
const KEY = `${ORIGIN}|4711`;
const NOW = new Date('2024-03-08T17:00:00Z');
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

let sequence = 0;
function message(side: StoredEvent['side'], author: string, at: string, text = 'Some words about the problem.'): StoredEvent {
  return { ticketKey: KEY, id: `e${(sequence += 1)}`, type: 'message', side, author, at, text };
}
const client = (at: string, text?: string, author = 'Jane Doe') => message('client', author, at, text);
const partner = (author: string, at: string, text?: string) => message('partner', author, at, text);
function status(at: string, from: StatusCategory, to: StatusCategory): StoredEvent {
  return { ticketKey: KEY, id: `s${(sequence += 1)}`, type: 'status_change', side: 'system', at, from, to };
}

function stored(events: StoredEvent[], category: StatusCategory = 'solved', patch: Partial<StoredTicket> = {}): StoredTicket {
  return {
    key: KEY,
    portal: 'zendesk',
    origin: ORIGIN,
    ticketId: '4711',
    url: `${ORIGIN}/hc/en-us/requests/4711`,
    subject: 'Laptop dock no longer charges',
    status: { raw: category, category },
    createdAt: events[0]?.at ?? '2024-03-04T09:00:00Z',
    firstSeenAt: '2024-03-04T09:00:00Z',
    lastSeenAt: '2024-03-08T09:00:00Z',
    observations: [],
    eventCount: events.length,
    ...patch,
  };
}

/** Scored with the health's settings (and so its calendar), or with no options at all. */
function score(ticket: StoredTicket, events: StoredEvent[], settings: Settings = SETTINGS, withSettings = true) {
  const health = computeHealth(toTicketHistory(ticket, events), settings, NOW);
  return toScoredTicket(ticket, events, health, withSettings ? { settings, calendar: calendarFromSettings(settings) } : {});
}

describe('who replied (metrics.md §9.1 P = substantive partner replies; §9.3 P4 primary technician)', () => {
  test('metrics.md §9.3 P4: the primary technician has most public replies (Priya 3, Marc 2)', () => {
    const events = [
      client('2024-03-04T09:00:00Z'),
      partner('Priya', '2024-03-04T10:00:00Z'),
      client('2024-03-04T11:00:00Z'),
      partner('Marc', '2024-03-04T12:00:00Z'),
      partner('Marc', '2024-03-04T13:00:00Z'),
      partner('Priya', '2024-03-04T14:00:00Z'),
      partner('Priya', '2024-03-04T15:00:00Z'),
    ];
    const ticket = score(stored(events), events);
    expect(ticket).toMatchObject({ partnerMessages: 5, primaryTechnician: 'Priya', partnerAuthors: [{ name: 'Priya', messages: 3 }, { name: 'Marc', messages: 2 }] });
  });

  test('metrics.md §9.3 P4 "tie → last": two replies each, Marc replied last', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), partner('Marc', '2024-03-04T11:00:00Z'), partner('Priya', '2024-03-04T12:00:00Z'), partner('Marc', '2024-03-04T13:00:00Z')];
    expect(score(stored(events), events).primaryTechnician).toBe('Marc');
  });

  test.each([
    ['an acknowledgement template within 5 minutes of the request', [partner('Northwind Service Desk', '2024-03-04T09:02:00Z', 'We have received your request and will get back to you.'), partner('Priya', '2024-03-04T11:00:00Z')]],
    ['a no-reply author', [partner('noreply@northwind.example', '2024-03-04T09:30:00Z', 'Your ticket was updated.'), partner('Priya', '2024-03-04T11:00:00Z')]],
    ['a system author after the first reply', [partner('Priya', '2024-03-04T11:00:00Z'), partner('System', '2024-03-05T09:30:00Z', 'Status changed.')]],
    [
      'an acknowledgement of a later client message, within 5 minutes of it',
      [partner('Priya', '2024-03-04T11:00:00Z'), client('2024-03-05T09:00:00Z', 'Any update?'), partner('Northwind Service Desk', '2024-03-05T09:01:00Z', 'We have received your message. This is an automated reply.')],
    ],
  ])('DESIGN.md "Partner messages exclude automated ones": %s is not a reply and no technician', (_name, rest) => {
    const events = [client('2024-03-04T09:00:00Z'), ...rest];
    const ticket = score(stored(events), events);
    expect(ticket).toMatchObject({ partnerMessages: 1, primaryTechnician: 'Priya', partnerAuthors: [{ name: 'Priya', messages: 1 }] });
  });

  test('Settings.clientIdentities: on a portal that does not mark sides, "us" are the client and everyone else the partner (as the health reads it)', () => {
    const unmarked = (author: string, at: string, text?: string) => message('unknown', author, at, text);
    const events = [unmarked('Jane Doe', '2024-03-04T09:00:00Z'), unmarked('Ana Silva', '2024-03-04T11:00:00Z'), unmarked('Jane Doe', '2024-03-04T14:00:00Z'), unmarked('Ana Silva', '2024-03-05T10:00:00Z')];
    const settings = { ...SETTINGS, clientIdentities: ['Jane Doe'] };
    const ticket = score(stored(events, 'open'), events, settings);
    expect(ticket).toMatchObject({ partnerMessages: 2, primaryTechnician: 'Ana Silva', firstClientMessage: events[0]!.text });
    expect(ticket.waits.map((wait) => wait.calendarMs)).toEqual([2 * HOUR, 20 * HOUR]);
  });
});

describe('priority (metrics.md §9.2 M1/M6 targets by priority, as the health maps it)', () => {
  test.each([
    ['Urgent', 'urgent', true],
    ['Highest', 'urgent', true],
    ['P2 - High', 'high', true],
    ['Élevée', 'high', true],
    ['Normal', 'normal', true],
    ['Minor', 'low', true],
    ['Basse', 'low', true],
    [undefined, 'normal', false],
    ['  ', 'normal', false],
  ] as const)('metrics.md §9.2 M1: priority %j → %s (shown: %s)', (priority, level, shown) => {
    const events = [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z')];
    const ticket = score(stored(events, 'solved', priority === undefined ? {} : { priority }), events);
    expect(ticket.priority).toBe(level);
    expect(ticket.priorityShown).toBe(shown);
  });
});

describe('one-touch (metrics.md §9.2 M10: solved, ≤ 1 partner reply, no follow-up, no client turn after the request but thanks)', () => {
  test.each([
    ['one reply, then a thank-you', 'solved', true, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'Thanks for the quick fix!')]],
    ['one reply, then "merci, ça marche 👍"', 'closed', true, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'Merci, ça marche 👍')]],
    ['one reply, nothing else', 'solved', true, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z')]],
    ['thanks, but it still fails', 'solved', false, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'Thanks, but it still fails.')]],
    ['two partner replies', 'solved', false, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), partner('Priya', '2024-03-04T12:00:00Z')]],
    ['an answer to a question', 'solved', false, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z', 'Which dock model is it?'), client('2024-03-04T10:30:00Z', 'The USB-C one.')]],
    ['not solved', 'open', false, [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z')]],
    ['the request in two messages 5 minutes apart (one turn)', 'solved', true, [client('2024-03-04T09:00:00Z'), client('2024-03-04T09:05:00Z', 'Here is a photo.'), partner('Priya', '2024-03-04T10:00:00Z')]],
  ] as const)('metrics.md §9.2 M10: %s, %s → one-touch %s', (_name, category, oneTouch, events) => {
    expect(score(stored([...events], category), [...events]).oneTouch).toBe(oneTouch);
  });
});

describe('proactive updates (metrics.md §9.3 Empathy: partner replies not preceded by a client turn)', () => {
  test('metrics.md §9.3 Empathy: request, reply, unprompted update, question, answer → 1 proactive of 2', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), partner('Priya', '2024-03-05T10:00:00Z', 'Parts arrive tomorrow.'), client('2024-03-05T11:00:00Z'), partner('Priya', '2024-03-05T12:00:00Z')];
    expect(score(stored(events), events)).toMatchObject({ partnerMessages: 3, proactiveUpdates: 1 });
  });
});

describe('client waits (metrics.md §9.2 M2: oldest unanswered client message → next partner reply)', () => {
  const events = [
    client('2024-03-04T09:00:00Z'),
    client('2024-03-04T09:30:00Z', 'Any news?'),
    partner('Priya', '2024-03-04T11:00:00Z'),
    client('2024-03-04T14:00:00Z'),
    partner('Priya', '2024-03-05T10:00:00Z'),
    client('2024-03-05T11:00:00Z'),
  ];

  test('metrics.md §9.2 M2: two completed waits — 2 h (2 business h), Mon 14:00 → Tue 10:00 = 20 h (3 + 1 = 4 business h); the running one is waitingSince', () => {
    const ticket = score(stored(events, 'open'), events);
    expect(ticket.waits.map((wait) => [wait.calendarMs, wait.businessMs])).toEqual([[2 * HOUR, 2 * HOUR], [20 * HOUR, 4 * HOUR]]);
    expect(ticket.waitingSinceMs).toBe(Date.parse('2024-03-05T11:00:00Z'));
  });

  test('without a calendar (nor settings) the business time is left to the scorecard (null)', () => {
    const ticket = score(stored(events, 'open'), events, SETTINGS, false);
    expect(ticket.waits.map((wait) => wait.businessMs)).toEqual([null, null]);
  });
});

describe('resolution and the request (DESIGN.md "resolvedAt"; metrics.md §9.2 M8)', () => {
  test('DESIGN.md "resolvedAt": the same instant as the health — solved, reopened, then shown solved without a recorded change: the portal\'s last activity', () => {
    const events = [
      client('2024-03-04T09:00:00Z'),
      partner('Priya', '2024-03-04T10:00:00Z'),
      status('2024-03-04T16:00:00Z', 'open', 'solved'),
      client('2024-03-05T09:00:00Z', 'It fails again this morning.'),
      status('2024-03-05T10:00:00Z', 'solved', 'open'),
      partner('Priya', '2024-03-06T10:00:00Z'),
    ];
    const ticket = score(stored(events, 'solved', { updatedAt: '2024-03-06T12:00:00Z' }), events);
    expect(ticket.resolvedAtMs).toBe(Date.parse('2024-03-06T12:00:00Z'));
    expect(ticket.resolutionMs).toBe(Date.parse('2024-03-06T12:00:00Z') - Date.parse('2024-03-04T09:00:00Z'));
    expect(ticket.reopens).toBe(1);
  });

  test('DESIGN.md "resolvedAt": the last entry into solved/closed, not solved → closed', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z'), status('2024-03-04T16:00:00Z', 'open', 'solved'), status('2024-03-07T16:00:00Z', 'solved', 'closed')];
    expect(score(stored(events, 'closed'), events).resolvedAtMs).toBe(Date.parse('2024-03-04T16:00:00Z'));
  });

  test('an open ticket has no resolution instant', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('Priya', '2024-03-04T10:00:00Z')];
    expect(score(stored(events, 'open'), events).resolvedAtMs).toBeNull();
  });

  test('metrics.md §9.2 M8: the request is the first client message; a ticket the partner opened compares its first message', () => {
    const asked = [client('2024-03-04T09:00:00Z', 'The dock on desk 12 no longer charges the laptop.'), partner('Priya', '2024-03-04T10:00:00Z')];
    const scored = score(stored(asked), asked);
    expect(scored.firstClientMessage).toBe('The dock on desk 12 no longer charges the laptop.');
    expect(scored.similarity.subjectTokens).toEqual(['laptop', 'dock', 'longer', 'charge']);
    expect(scored.similarity.textTokens).toEqual(['laptop', 'dock', 'longer', 'charge', 'dock', 'desk', 'longer', 'charge', 'laptop']);

    const announced = [partner('Priya', '2024-03-04T09:00:00Z', 'Planned maintenance of the file server tonight.')];
    const fromPartner = score(stored(announced, 'solved', { subject: 'Maintenance' }), announced);
    expect(fromPartner.firstClientMessage).toBeNull();
    expect(fromPartner.similarity.textTokens).toEqual(['maintenance', 'planned', 'maintenance', 'file', 'server', 'tonight']);
  });

  test('metrics.md §9.2 M3: a red silence sign on the health (no update for 14 business days) marks the ticket silent', () => {
    const silent = [client('2024-02-19T09:00:00Z'), partner('Priya', '2024-02-19T10:00:00Z', 'We are on it.')];
    expect(score(stored(silent, 'open'), silent).redSilence).toBe(true);
  });
});
