import { describe, expect, test } from 'vitest';
import type { Sign } from '../../../lib/model/health';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import type { TimelineEvent } from '../../../lib/model/timeline';
import type { TicketHistory } from '../../../lib/metrics';
import { analyse, assign, client, partner, status, ticket, UTC_SETTINGS } from './ticket-builder';

const codes = (signs: Sign[]) => signs.map((sign) => sign.code);
const signsOf = (history: TicketHistory, now: string, settings: Settings = UTC_SETTINGS, locale: 'en' | 'fr' = 'en') => analyse(history, now, settings, locale).health.signs;
const find = (signs: Sign[], code: string) => signs.find((sign) => sign.code === code);

const chased = (times: number): TimelineEvent[] => [
  client('2024-03-04T09:00:00Z'),
  partner('2024-03-04T10:00:00Z', 'We will send a technician.'),
  ...['2024-03-05T10:00:00Z', '2024-03-06T10:00:00Z', '2024-03-07T10:00:00Z'].slice(0, times).map((at) => client(at, 'Any update?')),
  partner('2024-03-07T11:00:00Z', 'Technician booked for tomorrow.'),
];

describe('follow-ups sign (metrics.md §9.2 M4: 1 = notice, 2 = amber, ≥ 3 = red)', () => {
  test.each([
    [1, undefined],
    [2, { code: 'follow-ups', level: 'watch', message: 'You followed up twice — last on Wed 6 Mar' }],
    [3, { code: 'follow-ups', level: 'alert', message: 'You followed up 3 times — last on Thu 7 Mar' }],
  ])('%i follow-ups', (times, expected) => {
    expect(find(signsOf(ticket(chased(times)), '2024-03-07T12:00:00Z'), 'follow-ups')).toEqual(expected);
  });
});

describe('technicians sign (metrics.md §9.2 M5: ≥ 3 stations or responders, or ping-pong = amber; ≥ 4 stations = red)', () => {
  const replies = (...authors: string[]) => [client('2024-03-04T09:00:00Z'), ...authors.map((author, index) => partner(`2024-03-04T1${index}:00:00Z`, 'Update.', author))];
  test.each([
    ['two technicians, no return: nothing', replies('Ana', 'Marc'), undefined],
    ['a ping-pong', replies('Ana', 'Marc', 'Ana'), { level: 'watch', message: 'Passed back and forth between 2 technicians: Ana → Marc → Ana' }],
    ['three technicians', replies('Ana', 'Marc', 'Lee'), { level: 'watch', message: 'Passed between 3 technicians: Ana → Marc → Lee' }],
    ['four stations', replies('Ana', 'Marc', 'Lee', 'Sam'), { level: 'alert', message: 'Passed between 4 technicians: Ana → Marc → Lee → Sam' }],
    ['four stations with a return', replies('Ana', 'Marc', 'Ana', 'Marc'), { level: 'alert', message: 'Passed back and forth between 2 technicians: Ana → Marc → Ana → Marc' }],
    ['one assignee but three people replying', [
      client('2024-03-04T09:00:00Z'), assign('2024-03-04T09:10:00Z', 'Nobody', 'Ana'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-04T11:00:00Z', 'x', 'Marc'),
      partner('2024-03-04T12:00:00Z', 'x', 'Lee'),
    ], { level: 'watch', message: 'Answered by 3 different technicians: Ana, Marc, Lee' }],
  ])('%s', (_name, events, expected) => {
    const sign = find(signsOf(ticket(events), '2024-03-04T16:00:00Z'), 'technicians');
    expect(sign === undefined ? undefined : { level: sign.level, message: sign.message }).toEqual(expected);
  });
});

describe('first-response sign (metrics.md §9.2 M1: amber > 8 business h, red > 24; urgent 15 min / 1 bh; contract target, red > 2×)', () => {
  test.each([
    ['normal, 8 business hours: within', 'Normal', '2024-03-05T09:00:00Z', {}, undefined],
    ['normal, 9 business hours', 'Normal', '2024-03-05T10:00:00Z', {}, { level: 'watch', message: 'First reply took 1.1 business days' }],
    ['normal, 25 business hours', 'Normal', '2024-03-07T10:00:00Z', {}, { level: 'alert', message: 'First reply took 3.1 business days' }],
    ['urgent, 30 minutes', 'Urgent', '2024-03-04T09:30:00Z', {}, { level: 'watch', message: 'First reply took 30 minutes' }],
    ['urgent, 2 business hours', 'P1', '2024-03-04T11:00:00Z', {}, { level: 'alert', message: 'First reply took 2 business hours' }],
    ['contract 2 h for normal, 3 hours', 'Normal', '2024-03-04T12:00:00Z', { normal: { firstResponseHours: 2, resolutionHours: 16 } }, { level: 'watch', message: 'First reply took 3 business hours' }],
    ['contract 2 h for normal, 5 hours', 'Normal', '2024-03-04T14:00:00Z', { normal: { firstResponseHours: 2, resolutionHours: 16 } }, { level: 'alert', message: 'First reply took 5 business hours' }],
  ])('%s', (_name, priority, replyAt, targets, expected) => {
    const history = ticket([client('2024-03-04T09:00:00Z'), partner(replyAt)], 'open', { priority });
    const sign = find(signsOf(history, '2024-03-07T16:00:00Z', { ...UTC_SETTINGS, targets }), 'first-response');
    expect(sign === undefined ? undefined : { level: sign.level, message: sign.message }).toEqual(expected);
  });

  test('no reply yet on an open ticket: the running time is compared', () => {
    expect(find(signsOf(ticket([client('2024-03-04T09:00:00Z')]), '2024-03-06T09:00:00Z'), 'first-response')).toEqual({
      code: 'first-response', level: 'watch', message: 'No reply yet after 2 business days',
    });
  });

  test('a ticket the partner opened is not waiting for a first reply', () => {
    expect(signsOf(ticket([partner('2024-03-04T09:00:00Z', 'Your backup failed, we are on it.')]), '2024-03-06T09:00:00Z')).toEqual([]);
  });
});

describe('waiting and silence signs (metrics.md §9.2 M2: open wait > 1 / 2 business days; M3: silence > 3 / 5 business days)', () => {
  test.each([
    ['waiting since Tue 10:00, now Wed 12:00 (10 business hours)', '2024-03-05T10:00:00Z', '2024-03-06T12:00:00Z', { code: 'waiting', level: 'watch', message: 'Waiting for an answer since Tue 5 Mar (1.3 business days)' }],
    ['waiting since Tue 10:00, now Fri 10:00 (24 business hours)', '2024-03-05T10:00:00Z', '2024-03-08T10:00:00Z', { code: 'waiting', level: 'alert', message: 'Waiting for an answer since Tue 5 Mar (3 business days)' }],
  ])('%s', (_name, clientAt, now, expected) => {
    const signs = signsOf(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'We will check.'), client(clientAt, 'The second screen is dead too.')]), now);
    expect(find(signs, 'waiting')).toEqual(expected);
    expect(codes(signs)).not.toContain('silence');
  });

  test.each([
    ['Mon 10:00 → Thu 12:00: 26 business hours', '2024-03-07T12:00:00Z', { code: 'silence', level: 'watch', message: 'No update from the partner for 3.3 business days' }],
    ['Mon 10:00 → next Tue 12:00: 50 business hours', '2024-03-12T12:00:00Z', { code: 'silence', level: 'alert', message: 'No update from the partner for 6.3 business days' }],
  ])('silence %s', (_name, now, expected) => {
    const history = ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'We will order the part.')]);
    expect(signsOf(history, now)).toEqual([expected]);
  });
});

describe('reopen and dispute signs (metrics.md §9.2 M7: any reopen or dispute = amber, ≥ 2 = red)', () => {
  const base = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Fixed.'), status('2024-03-04T10:00:00Z', 'open', 'solved')];
  test.each([
    ['reopened once', [...base, status('2024-03-05T09:00:00Z', 'solved', 'open'), partner('2024-03-05T10:00:00Z'), status('2024-03-05T11:00:00Z', 'open', 'solved')], 'solved',
      [{ code: 'reopens', level: 'watch', message: 'Reopened once' }]],
    ['reopened twice', [...base, status('2024-03-05T09:00:00Z', 'solved', 'open'), status('2024-03-05T11:00:00Z', 'open', 'solved'), status('2024-03-05T12:00:00Z', 'solved', 'open', true),
      partner('2024-03-05T13:00:00Z'), status('2024-03-05T14:00:00Z', 'open', 'solved')], 'solved',
      [{ code: 'reopens', level: 'alert', message: 'Reopened twice' }]],
    ['a dispute without a reopen', [...base, client('2024-03-05T09:00:00Z', 'It still crashes')], 'solved',
      [{ code: 'disputed', level: 'watch', message: 'You said it was still not fixed on Tue 5 Mar' }]],
    ['a dispute that reopened the ticket is told once, as the reopen', [...base, client('2024-03-05T09:00:00Z', 'It still crashes'), status('2024-03-05T09:10:00Z', 'solved', 'open'),
      partner('2024-03-05T10:00:00Z', 'Fixed for good.'), status('2024-03-05T10:00:00Z', 'open', 'solved')], 'solved',
      [{ code: 'reopens', level: 'watch', message: 'Reopened once' }]],
    ['a reopen and a later dispute', [...base, status('2024-03-05T09:00:00Z', 'solved', 'open'), status('2024-03-05T11:00:00Z', 'open', 'solved'), client('2024-03-06T09:00:00Z', 'Crashed again')], 'solved',
      [{ code: 'reopens', level: 'alert', message: 'Reopened once' }, { code: 'disputed', level: 'alert', message: 'You said it was still not fixed on Wed 6 Mar' }]],
  ])('%s', (_name, events, category, expected) => {
    expect(signsOf(ticket(events as TimelineEvent[], category as 'solved'), '2024-03-06T12:00:00Z')).toEqual(expected);
  });
});

describe('resolution signs (metrics.md §9.2 M6: partner-accountable resolution > target = amber, > 2× = red; "quick acknowledgement, slow fix")', () => {
  test.each([
    ['fixed Thursday 16:00 after a 20-minute reply: 31 business hours > 16', '2024-03-04T09:20:00Z', '2024-03-07T16:00:00Z',
      [{ code: 'fast-reply-slow-fix', level: 'watch', message: 'Resolved in 3.9 business days after a first reply in 20 minutes' }]],
    ['fixed Friday 16:00 after a 20-minute reply: 39 business hours > 32', '2024-03-04T09:20:00Z', '2024-03-08T16:00:00Z',
      [{ code: 'fast-reply-slow-fix', level: 'alert', message: 'Resolved in 4.9 business days after a first reply in 20 minutes' }]],
    ['a slow reply and a slow fix', '2024-03-05T11:00:00Z', '2024-03-07T16:00:00Z',
      [{ code: 'first-response', level: 'watch', message: 'First reply took 1.3 business days' }, { code: 'slow-fix', level: 'watch', message: 'Resolution took 3.9 business days (target 2 business days)' }]],
    ['fixed within two business days', '2024-03-04T09:20:00Z', '2024-03-05T16:00:00Z', []],
  ])('%s', (_name, replyAt, solvedAt, expected) => {
    const events = [client('2024-03-04T09:00:00Z'), partner(replyAt, 'Looking into it'), partner(solvedAt, 'Fixed'), status(solvedAt, 'open', 'solved')];
    expect(signsOf(ticket(events, 'solved', { priority: 'Normal' }), '2024-03-08T17:00:00Z')).toEqual(expected);
  });

  test('waiting on the client is not the partner’s time: the same dates with a two-day wait on the client raise nothing', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:20:00Z', 'Please send a photo of the label.'), status('2024-03-04T09:20:00Z', 'open', 'waiting_on_client'),
      client('2024-03-06T09:20:00Z', 'Here it is.'), status('2024-03-06T09:30:00Z', 'waiting_on_client', 'open'), partner('2024-03-07T16:00:00Z', 'Fixed'), status('2024-03-07T16:00:00Z', 'open', 'solved'),
    ];
    expect(signsOf(ticket(events, 'solved'), '2024-03-08T17:00:00Z')).toEqual([]);
  });
});

describe('age sign (metrics.md §9.2 M9: open 10–30 days = amber, > 30 = red)', () => {
  test.each([
    ['9 days', '2024-02-28T12:00:00Z', []],
    ['12 days', '2024-02-25T12:00:00Z', [{ code: 'age', level: 'watch', message: 'Open for 12 days' }]],
    ['40 days', '2024-01-28T12:00:00Z', [{ code: 'age', level: 'alert', message: 'Open for 40 days' }]],
  ])('%s', (_name, created, expected) => {
    const firstReply = new Date(Date.parse(created) + 3_600_000).toISOString();
    const history = ticket([client(created), partner(firstReply, 'Ordered the part.'), partner('2024-03-08T11:00:00Z', 'Still waiting for the supplier.')], 'on_hold');
    expect(signsOf(history, '2024-03-08T12:00:00Z')).toEqual(expected);
  });
});

describe('signs in French (lib/i18n)', () => {
  test.each([
    ['follow-ups', ticket(chased(3)), '2024-03-07T12:00:00Z', 'Vous avez relancé 3 fois — dernière relance le jeu. 7 mars'],
    ['technicians', ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-04T11:00:00Z', 'x', 'Marc'), partner('2024-03-04T12:00:00Z', 'x', 'Ana')]),
      '2024-03-04T16:00:00Z', 'Allers-retours entre 2 techniciens : Ana → Marc → Ana'],
    ['first-response', ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-05T10:00:00Z')]), '2024-03-05T12:00:00Z', 'Première réponse après 1,1 jour ouvré'],
    ['silence', ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z')]), '2024-03-07T12:00:00Z', 'Aucune nouvelle du prestataire depuis 3,3 jours ouvrés'],
    ['waiting', ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Écran noir')]), '2024-03-08T10:00:00Z',
      'En attente d’une réponse depuis le mar. 5 mars (3 jours ouvrés)'],
    ['age', ticket([client('2024-02-25T12:00:00Z'), partner('2024-03-08T11:00:00Z')]), '2024-03-08T12:00:00Z', 'Ouvert depuis 12 jours'],
  ])('%s', (code, history, now, message) => {
    expect(find(signsOf(history, now, UTC_SETTINGS, 'fr'), code)?.message).toBe(message);
  });

  test('reopens, disputes and the slow fix', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:20:00Z', 'Je regarde.'), partner('2024-03-07T16:00:00Z', 'Corrigé.'), status('2024-03-07T16:00:00Z', 'open', 'solved'),
      status('2024-03-08T09:00:00Z', 'solved', 'open'), status('2024-03-08T10:00:00Z', 'open', 'solved'), client('2024-03-08T11:00:00Z', 'Ça plante encore'),
    ];
    expect(signsOf(ticket(events, 'solved'), '2024-03-08T12:00:00Z', UTC_SETTINGS, 'fr').map((sign) => sign.message)).toEqual([
      'Rouvert une fois',
      'Vous avez signalé le ven. 8 mars que le problème persistait',
      'Résolu en 4,1 jours ouvrés après une première réponse en 20 minutes',
    ]);
  });
});

describe('dates in messages are in the calendar’s zone', () => {
  test('a follow-up at 23:30 UTC on Tuesday is Wednesday in Paris', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Any update?'), client('2024-03-05T23:30:00Z', 'Hello?')];
    const paris = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' };
    expect(find(signsOf(ticket(events), '2024-03-06T10:00:00Z', paris), 'follow-ups')?.message).toBe('You followed up twice — last on Wed 6 Mar');
  });
});
