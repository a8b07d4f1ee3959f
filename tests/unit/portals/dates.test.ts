import { describe, expect, test } from 'vitest';
import { parseDisplayDate } from '../../../lib/portals/dates';

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
    expect(parseDisplayDate(text, now, zone)).toBe(expected);
  });

  test.each(['', 'soon', 'Smarch 14, 2024', 'yesterday'])('"%s" is not guessed', (text) => {
    expect(parseDisplayDate(text, now, 'UTC')).toBeUndefined();
  });
});
