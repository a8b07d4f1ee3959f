/**
 * Plumbline's message catalogues (en, fr) for warning signs and badge labels, and the choice of language. Small on
 * purpose: bundled into the background and the extension pages (not the content script).
 */
export { LOCALES, resolveLocale, type Locale } from './locale';
export type { Catalogue } from './catalogue';
export { CATALOGUES } from './catalogues';
export { businessDuration, calendarDuration, capitalise, shortDate } from './format';
