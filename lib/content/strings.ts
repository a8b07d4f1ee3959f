/**
 * The few words the content script writes itself (everything else — labels, signs — arrives already
 * translated from the background). Kept tiny: this file ships on every portal page.
 */
const STRINGS = {
  en: {
    notVisited: 'not visited yet',
    notVisitedHint: 'Open this ticket once and Plumbline will remember its timeline.',
    signs: (n: number) => (n === 0 ? 'No warning signs' : n === 1 ? '1 warning sign' : `${n} warning signs`),
    refused: 'Plumbline could not read this page',
  },
  fr: {
    notVisited: 'pas encore consulté',
    notVisitedHint: 'Ouvrez ce ticket une fois et Plumbline retiendra son historique.',
    signs: (n: number) => (n === 0 ? 'Aucun signal d’alerte' : n === 1 ? '1 signal d’alerte' : `${n} signaux d’alerte`),
    refused: 'Plumbline n’a pas pu lire cette page',
  },
};

export type ContentStrings = (typeof STRINGS)['en'];

export function contentStrings(languages: readonly string[]): ContentStrings {
  for (const language of languages) {
    const base = language.toLowerCase().slice(0, 2);
    if (base === 'fr') return STRINGS.fr;
    if (base === 'en') return STRINGS.en;
  }
  return STRINGS.en;
}
