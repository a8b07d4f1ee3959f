import { describe, expect, test } from 'vitest';
import { CHASER_PHRASES, isChaserText, isGratitudeOnly } from '../../../lib/metrics/lexicon';

describe('chaser lexicon (metrics.md §7 "Lexical", §9.2 M4)', () => {
  test.each(CHASER_PHRASES.map((phrase) => [phrase]))('"%s" inside a sentence is a chaser', (phrase) => {
    expect(isChaserText(`Hello, ${phrase.toUpperCase()} please?`)).toBe(true);
  });

  test.each([
    ['Please update the client to 5.2'],
    ['Follow the steps in the guide'],
    ['I was checking the logs this morning'],
    ['Les nouvelles imprimantes sont arrivées'],
    ['We still need two more licences'],
    ['The updated driver works'],
    ['Bumper stickers for the event'],
    ['Meta data is wrong'],
    ['Relancer le serveur après la mise à jour'],
  ])('near-miss "%s" is not a chaser', (text) => {
    expect(isChaserText(text)).toBe(false);
  });

  test.each([['Any news?'], ['Des nouvelles ?'], ['Je relance ma demande'], ['Toujours en attente…'], ['Où en est-on ?'], ['ETA please']])('"%s" is a chaser', (text) => {
    expect(isChaserText(text)).toBe(true);
  });

  test.each([
    ['Thanks!', true],
    ['Thank you, it works now 👍', true],
    ['Merci beaucoup, ça marche', true],
    ['Thanks but it still does not work', false],
    ['Merci, mais le problème revient', false],
    ['Confirmed, no more prompts. Thank you!', true],
    ["It's there now, thanks Elena!", true],
    ['Merci Marc, tout fonctionne à nouveau', true],
    ['Thanks, but it fails again this morning', false],
    ["It still doesn't print", false],
    ['Toujours pas, merci de regarder', false],
  ])('gratitude-only (metrics.md §9.2 M7): "%s" → %s', (text, expected) => {
    expect(isGratitudeOnly(text)).toBe(expected);
  });
});
