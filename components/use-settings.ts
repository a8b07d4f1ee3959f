import { useLiveQuery } from 'dexie-react-hooks';
import { resolveLocale, type Locale } from '../lib/metrics';
import { DEFAULT_SETTINGS, type Settings } from '../lib/model/settings';
import { getSettings } from '../lib/store';
import { database } from './database';
import { uiStrings, type UiStrings } from './ui-strings';

export interface PageSettings {
  settings: Settings;
  locale: Locale;
  strings: UiStrings;
}

/** Settings from the database (live), with the locale they imply for this browser. */
export function useSettings(): PageSettings {
  const settings = useLiveQuery(() => getSettings(database()), [], DEFAULT_SETTINGS);
  const locale = resolveLocale(settings.locale, navigator.languages);
  return { settings, locale, strings: uiStrings(locale) };
}
