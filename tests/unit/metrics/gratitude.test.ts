import { describe, expect, test } from 'vitest';
import { isGratitudeOnly } from '../../../lib/metrics/gratitude';

describe('gratitude-only messages (metrics.md §9.2 M7: thank, works now, resolved, 👍)', () => {
  test.each([
    ['Thanks!', true],
    ['Thank you so much Ana, works now.', true],
    ['Works now 👍', true],
    ['👍', true],
    ['Resolved, thank you', true],
    ['Merci !', true],
    ['Merci beaucoup, ça marche', true],
    ['Ça marche, merci Marc', true],
    ['Confirmed, no more prompts. Thank you!', true],
    ["It's there now, thanks Elena!", true],
    ['Merci Marc, tout fonctionne à nouveau', true],
    ['Thanks, it works again', true],
    ['No problem, thanks for the quick fix', true],
    ['Parfait, merci, plus de souci', true],
    ['Funktioniert wieder, danke!', true],
    ['Vielen Dank, das Problem ist erledigt.', true],
    ['Danke, aber es geht immer noch nicht', false],
    ['Funktioniert nicht, der Fehler kommt wieder', false],
    ['Thanks but it still does not work', false],
    ['Merci, mais le problème revient', false],
    ['Thanks, but it fails again this morning', false],
    ["It still doesn't print", false],
    ['Toujours pas, merci de regarder', false],
    ["Thanks, but the dock doesn't charge", false],
    ['Thanks. Can you also look at the scanner?', false],
    ['Merci, ça ne marche toujours pas', false],
    ['The printer is broken again', false],
    ['I restarted as you said.', false],
    ['', false],
    [
      'Thanks. By the way the scanner on the second floor shows a paper jam every morning and the Teams room display is blank since the update last week',
      false,
    ],
  ])('"%s" → %s', (text, expected) => {
    expect(isGratitudeOnly(text)).toBe(expected);
  });
});
