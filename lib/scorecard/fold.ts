/** Lower case without accents ("Élevée" → "elevee"), the form every scorecard word list is written in. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
