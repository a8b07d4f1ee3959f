/**
 * Text normalisation for recurrence (metrics.md §9.2 M8: "Jaccard of normalised subject tokens, TF-IDF
 * cosine over subject + first message"). Done once per ticket (in toScoredTicket), not per comparison.
 *
 * Normalisation: lower case, accents stripped (lib/metrics foldText, as the metrics' lexicons);
 * reply/forward prefixes (re:, fw:, fwd:, tr:) and ticket numbers ("#123", "ticket 123", "demande n° 45")
 * dropped; split on anything that is not a letter or a digit; words of one character, numbers standing alone (dates, ticket numbers) and stop words (small
 * English and French lists plus helpdesk filler such as "issue", "problème", "please") dropped. Numbers
 * inside words stay ("3rd", "win11"). A light plural fold ("printers" → "printer") lets singular and
 * plural meet ("crashes" → "crash"); words ending in "ss" keep their s.
 */
import { foldText } from '../metrics/fold';

/** Only the start of a long first message counts (signatures and pasted logs are noise and cost). */
export const SIMILARITY_TEXT_CHARS = 2_000;

const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'without', 'about',
  'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'we', 'you', 'he',
  'she', 'they', 'me', 'my', 'our', 'your', 'their', 'us', 'them', 'not', 'no', 'do', 'does', 'did', 'done', 'have', 'has',
  'had', 'can', 'cannot', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'just', 'also', 'still', 'again', 'very',
  'so', 'than', 'then', 'there', 'here', 'what', 'when', 'where', 'which', 'who', 'why', 'how', 'all', 'any', 'some', 'more',
  'most', 'other', 'such', 'only', 'own', 'same', 'too', 'into', 'out', 'up', 'down', 'over', 'under', 'after', 'before',
  'while', 'during', 'since', 'don', 'doesn', 'isn', 'won', 'can', 'get', 'got', 'now', 'today', 'yesterday',
  // French
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'si', 'au', 'aux', 'en', 'dans', 'sur', 'sous',
  'par', 'pour', 'avec', 'sans', 'ce', 'cet', 'cette', 'ces', 'est', 'sont', 'etait', 'ete', 'etre', 'ai', 'as', 'avons',
  'avez', 'ont', 'je', 'tu', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'ne', 'pas', 'plus', 'que', 'qui', 'quoi',
  'dont', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'se', 'sa', 'son', 'ses',
  'lui', 'moi', 'toi', 'encore', 'toujours', 'tres', 'deja', 'aussi', 'depuis', 'fait', 'faire', 'peut', 'pouvez', 'aujourd',
  'hui', 'hier',
  // Helpdesk filler in both languages: present in unrelated tickets, so they prove nothing.
  'issue', 'problem', 'probleme', 'souci', 'help', 'aide', 'please', 'plz', 'svp', 'hello', 'hi', 'dear', 'bonjour', 'madame',
  'monsieur', 'thanks', 'thank', 'merci', 'regards', 'cordialement', 'question', 'request', 'demande', 'ticket', 'incident',
  'urgent', 'urgente', 'fw', 'fwd', 're', 'tr',
]);

const REPLY_PREFIX = /(?<![\p{L}\p{N}])(?:re|fw|fwd|tr|aw|wg)\s*:/gu;
const TICKET_NUMBER = /#\s?[\p{L}\p{N}][\p{L}\p{N}_-]*|(?<![\p{L}\p{N}])(?:ticket|request|demande|incident|case|dossier)\s*(?:n\s?[°o]\.?\s*|no\.\s*|#\s*)?(?=[\p{L}\p{N}_-]*\p{N})[\p{L}\p{N}_-]+/gu;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\p{N}+$/u;
/** "crashes", "patches", "boxes", "accesses": the plural adds "es". */
const ES_PLURAL = /(?:sh|ch|x|ss|z)es$/u;

function keep(word: string): string | null {
  if (word.length < 2 || DIGITS.test(word) || STOP_WORDS.has(word)) return null;
  const singular = ES_PLURAL.test(word) ? word.slice(0, -2) : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return STOP_WORDS.has(singular) ? null : singular;
}

/** Normalised tokens of a text, in order, repeats kept (TF-IDF counts them). */
export function similarityTokens(text: string): string[] {
  const cleaned = foldText(text).replace(REPLY_PREFIX, ' ').replace(TICKET_NUMBER, ' ');
  const tokens: string[] = [];
  for (const word of cleaned.split(WORD_SPLIT)) {
    const token = keep(word);
    if (token !== null) tokens.push(token);
  }
  return tokens;
}

const REFERENCE = /#\s?([\p{L}\p{N}][\p{L}\p{N}_-]*)|(?<![\p{L}\p{N}])(?:ticket|request|demande|incident|case|dossier)\s*(?:n\s?[°o]\.?\s*|no\.\s*|#\s*)?((?=[\p{L}\p{N}_-]*\p{N})[\p{L}\p{N}_-]+)/gu;

/**
 * Ticket numbers a text refers to: "re: #123", "#SUP-20413", "ticket 123", "demande n° 45" (metrics.md §7
 * "Explicit linkage"). Lower case, for comparison with ticket ids lower-cased the same way.
 */
export function referencedTicketIds(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.toLowerCase().matchAll(REFERENCE)) {
    const id = (match[1] ?? match[2] ?? '').replace(/[-_]+$/, '');
    if (id) ids.add(id);
  }
  return [...ids];
}

/** What recurrence compares of a ticket (ScoredTicket.similarity), normalised once. */
export interface SimilarityProfile {
  /** Distinct normalised subject tokens. */
  subjectTokens: string[];
  /** Normalised tokens of subject + first message (its first 2,000 characters), repeats kept. */
  textTokens: string[];
  /** Ticket numbers the subject or first message refers to ("re: #123"), lower case. */
  referencedIds: string[];
  /** Equal for tickets with the same tokens (they are compared once). */
  signature: string;
}

export function similarityProfile(subject: string, firstMessage: string | null): SimilarityProfile {
  const request = (firstMessage ?? '').slice(0, SIMILARITY_TEXT_CHARS);
  const subjectTokens = similarityTokens(subject);
  const textTokens = [...subjectTokens, ...similarityTokens(request)];
  const distinctSubject = [...new Set(subjectTokens)];
  return {
    subjectTokens: distinctSubject,
    textTokens,
    referencedIds: referencedTicketIds(`${subject}\n${request}`),
    signature: `${[...distinctSubject].sort().join(' ')}\n${[...textTokens].sort().join(' ')}`,
  };
}
