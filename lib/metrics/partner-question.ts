/**
 * Whether a partner message ends in a question (metrics.md §9.2 M4: a client turn that directly follows one is
 * an answer, not a chaser). The signature block ("Best regards,\nAna") and a closing courtesy after the
 * question ("… send the log? Thanks!") are looked past.
 */
import { foldText } from './fold';

/** A sign-off line: the phrase, then at most a name ("Best regards, Ana Lopez", "Merci d'avance", "--"). */
const SIGN_OFF =
  /^(?:--|__|(?:best|kind|warm)\s+regards|regards|best|cheers|thanks(?: again| in advance)?|thank you|many thanks|sincerely|br|merci(?: d'avance| par avance| beaucoup)?|cordialement|bien cordialement|bien a vous|salutations|bonne journee|a bientot)(?:[\s,.!]+[\p{L}'-]+){0,3}[\s,.!]*$/u;
const TRAILING_COURTESY = /\?\s*(?:thanks|thank you|many thanks|cheers|merci(?: d'avance| par avance| beaucoup)?|regards|cordialement)[^?]{0,40}$/;
const TRAILING_NOISE = /[\s"'»)\]\p{Extended_Pictographic}\u200d\ufe0f]+$/u;

export function endsWithQuestion(text: string | undefined): boolean {
  if (!text || !/[?？]/.test(text)) return false;
  if (/[?？]\s*$/.test(text)) return true;
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  // Cut a signature: from the first short sign-off line among the last few lines.
  for (let index = Math.max(1, lines.length - 6); index < lines.length; index += 1) {
    const line = foldText(lines[index] ?? '');
    if (SIGN_OFF.test(line)) {
      lines.length = index;
      break;
    }
  }
  const body = foldText(lines.join('\n')).replace(TRAILING_NOISE, '');
  if (/[?？]$/.test(body)) return true;
  return TRAILING_COURTESY.test(body);
}
