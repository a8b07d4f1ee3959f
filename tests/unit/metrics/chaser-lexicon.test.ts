import { describe, expect, test } from 'vitest';
import { CHASER_PHRASES, isChaserText } from '../../../lib/metrics/chaser-lexicon';

describe('chaser lexicon: every phrase (metrics.md §7 "Lexical", §9.2 M4 (b))', () => {
  test.each(CHASER_PHRASES.map((phrase) => [phrase]))('"%s" matches inside a sentence, in any case', (phrase) => {
    expect(isChaserText(`Hello team, ${phrase} please.`)).toBe(true);
    expect(isChaserText(`HELLO TEAM, ${phrase.toUpperCase()}!`)).toBe(true);
  });

  test.each([
    ['any update', 'Any update on this?'],
    ['any news', 'Any news?'],
    ['following up', 'Just following up on my ticket from Monday.'],
    ['follow up', 'Follow up: the printer is still offline.'],
    ['follow-up, hyphenated', 'Follow-up on the VPN issue'],
    ['just checking', 'Just checking whether someone saw this'],
    ['checking in', 'Checking in on this one'],
    ['still waiting', 'We are still waiting for the new dock.'],
    ['still not', 'Still not fixed on our side.'],
    ["haven't heard, typographic apostrophe", 'We haven’t heard from you since Tuesday.'],
    ["haven't heard, no apostrophe", 'havent heard back'],
    ['no response', 'No response so far.'],
    ['no reply', 'Three days and no reply.'],
    ['reminder', 'Friendly reminder about this ticket.'],
    ['bump', 'Bump.'],
    ['ETA', 'Is there an ETA?'],
    ['when can we expect', 'When can we expect a fix?'],
    ['is anyone', 'Is anyone working on this?'],
    ['relance', 'Relance : ticket toujours ouvert.'],
    ['je relance', 'Je relance ce ticket.'],
    ['relancer', 'Je me permets de vous relancer.'],
    ['des nouvelles', 'Des nouvelles ?'],
    ['toujours en attente', 'Toujours en attente de votre retour.'],
    ['toujours rien', 'Toujours rien de votre côté ?'],
    ['avez-vous du nouveau', 'Avez-vous du nouveau ?'],
    ['avez vous du nouveau, no hyphen', 'avez vous du nouveau'],
    ['où en est', 'Où en est-on sur ce sujet ?'],
    ['ou en est, no accent', 'ou en est le dossier'],
    ['sans réponse', 'Ma demande est restée sans réponse.'],
    ['sans nouvelles', 'Sans nouvelles depuis lundi.'],
  ])('%s: "%s"', (_phrase, text) => {
    expect(isChaserText(text)).toBe(true);
  });
});

describe('chaser lexicon: near-misses are not chasers (whole words only)', () => {
  test.each([
    'Please update the client to 5.2 before Friday.',
    'Follow the steps in the attached guide.',
    'I am checking the logs now.',
    'Les nouvelles imprimantes sont arrivées.',
    'The beta build crashes at start.',
    'The bumper of the laptop is cracked.',
    'I set reminders in Outlook but they do not pop up.',
    'The metadata of the file is wrong.',
    'Le nouveau serveur est en place.',
    'The follow-through was great, thanks.',
    'Is it possible to add a second screen?',
    'Still, the screen flickers sometimes.',
  ])('"%s"', (text) => {
    expect(isChaserText(text)).toBe(false);
  });

  test('nothing matches an empty or missing text', () => {
    expect(isChaserText('')).toBe(false);
    expect(isChaserText(undefined)).toBe(false);
  });
});
