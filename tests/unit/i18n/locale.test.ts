import { describe, expect, test } from 'vitest';
import { resolveLocale } from '../../../lib/i18n';

describe('resolveLocale (Settings.locale: "auto" follows navigator.languages)', () => {
  test.each([
    ['auto, French browser', 'auto', ['fr-FR', 'en-US'], 'fr'],
    ['auto, English first', 'auto', ['en-GB', 'fr'], 'en'],
    ['auto, first supported wins over unsupported ones', 'auto', ['de-DE', 'nl', 'fr-CA', 'en'], 'fr'],
    ['auto, underscore form', 'auto', ['fr_BE'], 'fr'],
    ['auto, nothing supported: English', 'auto', ['de-DE', 'es'], 'en'],
    ['auto, no languages: English', 'auto', [], 'en'],
    ['auto, "fri" is not French', 'auto', ['fri', 'fr'], 'fr'],
    ['explicit French on an English browser', 'fr', ['en-US'], 'fr'],
    ['explicit English on a French browser', 'en', ['fr-FR'], 'en'],
  ] as const)('%s → %s', (_name, setting, languages, expected) => {
    expect(resolveLocale(setting, languages)).toBe(expected);
  });
});
