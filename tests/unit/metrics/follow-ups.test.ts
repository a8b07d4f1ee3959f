import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../../lib/model/timeline';
import { analyse, client, partner, status, ticket, withThresholds } from './ticket-builder';

// Week of Monday 4 March 2024; UTC calendar Mon–Fri 09:00–17:00 (1 business day = 8 h).
const NOW = '2024-03-08T16:00:00Z';
const count = (events: TimelineEvent[], settings = withThresholds({})) => analyse(ticket(events), NOW, settings).health.metrics.followUps;

describe('M4 follow-ups (metrics.md §9.2 M4, §7; DESIGN.md "Client turns")', () => {
  test.each([
    ['(a) structural: a client turn right after a client turn', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'The dock is a WD19.'), client('2024-03-05T11:00:00Z', 'Hello?'),
    ], 1],
    ['(a) structural before any partner reply: the request, then "any news?" two hours later', [
      client('2024-03-04T09:00:00Z'), client('2024-03-04T11:00:00Z', 'Any news?'),
    ], 1],
    ['the first client turn never counts, even as two messages', [client('2024-03-04T09:00:00Z'), client('2024-03-04T09:05:00Z', 'Also the screen flickers.')], 0],
    ['client messages under 15 minutes apart are one turn', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'Photo attached'), client('2024-03-04T11:10:00Z', 'and the serial'),
    ], 0],
    ['a chain of messages each under 15 minutes from the previous is one turn', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'a'), client('2024-03-04T11:10:00Z', 'b'), client('2024-03-04T11:20:00Z', 'c'),
    ], 0],
    ['exactly 15 minutes apart is a new turn ("less than 15 minutes" merge)', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'a'), client('2024-03-04T11:15:00Z', 'b'),
    ], 1],
    ['(b) lexical after 12 business hours of partner silence (Mon 10:00 → Tue 14:00)', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T14:00:00Z', 'Any update on this?'),
    ], 1],
    ['(b) lexical after exactly one business day (Mon 10:00 → Tue 10:00)', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Any update on this?'),
    ], 1],
    ['(b) lexical but the partner wrote 2 business hours ago', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T12:00:00Z', 'Any update on this?'),
    ], 0],
    ['(b) lexical after a weekend: Fri 16:00 → Mon 09:30 is only 1.5 business hours', [
      client('2024-03-08T09:00:00Z'), partner('2024-03-08T16:00:00Z'), client('2024-03-11T09:30:00Z', 'Any update?'),
    ], 0],
    ['no chaser phrase, no structural repeat: new information is not a follow-up', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-06T10:00:00Z', 'It happened again on the second floor.'),
    ], 0],
    ['an answer to a partner question is not a chaser, even with chaser words', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Can you send the log?'), client('2024-03-06T10:00:00Z', 'Still waiting for the export to finish, any update soon'),
    ], 0],
    ['a question in the partner’s message followed by a signature is still a question', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Can you send the log?\n\nBest regards,\nAna Silva'), client('2024-03-06T10:00:00Z', 'Any update? Here it is.'),
    ], 0],
    ['the first client message while waiting on the client answers; the pause ends there, a later one can chase', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'I need the serial number.'), status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
      client('2024-03-06T10:00:00Z', 'Any update? Serial is CN-4471'), client('2024-03-07T10:00:00Z', 'Hello?'),
    ], 1],
    ['an observed waiting-on-client status counts as shown', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Please test and tell me.'), status('2024-03-05T08:00:00Z', 'open', 'waiting_on_client', true),
      client('2024-03-06T10:00:00Z', 'Following up: still broken'),
    ], 0],
    ['a message after the ticket was solved is not a chaser (a dispute or a thank-you)', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-04T10:00:00Z', 'open', 'solved'), client('2024-03-06T10:00:00Z', 'Still not working, any update?'),
    ], 0],
    ['after a reopen the client chases again: structural', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Fixed.'), status('2024-03-04T10:00:00Z', 'open', 'solved'),
      client('2024-03-05T09:00:00Z', 'It broke again'), status('2024-03-05T09:30:00Z', 'solved', 'open'), client('2024-03-06T10:00:00Z', 'Any update?'),
    ], 1],
    ['three unanswered chasers', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Any update?'), client('2024-03-06T10:00:00Z', 'Following up'),
      client('2024-03-07T10:00:00Z', 'Still waiting'),
    ], 3],
    ['an automated acknowledgement between two client turns does not break the structural rule', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'The dock is a WD19.'),
      partner('2024-03-05T10:01:00Z', 'We have received your message.', 'Northwind Service Desk'), client('2024-03-06T10:00:00Z', 'Hello?'),
    ], 1],
  ])('%s → %i', (_name, events, expected) => {
    const result = analyse(ticket(events), NOW);
    expect(result.health.metrics.followUps).toBe(expected);
    expect(result.followUpEventIds).toHaveLength(expected);
  });

  test('each client turn gets its role, and follow-ups say which rule made them (both = high confidence)', () => {
    const events = [
      client('2024-03-04T09:00:00Z', 'Printer on floor 2 is offline.'),
      partner('2024-03-04T10:00:00Z', 'Which model is it?'),
      client('2024-03-04T10:30:00Z', 'HP M507.'),
      partner('2024-03-04T11:00:00Z', 'Thanks, a technician will come.'),
      client('2024-03-05T14:00:00Z', 'Any update?'),
      client('2024-03-06T10:00:00Z', 'Following up again.'),
      client('2024-03-06T16:00:00Z', 'Hello?'),
      partner('2024-03-07T09:00:00Z', 'Replaced the fuser.'),
      status('2024-03-07T09:00:00Z', 'open', 'solved'),
      client('2024-03-07T10:00:00Z', 'Thanks!'),
    ];
    const turns = analyse(ticket(events, 'solved'), NOW).turns;
    expect(turns.map((turn) => [turn.role, turn.structural, turn.lexical])).toEqual([
      ['first', false, false],
      ['answer-to-question', false, false],
      ['follow-up', false, true],
      ['follow-up', true, true],
      ['follow-up', true, false],
      ['after-resolution', false, false],
    ]);
  });

  test('follow-up ids are the turns’ first messages, and the last follow-up’s time is kept', () => {
    const first = client('2024-03-05T10:00:00Z', 'Any update?');
    const second = client('2024-03-06T10:00:00Z', 'Hello?');
    const result = analyse(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), first, client('2024-03-05T10:05:00Z', 'It is urgent'), second]), NOW);
    expect(result.followUpEventIds).toEqual([first.id, second.id]);
    expect(result.facts.lastFollowUpAt).toBe('2024-03-06T10:00:00Z');
  });

  test.each([
    ['chaserSilenceDays 0: a chaser phrase counts right away', withThresholds({ chaserSilenceDays: 0 }), [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T12:00:00Z', 'Any update?'),
    ], 1],
    ['chaserSilenceDays 2: 12 business hours are not enough', withThresholds({ chaserSilenceDays: 2 }), [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T14:00:00Z', 'Any update?'),
    ], 0],
    ['turnMergeMinutes 60: messages 40 minutes apart are one turn', withThresholds({ turnMergeMinutes: 60 }), [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'a'), client('2024-03-04T11:40:00Z', 'b'),
    ], 0],
  ])('thresholds are settings: %s', (_name, settings, events, expected) => {
    expect(count(events, settings)).toBe(expected);
  });
});
