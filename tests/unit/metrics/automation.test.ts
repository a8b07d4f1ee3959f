import { describe, expect, test } from 'vitest';
import { isAcknowledgementText, isAutomatedAuthor, isAutomatedPartnerMessage } from '../../../lib/metrics/automation';
import { analyse, client, HOUR, MINUTE, partner, systemMessage, ticket, withThresholds } from './ticket-builder';

const AT = Date.parse('2024-03-04T09:00:00Z');

describe('automated authors (DESIGN.md "Metric rules": no-reply/system authors; metrics.md §9.1 is_auto)', () => {
  test.each([
    ['noreply@partner.example', true], ['No-Reply', true], ['do-not-reply@helpdesk.example', true], ['System', true], ['RT_System', true],
    ['Système', true], ['Zendesk Bot', true], ['Automation', true], ['Automated Notifications', true], ['MAILER-DAEMON', true],
    ['ne-pas-repondre@prestataire.fr', true], ['Support Robot', true],
    ['Ana Silva', false], ['Abbot Jones', false], ['Northwind Systems', false], ['Robert Botha', false], ['Marc Systemov', false],
  ])('%s → %s', (author, expected) => {
    expect(isAutomatedAuthor(author)).toBe(expected);
  });
});

describe('acknowledgement templates, English and French (metrics.md §9.1 template match; §7 item 5)', () => {
  test.each([
    'We have received your request and will get back to you shortly.',
    "We've received your ticket.",
    'Thank you, we received your email.',
    'Your ticket #48213 has been created.',
    'Request 48213 was logged with our service desk.',
    'This is an automated message, please do not reply.',
    'This is an automatic notification.',
    'This message was automatically generated.',
    'Please do not reply to this email.',
    'Nous avons bien reçu votre demande.',
    'Votre ticket n° 48213 a été créé.',
    'Votre demande a bien été enregistrée.',
    'Ceci est un message automatique.',
    'Message généré automatiquement, merci de ne pas répondre à ce courriel.',
  ])('"%s" is a template', (text) => {
    expect(isAcknowledgementText(text)).toBe(true);
  });

  test.each([
    'I have restarted the print spooler, please try again.',
    'We have reviewed your request and replaced the dock.',
    'The ticket about the VPN is related to this one.',
    'Nous avons remplacé le dock, pouvez-vous tester ?',
  ])('"%s" is a person writing', (text) => {
    expect(isAcknowledgementText(text)).toBe(false);
  });
});

describe('a template counts as automated only within autoReplyMinutes of what it answers (DESIGN.md: within 5 minutes)', () => {
  const ack = 'We have received your request.';
  test.each([
    ['1 minute after', 1 * MINUTE, true],
    ['exactly 5 minutes after ("within")', 5 * MINUTE, true],
    ['6 minutes after', 6 * MINUTE, false],
  ])('%s the event it answers', (_name, delay, expected) => {
    expect(isAutomatedPartnerMessage({ author: 'Helpdesk', text: ack, at: AT + delay }, AT, 5)).toBe(expected);
  });

  test('a non-template message a minute after creation is a reply', () => {
    expect(isAutomatedPartnerMessage({ author: 'Ana Silva', text: 'On it, calling you now.', at: AT + MINUTE }, AT, 5)).toBe(false);
  });

  test('a no-reply author is automated at any time', () => {
    expect(isAutomatedPartnerMessage({ author: 'noreply@partner.example', text: 'Status: in progress', at: AT + 30 * HOUR }, AT, 5)).toBe(true);
  });
});

describe('automated messages are not replies in the metrics (metrics.md §9.2 M1; §5 "auto-acknowledgements that stop an FRT clock")', () => {
  test('the acknowledgement answers the latest client message, not only the creation', () => {
    const history = ticket([
      client('2024-03-04T09:00:00Z'),
      partner('2024-03-04T10:00:00Z', 'Can you tell me the model?'),
      client('2024-03-04T11:00:00Z', 'It is a WD19.'),
      partner('2024-03-04T11:02:00Z', 'We have received your message.', 'Northwind Service Desk'),
      partner('2024-03-04T14:00:00Z', 'Replacing it today.'),
    ]);
    const result = analyse(history, '2024-03-04T16:00:00Z');
    expect(result.facts.automatedMessages.map((message) => message.iso)).toEqual(['2024-03-04T11:02:00Z']);
    expect(result.waits.map((wait) => wait.endIso)).toEqual(['2024-03-04T10:00:00Z', '2024-03-04T14:00:00Z']);
  });

  test('a template sent 30 minutes after the request is the partner’s reply (a person pasted it)', () => {
    const history = ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:30:00Z', 'We have received your request, I am calling you.')]);
    expect(analyse(history, '2024-03-04T16:00:00Z').health.metrics.firstResponseMs).toBe(30 * MINUTE);
  });

  test('Settings.thresholds.autoReplyMinutes widens the window', () => {
    const history = ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:08:00Z', 'Ticket #4411 has been created.'), partner('2024-03-04T10:00:00Z')]);
    expect(analyse(history, '2024-03-04T16:00:00Z').health.metrics.firstResponseMs).toBe(8 * MINUTE);
    expect(analyse(history, '2024-03-04T16:00:00Z', withThresholds({ autoReplyMinutes: 10 })).health.metrics.firstResponseMs).toBe(HOUR);
  });

  test('side "system" messages are never partner replies', () => {
    const history = ticket([client('2024-03-04T09:00:00Z'), systemMessage('2024-03-04T09:30:00Z', 'Status changed to Open'), partner('2024-03-04T11:00:00Z')]);
    const metrics = analyse(history, '2024-03-04T16:00:00Z').health.metrics;
    expect(metrics.firstResponseMs).toBe(2 * HOUR);
    expect(metrics.responders).toBe(1);
  });
});
