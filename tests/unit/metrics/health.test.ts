import { describe, expect, test } from 'vitest';
import { badgeView, computeHealth } from '../../../lib/metrics';
import { TicketHealthSchema } from '../../../lib/model/health';
import { assign, client, HOUR, MINUTE, partner, status, ticket, UTC_SETTINGS } from './ticket-builder';

/**
 * computeHealth on whole, realistic ticket histories (DESIGN.md TicketHealth; metrics.md §9.2), UTC calendar
 * Mon–Fri 09:00–17:00. Every expected figure is worked out by hand in the comments.
 */
describe('computeHealth on whole tickets (metrics.md §9.2, DESIGN.md "Metric rules")', () => {
  test('a fast one-touch fix: no warning sign', () => {
    const history = ticket([
      client('2024-03-04T09:00:00Z', 'Outlook keeps asking for my password.'),
      partner('2024-03-04T09:01:00Z', 'We have received your request. Ticket #48213 has been created.', 'Northwind Service Desk'),
      partner('2024-03-04T09:40:00Z', 'I reset your credentials, it should stop now.', 'Ana Silva'),
      status('2024-03-04T09:40:00Z', 'open', 'solved'),
      client('2024-03-04T10:05:00Z', 'Works now, thanks!'),
    ], 'solved');
    const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-08T12:00:00Z'));
    expect(TicketHealthSchema.parse(health)).toEqual({
      level: 'ok',
      metrics: {
        followUps: 0, handoffs: 0, responders: 1, reopens: 0,
        firstResponseMs: 40 * MINUTE, firstResponseBusinessMs: 40 * MINUTE, // the acknowledgement at 09:01 does not count
        resolutionMs: 40 * MINUTE, resolutionBusinessMs: 40 * MINUTE,
        waitingSince: null, longestSilenceBusinessMs: 40 * MINUTE, ageMs: 40 * MINUTE,
      },
      signs: [],
    });
    expect(badgeView(health, history).label).toBe('Resolved in 40 minutes');
  });

  test('a fast reply, three chasers, a slow fix', () => {
    const history = ticket([
      client('2024-03-04T09:00:00Z', 'The VPN drops every 10 minutes.'),
      partner('2024-03-04T09:20:00Z', 'We are looking into it.', 'Ana Silva'),
      client('2024-03-05T10:00:00Z', 'Any update?'), // lexical: Mon 09:20 → Tue 10:00 = 8 h 40 of silence
      client('2024-03-06T10:00:00Z', 'Following up — still no VPN.'), // structural
      partner('2024-03-06T11:00:00Z', 'Escalated to the network team.', 'Ana Silva'),
      client('2024-03-08T10:00:00Z', 'Is anyone working on this?'), // lexical: Wed 11:00 → Fri 10:00 = 15 h
      partner('2024-03-11T15:00:00Z', 'Firewall rule fixed.', 'Marc Dubois'),
      status('2024-03-11T15:00:00Z', 'open', 'solved'),
    ], 'solved', { priority: 'Normal' });
    const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-12T10:00:00Z'));
    expect(health.metrics).toEqual({
      followUps: 3, handoffs: 1, responders: 2, reopens: 0,
      firstResponseMs: 20 * MINUTE, firstResponseBusinessMs: 20 * MINUTE,
      resolutionMs: 174 * HOUR, resolutionBusinessMs: 46 * HOUR, // Mon 4 → Fri 8 (40 h) + Mon 11 09:00–15:00
      waitingSince: null,
      longestSilenceBusinessMs: 28 * HOUR, // Wed 11:00 → Mon 15:00: 6 + 8 + 8 + 6
      ageMs: 174 * HOUR,
    });
    expect(health).toMatchObject({
      level: 'alert',
      signs: [
        { code: 'follow-ups', level: 'alert', message: 'You followed up 3 times — last on Fri 8 Mar' },
        // 46 h > 2 × 16 h (normal priority, 2 business days); 46 / 8 = 5.75 business days.
        { code: 'fast-reply-slow-fix', level: 'alert', message: 'Resolved in 5.8 business days after a first reply in 20 minutes' },
      ],
    });
    expect(badgeView(health, history).label).toBe('3 follow-ups · 2 technicians · resolved in 7 days');
  });

  test('reopened twice before the fix held', () => {
    const history = ticket([
      client('2024-03-04T09:00:00Z', 'The printer jams on every page.'),
      partner('2024-03-04T10:00:00Z', 'Cleaned the rollers.', 'Lee Wong'),
      status('2024-03-04T10:00:00Z', 'open', 'solved'),
      client('2024-03-05T09:00:00Z', 'It jams again.'),
      status('2024-03-05T09:05:00Z', 'solved', 'open', true),
      partner('2024-03-05T11:00:00Z', 'Replaced the tray.', 'Lee Wong'),
      status('2024-03-05T11:00:00Z', 'open', 'solved'),
      client('2024-03-06T14:00:00Z', 'Still jamming.'),
      status('2024-03-06T14:10:00Z', 'solved', 'open'),
      partner('2024-03-07T10:00:00Z', 'Replaced the printer.', 'Lee Wong'),
      status('2024-03-07T10:00:00Z', 'open', 'solved'),
      client('2024-03-07T10:30:00Z', 'Thanks, works now!'),
    ], 'solved');
    const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-08T12:00:00Z'));
    expect(health.metrics).toEqual({
      followUps: 0, handoffs: 0, responders: 1, reopens: 2,
      firstResponseMs: HOUR, firstResponseBusinessMs: HOUR,
      resolutionMs: 73 * HOUR, resolutionBusinessMs: 25 * HOUR, // to the last solve, Thu 10:00
      waitingSince: null, longestSilenceBusinessMs: 15 * HOUR, ageMs: 73 * HOUR,
    });
    expect(health.signs).toEqual([
      { code: 'reopens', level: 'alert', message: 'Reopened twice' },
      { code: 'fast-reply-slow-fix', level: 'watch', message: 'Resolved in 3.1 business days after a first reply in 1 business hour' },
    ]);
    expect(health.level).toBe('alert');
    expect(badgeView(health, history).label).toBe('Reopened twice · resolved in 3 days');
  });

  test('ping-pong between two technicians', () => {
    const history = ticket([
      client('2024-03-04T09:00:00Z', 'Teams camera not detected.'),
      assign('2024-03-04T09:10:00Z', 'Nobody', 'Priya Raman'),
      partner('2024-03-04T09:30:00Z', 'Updating the driver remotely.', 'Priya Raman'),
      assign('2024-03-05T09:00:00Z', 'Priya Raman', 'Daniel Okafor'),
      partner('2024-03-05T10:00:00Z', 'Looks like hardware, ordering a webcam.', 'Daniel Okafor'),
      assign('2024-03-06T09:00:00Z', 'Daniel Okafor', 'Priya Raman'),
      partner('2024-03-06T10:00:00Z', 'Installed the new webcam, can you test now?', 'Priya Raman'),
      client('2024-03-06T11:00:00Z', 'Works, thanks'),
      status('2024-03-06T12:00:00Z', 'open', 'solved'),
    ], 'solved');
    const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-08T12:00:00Z'));
    expect(health.metrics).toMatchObject({ followUps: 0, handoffs: 2, responders: 2, firstResponseMs: 30 * MINUTE, resolutionBusinessMs: 19 * HOUR });
    expect(health.signs).toEqual([
      { code: 'technicians', level: 'watch', message: 'Passed back and forth between 2 technicians: Priya Raman → Daniel Okafor → Priya Raman' },
      { code: 'fast-reply-slow-fix', level: 'watch', message: 'Resolved in 2.4 business days after a first reply in 30 minutes' }, // 19 h > 16 h
    ]);
    expect(health.level).toBe('watch');
  });

  describe('waiting on the client, then the client answers (the status stays: Zammad #1322)', () => {
    const history = ticket([
      client('2024-03-04T09:00:00Z', 'Please prepare a laptop for our new starter.'),
      partner('2024-03-04T10:00:00Z', 'Which software does she need?', 'Ana Silva'),
      status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
      client('2024-03-06T10:00:00Z', 'Office and Teams.'),
    ], 'waiting_on_client');

    test('two days later: the pause ended at the answer, 16 business hours of silence, no sign yet', () => {
      const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-08T10:00:00Z'));
      expect(health).toEqual({
        level: 'ok',
        metrics: {
          followUps: 0, handoffs: 0, responders: 1, reopens: 0, firstResponseMs: HOUR, firstResponseBusinessMs: HOUR, resolutionMs: null, resolutionBusinessMs: null,
          waitingSince: null, // the category still says waiting on the client (DESIGN.md: new, open or on hold only)
          longestSilenceBusinessMs: 16 * HOUR, // Mon 10:00 → Fri 10:00 = 32 h, minus the pause Mon 10:00 → Wed 10:00 = 16 h
          ageMs: 4 * 24 * HOUR + HOUR,
        },
        signs: [],
      });
    });

    test('a week later: the partner has been silent 40 business hours since the answer', () => {
      const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-13T10:00:00Z'));
      // Mon 4 10:00 → Wed 13 10:00 = 7 + 32 + 8 + 8 + 1 = 56 business hours, minus the 16-hour pause = 40 h: 5 days, not above 5.
      expect(health.signs).toEqual([{ code: 'silence', level: 'watch', message: 'No update from the partner for 5 business days' }]);
      expect(computeHealth(history, UTC_SETTINGS, new Date('2024-03-13T11:00:00Z')).signs).toEqual([
        { code: 'silence', level: 'alert', message: 'No update from the partner for 5.1 business days' },
      ]);
    });
  });

  test('open and silent for weeks', () => {
    const history = ticket([
      client('2024-02-05T09:00:00Z', 'The shared drive is very slow.'),
      partner('2024-02-05T11:00:00Z', 'We will investigate.', 'Ana Silva'),
      client('2024-02-12T10:00:00Z', 'Any news?'), // lexical: 39 business hours of silence
    ]);
    const health = computeHealth(history, UTC_SETTINGS, new Date('2024-03-08T12:00:00Z'));
    expect(health.metrics).toEqual({
      followUps: 1, handoffs: 0, responders: 1, reopens: 0, firstResponseMs: 2 * HOUR, firstResponseBusinessMs: 2 * HOUR, resolutionMs: null, resolutionBusinessMs: null,
      waitingSince: '2024-02-12T10:00:00Z',
      // Mon 5 Feb 11:00 → Fri 8 Mar 12:00: 6 + 32 + 40 + 40 + 40 + 32 + 3
      longestSilenceBusinessMs: 193 * HOUR,
      ageMs: 32 * 24 * HOUR + 3 * HOUR,
    });
    expect(health).toMatchObject({
      level: 'alert',
      signs: [
        // Mon 12 Feb 10:00 → Fri 8 Mar 12:00: 7 + 32 + 40 + 40 + 32 + 3 = 154 h = 19.25 business days.
        { code: 'waiting', level: 'alert', message: 'Waiting for an answer since Mon 12 Feb (19 business days)' },
        { code: 'age', level: 'alert', message: 'Open for 32 days' },
      ],
    });
    expect(badgeView(health, history).label).toBe('1 follow-up · open 32 days');
    expect(badgeView(health, history, 'fr').label).toBe('1 relance · ouvert depuis 32 jours');
  });

  test('an empty history is still a valid health', () => {
    const health = computeHealth({ status: { raw: 'New', category: 'new' }, events: [] }, UTC_SETTINGS, new Date('2024-03-08T12:00:00Z'));
    expect(TicketHealthSchema.parse(health)).toMatchObject({ level: 'ok', metrics: { ageMs: 0, firstResponseMs: null, waitingSince: null } });
  });
});
