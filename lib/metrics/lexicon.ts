/**
 * Phrases that make a client message a chaser (metrics.md §7 "Lexical", §9.2 M4), English and French.
 * Matched on whole words, case- and accent-insensitive. Data, not code: add phrases here.
 */
export const CHASER_PHRASES: readonly string[] = [
  'any update', 'any updates', 'any news', 'update on this', 'update on the', 'following up', 'follow up', 'follow-up',
  'just checking', 'checking in', 'still waiting', 'still not', "haven't heard", 'have not heard', 'not heard back',
  'no response', 'no reply', 'no answer', 'reminder', 'gentle reminder', 'bump', 'eta', 'when can we expect', 'when can i expect',
  'when will we', 'is anyone', 'anyone looking', 'chasing',
  'relance', 'je relance', 'nous relançons', 'des nouvelles', 'toujours en attente', 'toujours rien', 'avez-vous du nouveau',
  'du nouveau', 'ou en est', 'où en est', 'sans reponse', 'sans réponse', 'sans nouvelles', 'pas de nouvelles', 'toujours pas',
];

/**
 * Gratitude after a fix is neither a chaser nor a dispute (metrics.md §9.2 M7: `thank`, `works now`,
 * `resolved`, 👍). A message is gratitude when it carries a thank-you or a confirmation and nothing that says
 * the problem is still there ("still", "again", "not", "toujours", "problème" …).
 */
const GRATITUDE_MARKERS = /(?:^|[^\p{L}])(?:thanks?|thank you|thx|cheers|merci|confirmed|confirme|works|working|worked|fixed|resolved|solved|resolu|ca marche|ca fonctionne|c'est bon|perfect|parfait|great|nickel)(?=$|[^\p{L}])|👍|🙏/u;
const PROBLEM_MARKERS = /(?:^|[^\p{L}])(?:not|n't|no longer|still|again|anymore|problem|issue|error|fail(?:s|ed|ing)?|broken|wrong|doesn|won|can|cannot|pas|plus|toujours|encore|probleme|erreur|echec|panne|revient)(?=$|[^\p{L}])/u;

/** Automated acknowledgements (metrics.md §9.1 is_auto; DESIGN.md "Metric rules"). */
export const AUTO_TEMPLATES: readonly RegExp[] = [
  /we have received your (?:request|ticket|e-?mail|message)/i,
  /(?:ticket|request|demande) #?\s?\d* ?(?:has been|a été) (?:created|received|créée?|reçue?)/i,
  /this is an automated/i,
  /do not reply to this (?:e-?mail|message)/i,
  /nous avons (?:bien )?reçu votre (?:demande|ticket|message)/i,
  /ceci est un (?:message|e-?mail) automatique/i,
];
export const AUTO_AUTHORS = /no-?reply|noreply|system|automat|robot|bot\b|mailer-daemon|ne-pas-repondre/i;

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const CHASER_PATTERN = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${[...new Set(CHASER_PHRASES.map(fold))]
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|')})(?=$|[^\\p{L}\\p{N}])`,
  'u',
);

export function isChaserText(text: string | undefined): boolean {
  return !!text && CHASER_PATTERN.test(fold(text));
}

export function isGratitudeOnly(text: string | undefined): boolean {
  const folded = fold(text ?? '').replace(/’/g, "'");
  return GRATITUDE_MARKERS.test(folded) && !PROBLEM_MARKERS.test(folded);
}
