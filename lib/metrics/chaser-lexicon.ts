/**
 * The chaser lexicon (metrics.md §7 "Lexical", §9.2 M4 (b)): phrases with which a client asks for news,
 * English and French. Data, not code: add a phrase here and it is matched on whole words, case- and accent-
 * insensitive, with spaces, hyphens and apostrophes written freely ("follow-up", "Follow up",
 * "haven’t heard", "ou en est"). A match alone is not a follow-up: the partner must also have been silent
 * (lib/metrics/follow-ups.ts).
 */
import { foldText, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './fold';

export const CHASER_PHRASES: readonly string[] = [
  // English (metrics.md §7: jace.pro "Any update on this?", SupportLogic "Follow-up Request", Sentry/ghostpost nudges)
  'any update', 'any updates', 'any news', 'any progress', 'update on this', 'update on the',
  'following up', 'follow up', 'just checking', 'checking in', 'just a quick nudge', 'nudge',
  'still waiting', 'still not', "haven't heard", 'have not heard', 'not heard back', 'no response', 'no reply', 'no answer',
  'reminder', 'bump', 'chase', 'chasing', 'eta', 'when can we expect', 'when can i expect', 'when will we expect', 'when will i expect',
  'is anyone', 'anyone looking',
  // French
  'relance', 'je relance', 'relancer', 'relançons', 'des nouvelles', 'pas de nouvelles', 'aucune nouvelle', 'sans nouvelles',
  'toujours en attente', 'toujours rien', 'toujours pas de réponse', 'toujours pas de retour', 'avez-vous du nouveau', 'où en est',
  'où en êtes-vous', 'sans réponse', 'aucune réponse', 'aucun retour', 'pas de retour', 'un retour svp', 'un point sur',
];

function phrasePattern(phrase: string): string {
  return foldText(phrase)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'?"))
    .join('[\\s-]+');
}

/** Whole words: a phrase is neither preceded nor followed by a letter or digit. */
const CHASER = new RegExp(`${NOT_AFTER_WORD}(?:${[...new Set(CHASER_PHRASES.map(phrasePattern))].join('|')})${NOT_BEFORE_WORD}`);

export function isChaserText(text: string | undefined): boolean {
  return !!text && CHASER.test(foldText(text));
}

