/**
 * Reading the stored settings back. A value written by an older build may lack fields (parseSettings fills
 * them from the defaults); a value that is damaged — by hand, by a bug — must not cost the user the rest of
 * what they set: each field that is still valid is kept, each broken one falls back to its default.
 */
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, parseSettings, SettingsSchema, ThresholdsSchema, type Settings } from '../model/settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The valid fields of `stored` under `shape`; broken or missing ones are left out (the default applies). */
function validFields(stored: Record<string, unknown>, shape: Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>, keys: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in stored)) continue;
    const parsed = shape[key]?.safeParse(stored[key]);
    if (parsed?.success) kept[key] = parsed.data;
  }
  return kept;
}

export function settingsFromStored(value: unknown): Settings {
  try {
    return parseSettings(value);
  } catch {
    const stored = isRecord(value) ? value : {};
    const fields = validFields(stored, SettingsSchema.shape, Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'thresholds'));
    const thresholds = validFields(isRecord(stored.thresholds) ? stored.thresholds : {}, ThresholdsSchema.shape, Object.keys(DEFAULT_THRESHOLDS));
    try {
      return parseSettings({ ...fields, thresholds });
    } catch {
      return parseSettings(undefined);
    }
  }
}
