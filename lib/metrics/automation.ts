/**
 * Automated partner messages are not replies (DESIGN.md "Metric rules"; metrics.md §9.1 `is_auto`, §5 "Auto-
 * acknowledgements that stop an FRT clock"): a message from a no-reply or system identity, or an
 * acknowledgement template posted within Settings.thresholds.autoReplyMinutes (default 5) of the event it
 * answers — the ticket's creation or the client's latest message. Side `system` messages are never partner
 * replies in the first place (the contract files automated replies there).
 */
import { foldText } from './fold';

/** Author names of machines: no-reply addresses, "System", bots, mailer daemons (metrics.md §7 item 5). */
const AUTOMATED_AUTHOR =
  /(?:^|[^a-z])(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|mailer-daemon|postmaster|system|systeme|automat[a-z]*|robot|bot|auto-?responder)(?:$|[^a-z])/;

/**
 * Acknowledgement templates, English and French, matched on folded text (accents removed): "we have received
 * your request", "ticket #… has been created", "this is an automated…" (metrics.md §9.1) and their kin.
 */
export const ACKNOWLEDGEMENT_TEMPLATES: readonly RegExp[] = [
  /\bwe(?: have|'ve)? (?:successfully )?received your (?:request|ticket|e-?mail|message|enquiry|inquiry)/,
  /\b(?:ticket|request|case|incident|demande)\b[^.!?\n]{0,40}?\b(?:has been|was|a ete|a bien ete)\s+(?:created|opened|logged|registered|received|cree|creee|ouvert|ouverte|enregistre|enregistree|recu|recue)\b/,
  /\bthis is an automat(?:ed|ic)\b/,
  /\b(?:automatically generated|generated automatically|automated (?:response|reply|message|notification))\b/,
  /\b(?:please )?do not reply (?:to )?this\b/,
  /\bnous avons (?:bien )?recu votre (?:demande|ticket|message|e-?mail|courriel)/,
  /\bceci est un (?:message|e-?mail|courriel|envoi) automatique\b/,
  /\b(?:message|e-?mail|courriel|reponse) (?:genere|generee|envoye|envoyee) automatiquement\b/,
  /\b(?:merci de )?ne pas repondre a ce\b/,
];

export function isAutomatedAuthor(author: string | undefined): boolean {
  return !!author && AUTOMATED_AUTHOR.test(foldText(author));
}

export function isAcknowledgementText(text: string | undefined): boolean {
  if (!text) return false;
  const folded = foldText(text);
  return ACKNOWLEDGEMENT_TEMPLATES.some((template) => template.test(folded));
}

export interface PartnerMessageShape {
  author?: string;
  text?: string;
  /** When it was posted, ms. */
  at: number;
}

/**
 * Whether a partner-side message is automated. `answeredAt` is the time of the event it would answer: the
 * client's latest message before it, else the ticket's creation.
 */
export function isAutomatedPartnerMessage(message: PartnerMessageShape, answeredAt: number, autoReplyMinutes: number): boolean {
  if (isAutomatedAuthor(message.author)) return true;
  const delay = message.at - answeredAt;
  return delay >= 0 && delay <= autoReplyMinutes * 60_000 && isAcknowledgementText(message.text);
}
