import { describe, expect, test } from 'vitest';
import { badgeView } from '../../../lib/metrics';
import type { TicketHealth } from '../../../lib/model/health';
import type { StatusCategory } from '../../../lib/model/status';

const HOUR = 3_600_000;
const DAY = 86_400_000;

function health(metrics: Partial<TicketHealth['metrics']>, level: TicketHealth['level'] = 'ok', signs: TicketHealth['signs'] = []): TicketHealth {
  return {
    level,
    metrics: {
      followUps: 0, handoffs: 0, responders: 1, reopens: 0, firstResponseMs: HOUR, firstResponseBusinessMs: HOUR, resolutionMs: null, resolutionBusinessMs: null,
      waitingSince: null, longestSilenceBusinessMs: HOUR, ageMs: 2 * DAY, ...metrics,
    },
    signs,
  };
}
const on = (category: StatusCategory) => ({ status: { raw: category, category } });

describe('badge view: level, a short label of salient facts joined with " · ", and the signs (lib/model/messages.ts BadgeView)', () => {
  test.each([
    ['follow-ups, technicians and age', health({ followUps: 2, responders: 3, ageMs: 6 * DAY + 5 * HOUR }, 'alert'), 'open', 'en', '2 follow-ups · 3 technicians · open 6 days'],
    ['the same in French', health({ followUps: 2, responders: 3, ageMs: 6 * DAY + 5 * HOUR }, 'alert'), 'open', 'fr', '2 relances · 3 techniciens · ouvert depuis 6 jours'],
    ['one follow-up, one day', health({ followUps: 1, ageMs: DAY + HOUR }, 'ok'), 'open', 'en', '1 follow-up · open 1 day'],
    ['une relance, un jour', health({ followUps: 1, ageMs: DAY + HOUR }, 'ok'), 'open', 'fr', '1 relance · ouvert depuis 1 jour'],
    ['a quick fix', health({ resolutionMs: 3 * DAY + 2 * HOUR, ageMs: 3 * DAY }), 'solved', 'en', 'Resolved in 3 days'],
    ['résolu', health({ resolutionMs: 3 * DAY + 2 * HOUR, ageMs: 3 * DAY }), 'closed', 'fr', 'Résolu en 3 jours'],
    ['resolved within hours', health({ resolutionMs: 5 * HOUR }), 'solved', 'en', 'Resolved in 5 hours'],
    ['resolved within minutes', health({ resolutionMs: 40 * 60_000 }), 'solved', 'en', 'Resolved in 40 minutes'],
    ['reopened and resolved', health({ reopens: 2, resolutionMs: 4 * DAY }, 'alert'), 'solved', 'en', 'Reopened twice · resolved in 4 days'],
    ['an open ticket with nothing to say', health({ ageMs: 2 * DAY }), 'open', 'en', 'No warning signs'],
    ['rien à signaler', health({ ageMs: 2 * DAY }), 'new', 'fr', 'Aucun signal d’alerte'],
    ['an open ticket with a sign but no count: its age', health({ ageMs: 12 * DAY }, 'watch'), 'on_hold', 'en', 'Open 12 days'],
  ] as const)('%s', (_name, value, category, locale, label) => {
    expect(badgeView(value, on(category), locale).label).toBe(label);
  });

  test('level and signs come from the health, without codes', () => {
    const view = badgeView(health({ followUps: 3 }, 'alert', [{ code: 'follow-ups', level: 'alert', message: 'You followed up 3 times — last on Thu 7 Mar' }]), on('open'));
    expect(view).toEqual({ level: 'alert', label: '3 follow-ups · open 2 days', signs: [{ level: 'alert', message: 'You followed up 3 times — last on Thu 7 Mar' }] });
  });
});
