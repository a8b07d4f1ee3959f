/**
 * Gratitude-only messages (metrics.md §9.2 M7: `thank`, `works now`, `resolved`, 👍; Zendesk "thank you keeps
 * one-touch"): a client message after a fix that only thanks or confirms is neither a dispute nor a chaser.
 * A message is gratitude-only when it carries a thank-you or a confirmation, has no word saying the problem is
 * still there (not, still, again, but, error, pas, toujours, encore, mais, nicht, noch, aber…) nor a question,
 * and is short.
 */
import { foldText, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './fold';

const words = (list: readonly string[], flags = '') => new RegExp(`${NOT_AFTER_WORD}(?:${list.join('|')})${NOT_BEFORE_WORD}`, flags);

/** Thanks and confirmations, English, French and German (folded: no accents, ß as is). */
const GRATITUDE = words([
  'thanks?', 'thank you', 'thx', 'ty', 'cheers', 'much appreciated', 'appreciated', 'confirmed', 'works', 'worked', 'working',
  'all good', 'resolved', 'fixed', 'solved', 'sorted', 'perfect', 'great', 'merci', 'confirme', 'ca marche', 'ca fonctionne', 'tout fonctionne',
  'cela fonctionne', 'ca remarche', "c'est bon", "c'est ok", 'resolu', 'regle', 'parfait', 'nickel', 'super', 'top',
  // German (Zammad, Znuny and many MSP portals in DACH).
  'danke', 'vielen dank', 'funktioniert', 'klappt', 'erledigt', 'geloest', 'passt',
]);
const GRATITUDE_EMOJI = /[\u{1F44D}\u{1F64F}\u{1F44C}\u{2705}\u{1F642}\u{1F60A}\u{1F600}\u{1F603}]/u;

/** Words that say the problem is still there ("thanks, but it fails again"). */
const COMPLAINT = words([
  'not', 'never', 'still', 'again', 'but', 'however', 'although', 'though', 'broken', 'wrong', 'fails?', 'failed', 'failing', 'error', 'errors',
  'cannot', 'pas', 'plus', 'jamais', 'toujours', 'encore', 'mais', 'cependant', 'toutefois', 'revient', 'recommence', 'erreur', 'echec', 'panne',
  'nicht', 'kein', 'keine', 'noch', 'wieder', 'aber', 'fehler', 'kaputt',
]);
const CONTRACTED_NEGATION = /n't|\?/;

/** Phrases that contain a complaint word without complaining ("no problem", "works again", "plus de souci"). */
const HARMLESS = words([
  'not a problem', 'pas de (?:souci|soucis|probleme)', 'plus de (?:souci|soucis|probleme|message|erreur)s?', 'works again', 'working again',
  'up and running again', 'fonctionne a nouveau', 'marche a nouveau', 'funktioniert wieder', 'geht wieder', 'klappt wieder',
  'kein problem', 'keine probleme',
], 'g');

/** Gratitude-only messages are short; a long text with a "thanks" in it is a new message. */
const MAX_WORDS = 25;

export function isGratitudeOnly(text: string | undefined): boolean {
  if (!text) return false;
  const folded = foldText(text).replace(HARMLESS, ' ');
  if (!(GRATITUDE.test(folded) || GRATITUDE_EMOJI.test(folded))) return false;
  if (COMPLAINT.test(folded) || CONTRACTED_NEGATION.test(folded)) return false;
  return folded.split(/[^a-z0-9\u00c0-\uffff']+/).filter(Boolean).length <= MAX_WORDS;
}
