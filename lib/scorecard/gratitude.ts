/**
 * Gratitude-only client messages ("Thanks!", "Merci, ça marche 👍"): a thank-you after the fix does not
 * make a ticket multi-touch (metrics.md §1.3 "a customer thank you … keeps it one-touch"; §9.2 M7/M10).
 * A message is gratitude-only when every word is a thanks/it-works word, or when it is only thank-you emoji (👍, 🙏).
 */
import { fold } from './fold';

const GRATITUDE_WORDS: ReadonlySet<string> = new Set([
  'thanks', 'thank', 'thx', 'ty', 'cheers', 'you', 'many', 'so', 'much', 'a', 'lot', 'again', 'very', 'ok', 'okay', 'great',
  'perfect', 'super', 'good', 'all', 'it', 'that', 'this', 'works', 'worked', 'working', 'now', 'is', 'resolved', 'fixed', 'solved',
  'merci', 'beaucoup', 'encore', 'parfait', 'ca', 'marche', 'fonctionne', 'c', 'est', 'bon', 'bien', 'tout', 'nickel', 'resolu', 'top',
]);

/** Emoji that say thanks or "it works" (a 👎 is not gratitude). */
const THANKS_EMOJI = /^(?:[\s!.]|👍|🙏|👌|✅|😊|🙂|😀|😃|🎉|❤️|❤)+$/u;

export function isGratitudeOnly(text: string | undefined): boolean {
  if (!text) return false;
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return THANKS_EMOJI.test(text);
  return words.every((word) => GRATITUDE_WORDS.has(word));
}
