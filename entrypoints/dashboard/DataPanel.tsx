import { useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { database } from '../../components/database';
import { RECIPES_KEY } from '../../lib/background/recipes';
import { backupChunks, createBackup, parseBackup, restoreBackup } from '../../lib/export/backup';
import { computeHealth, type Locale } from '../../lib/metrics';
import type { Recipe } from '../../lib/model/recipe';
import type { Settings } from '../../lib/model/settings';
import { deletePortalData } from '../../lib/store';
import { localIsoDate } from '../../lib/time/zone';
import { chosenFileText } from './chosen-file';
import { downloadChunks } from './download';

type Notice = { kind: 'status' | 'alert'; text: string };

/** JSON backup and restore, and forgetting one portal (issue 5); the CSV exports are in the page header. */
export function DataPanel({ settings, locale, origins }: { settings: Settings; locale: Locale; origins: readonly string[] }) {
  const [notice, setNotice] = useState<Notice>();
  const [origin, setOrigin] = useState('');

  const backUp = async () => {
    const stored = (await browser.storage.local.get(RECIPES_KEY))[RECIPES_KEY];
    const backup = await createBackup(database(), { settings, recipes: Array.isArray(stored) ? (stored as Recipe[]) : [], now: new Date() });
    downloadChunks(`plumbline-backup-${localIsoDate(Date.now(), settings.timeZone)}.json`, backupChunks(backup), 'application/json');
    setNotice({ kind: 'status', text: `Backed up ${backup.tickets.length} tickets and ${backup.events.length} timeline entries.` });
  };
  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const text = await chosenFileText(event);
    if (text === undefined) return;
    const parsed = parseBackup(text);
    if (!parsed.ok) return setNotice({ kind: 'alert', text: parsed.error });
    try {
      const now = new Date();
      const result = await restoreBackup(database(), parsed.backup, { settings, now, health: (history) => computeHealth(history, settings, now, locale) });
      if (parsed.backup.recipes?.length) await browser.runtime.sendMessage({ type: 'save-recipes', recipes: parsed.backup.recipes });
      setNotice({
        kind: 'status',
        text: `Restored: ${result.tickets.added} new tickets, ${result.tickets.updated} merged into ones already here, ${result.events.added} new timeline entries.`,
      });
    } catch (error) {
      setNotice({ kind: 'alert', text: `The restore stopped: ${error instanceof Error ? error.message : String(error)}. Tickets already merged stay; nothing else was changed.` });
    }
  };
  const forget = async () => {
    if (!origin) return;
    if (!window.confirm(`Delete every ticket and timeline entry stored for ${new URL(origin).host}? Other portals and your settings stay.`)) return;
    const deleted = await deletePortalData(database(), origin);
    setOrigin('');
    setNotice({ kind: 'status', text: `Deleted ${deleted.tickets} tickets and ${deleted.events} timeline entries of ${new URL(origin).host}.` });
  };

  return (
    <section className="data" aria-labelledby="data-title">
      <h2 id="data-title">Backup and deletion</h2>
      <div className="actions">
        <button type="button" onClick={() => void backUp()}>Back up (JSON)</button>
        <label className="file-button">
          Restore from backup <input type="file" accept="application/json,.json" onChange={(event) => void restore(event)} />
        </label>
      </div>
      <p className="muted small">A restore adds to what is stored: the same ticket gets the entries of both, so a colleague’s backup can be pooled with yours.</p>
      <div className="actions">
        <label>
          Forget a portal{' '}
          <select value={origin} onChange={(event) => setOrigin(event.target.value)}>
            <option value="">Choose a portal…</option>
            {origins.map((item) => (
              <option key={item} value={item}>{new URL(item).host}</option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!origin} onClick={() => void forget()}>Delete its data</button>
      </div>
      {notice && <p role={notice.kind}>{notice.text}</p>}
    </section>
  );
}
