import { useLiveQuery } from 'dexie-react-hooks';
import { resolveLocale, type Locale } from '../lib/metrics';
import { DEFAULT_SETTINGS, type Settings } from '../lib/model/settings';
import { getSettings } from '../lib/store';
import { database } from './database';
import { uiStrings, type UiStrings } from './ui-strings';

export interface PageSettings {
  settings: Settings;
  /** False until the stored settings were read (defaults are shown meanwhile). */
  loaded: boolean;
  locale: Locale;
  strings: UiStrings;
}

/** Settings from the database (live), with the locale they imply for this browser. */
export function useSettings(): PageSettings {
  const stored = useLiveQuery(() => getSettings(database()), []);
  const settings = stored ?? DEFAULT_SETTINGS;
  const locale = resolveLocale(settings.locale, navigator.languages);
  return { settings, loaded: stored !== undefined, locale, strings: uiStrings(locale) };
}
