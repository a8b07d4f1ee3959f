import { describe, expect, test } from 'vitest';
import { parseDisplayTime } from '../../../lib/portals/display-time';

// Zendesk React list texts (portal-markup.md §1.3 (c): RelativeTime.tsx, Intl dateStyle medium).
const now = new Date('2024-03-16T10:00:00Z');

describe('display dates (portal-markup.md §1.3, §10)', () => {
  test.each([
    ['5 minutes ago', 'UTC', '2024-03-16T09:55:00Z'],
    ['an hour ago', 'UTC', '2024-03-16T09:00:00Z'],
    ['3 days ago', 'UTC', '2024-03-13T10:00:00Z'],
    ['il y a 3 jours', 'Europe/Paris', '2024-03-13T10:00:00Z'],
    ['Today, 3:04 PM', 'UTC', '2024-03-16T15:04:00Z'],
    ['Yesterday, 2:40 PM', 'Europe/London', '2024-03-15T14:40:00Z'],
    ['Yesterday, 2:40 PM', 'America/New_York', '2024-03-15T18:40:00Z'],
    ['Hier, 14:40', 'Europe/Paris', '2024-03-15T13:40:00Z'],
    ['Mar 14, 2024', 'UTC', '2024-03-14T00:00:00Z'],
    ['Mar 14, 2024, 2:40 PM', 'Europe/Paris', '2024-03-14T13:40:00Z'],
    ['14 mars 2024', 'Europe/Paris', '2024-03-13T23:00:00Z'],
    ['14 juil. 2024 à 09:30', 'Europe/Paris', '2024-07-14T07:30:00Z'],
  ])('"%s" in %s → %s', (text, zone, expected) => {
    expect(parseDisplayTime(text, { now, timeZone: zone })).toBe(expected);
  });

  test.each(['', 'soon', 'Smarch 14, 2024', 'yesterday'])('"%s" is not guessed', (text) => {
    expect(parseDisplayTime(text, { now, timeZone: 'UTC' })).toBeUndefined();
  });

  // Portals other than Zendesk print their own formats (portal-markup.md §3.2 RT, §4.2 Znuny, §5.2 GLPI).
  test.each([
    ['Thu Mar 14 09:02:11 2024', 'UTC', ['en'], '2024-03-14T09:02:11Z'],
    ['Thu\u00a0Mar\u00a014\u00a009:02:11\u00a02024', 'Europe/Paris', ['en'], '2024-03-14T08:02:11Z'],
    ['03/14/2024 09:02', 'Europe/Berlin', ['en'], '2024-03-14T08:02:00Z'],
    ['2024-03-14 09:02', 'Europe/Paris', ['fr'], '2024-03-14T08:02:00Z'],
    ['14.03.2024 09:02', 'Europe/Berlin', ['de'], '2024-03-14T08:02:00Z'],
    ['03.04.2024 09:02', 'Europe/Berlin', ['de'], '2024-04-03T07:02:00Z'],
    ['14/03/2024 09:02', 'Europe/London', ['en-GB'], '2024-03-14T09:02:00Z'],
    ['2024-03-14T09:02:11+01:00', 'UTC', ['en'], '2024-03-14T08:02:11Z'],
    // Summer time in Paris: +2 h, read with the zone's rules on that date, not today's offset.
    ['2024-07-14 09:30', 'Europe/Paris', ['en'], '2024-07-14T07:30:00Z'],
  ])('"%s" in %s (%j) → %s', (text, zone, locales, expected) => {
    expect(parseDisplayTime(text.replace(/\\u00a0/g, '\u00a0'), { now, timeZone: zone, locales })).toBe(expected);
  });
});
