/** The languages Plumbline speaks, and which one to use (Settings.locale: 'auto' follows the browser). */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

const SUPPORTED = /^(en|fr)(?:[-_]|$)/i;

/** 'auto' → the first of the browser's languages (navigator.languages) that is English or French; else English. */
export function resolveLocale(setting: 'auto' | Locale, languages: readonly string[]): Locale {
  if (setting !== 'auto') return setting;
  for (const language of languages) {
    const match = SUPPORTED.exec(language.trim());
    if (match) return match[1]!.toLowerCase() as Locale;
  }
  return 'en';
}
