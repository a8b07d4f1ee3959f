import { useState, type FormEvent } from 'react';
import { database } from '../../components/database';
import { isTimeZone } from '../../lib/metrics/calendar';
import { THRESHOLD_DOCS } from '../../lib/metrics/threshold-docs';
import {
  DEFAULT_SETTINGS,
  DEFAULT_TARGETS,
  DEFAULT_THRESHOLDS,
  PRIORITY_LEVELS,
  SettingsSchema,
  type PriorityLevel,
  type Settings,
  type Thresholds,
} from '../../lib/model/settings';
import { saveSettings } from '../../lib/store';
import { DIMENSION_DEFINITIONS, DIMENSIONS, type Dimension } from '../../lib/scorecard';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The business calendar, contract targets and every threshold (with its default and source). Validated
 * with the same schema the metrics read; an invalid form is refused with the reason and saves nothing.
 * Render it once the stored settings are loaded, keyed by them: the draft starts from what is stored.
 */
export interface SettingsNotice {
  ok: boolean;
  text: string;
}

/** The notice lives in the parent: saving re-keys (remounts) this form with the stored values. */
export function SettingsForm({ settings, notice, onNotice }: { settings: Settings; notice?: SettingsNotice | undefined; onNotice: (notice: SettingsNotice) => void }) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [holidays, setHolidays] = useState(settings.holidays.join('\n'));
  const [identities, setIdentities] = useState(settings.clientIdentities.join('\n'));
  const setWeight = (dimension: Dimension, value: string) => {
    const scorecardWeights = { ...draft.scorecardWeights };
    if (value === '') delete scorecardWeights[dimension];
    else scorecardWeights[dimension] = Number(value);
    setDraft({ ...draft, scorecardWeights });
  };

  const first = draft.schedule[0] ?? { day: 1, start: '09:00', end: '17:00' };
  const workingDays = new Set(draft.schedule.map((period) => period.day));
  const setHours = (start: string, end: string, days: Set<number>) =>
    setDraft({ ...draft, schedule: [...days].sort().map((day) => ({ day, start, end })) });
  const setTarget = (level: PriorityLevel, field: 'firstResponseHours' | 'resolutionHours', value: string) => {
    const targets = { ...draft.targets };
    const current = targets[level] ?? DEFAULT_TARGETS[level];
    if (value === '') delete targets[level];
    else targets[level] = { ...current, [field]: Number(value) };
    setDraft({ ...draft, targets });
  };
  const setThreshold = (key: keyof Thresholds, value: string) =>
    setDraft({ ...draft, thresholds: { ...draft.thresholds, [key]: value === '' ? DEFAULT_THRESHOLDS[key] : Number(value) } });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = { ...draft, holidays: holidays.split(/[\s,]+/).filter(Boolean), clientIdentities: identities.split('\n').map((line) => line.trim()).filter(Boolean) };
    const parsed = SettingsSchema.safeParse(candidate);
    if (draft.timeZone && !isTimeZone(draft.timeZone)) return onNotice({ ok: false, text: `“${draft.timeZone}” is not a time zone (for example Europe/Paris).` });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return onNotice({ ok: false, text: `Not saved: ${issue?.path.join(' › ')} — ${issue?.message}` });
    }
    await saveSettings(database(), parsed.data);
    onNotice({ ok: true, text: 'Saved. Badges and the popup use the new settings on the next page you open.' });
  };

  return (
    <form className="settings" onSubmit={(event) => void save(event)} aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <fieldset>
        <legend>Business calendar</legend>
        <label>
          Time zone <input value={draft.timeZone} placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone} onChange={(e) => setDraft({ ...draft, timeZone: e.target.value.trim() })} />
        </label>
        <label>
          Opens <input type="time" value={first.start} onChange={(e) => setHours(e.target.value, first.end, workingDays)} />
        </label>
        <label>
          Closes <input type="time" value={first.end} onChange={(e) => setHours(first.start, e.target.value, workingDays)} />
        </label>
        <div className="days" role="group" aria-label="Working days">
          {DAYS.map((name, day) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={workingDays.has(day)}
                onChange={(e) => {
                  const days = new Set(workingDays);
                  if (e.target.checked) days.add(day);
                  else days.delete(day);
                  setHours(first.start, first.end, days);
                }}
              />
              {name}
            </label>
          ))}
        </div>
        <label className="wide">
          Holidays (one date per line, YYYY-MM-DD) <textarea rows={3} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Contract targets (business hours; empty = reference default)</legend>
        <table className="targets">
          <thead>
            <tr><th>Priority</th><th>First response</th><th>Resolution</th></tr>
          </thead>
          <tbody>
            {PRIORITY_LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">{level}</th>
                {(['firstResponseHours', 'resolutionHours'] as const).map((field) => (
                  <td key={field}>
                    <input
                      type="number" min="0.25" step="0.25" aria-label={`${level} ${field === 'firstResponseHours' ? 'first response' : 'resolution'} target`}
                      value={draft.targets[level]?.[field] ?? ''} placeholder={String(DEFAULT_TARGETS[level][field])}
                      onChange={(e) => setTarget(level, field, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>Thresholds of the warning signs</legend>
        <table className="thresholds">
          <tbody>
            {(Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]).map((key) => (
              <tr key={key}>
                <th scope="row">{THRESHOLD_DOCS[key].label}</th>
                <td>
                  <input type="number" step="any" min="0" aria-label={THRESHOLD_DOCS[key].label} value={draft.thresholds[key]} onChange={(e) => setThreshold(key, e.target.value)} />{' '}
                  {THRESHOLD_DOCS[key].unit}
                </td>
                <td className="muted">default {DEFAULT_THRESHOLDS[key]} — {THRESHOLD_DOCS[key].source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>Who is “us”</legend>
        <label className="wide">
          Names or e-mail domains of your own people, one per line — for portals that do not mark who wrote what
          <textarea rows={3} value={identities} placeholder={'Jane Customer\nfabrikam.example'} onChange={(e) => setIdentities(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Scorecard</legend>
        {DIMENSIONS.map((dimension) => (
          <label key={dimension}>
            {DIMENSION_DEFINITIONS[dimension].label} weight{' '}
            <input type="number" min="0" max="100" step="1" value={draft.scorecardWeights[dimension] ?? ''} placeholder="20" onChange={(e) => setWeight(dimension, e.target.value)} />
          </label>
        ))}
        <label>
          Pulse survey every <input type="number" min="1" max="52" step="1" value={draft.surveyIntervalWeeks} onChange={(e) => setDraft({ ...draft, surveyIntervalWeeks: Number(e.target.value) })} /> weeks
        </label>
      </fieldset>
      <fieldset>
        <legend>Language</legend>
        <select value={draft.locale} onChange={(e) => setDraft({ ...draft, locale: e.target.value as Settings['locale'] })} aria-label="Language">
          <option value="auto">Browser language</option>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">Save settings</button>
        <button type="button" onClick={() => { setDraft(DEFAULT_SETTINGS); setHolidays(''); }}>Back to defaults</button>
      </div>
      {notice && <p role="status" className={notice.ok ? 'muted' : 'error'}>{notice.text}</p>}
    </form>
  );
}

