import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { database } from '../../components/database';
import { useSettings } from '../../components/use-settings';
import { scoredHistory } from '../../lib/dashboard/scored-history';
import { NO_FILTERS, toRow, type TicketFilters } from '../../lib/dashboard/ticket-table';
import { csvFileName, eventsCsvChunks, ticketsCsvChunks } from '../../lib/export/csv';
import { computeScorecard } from '../../lib/scorecard';
import { listTickets } from '../../lib/store';
import { DataPanel } from './DataPanel';
import { downloadChunks } from './download';
import { HistoryView } from './HistoryView';
import { PulseSurvey } from './PulseSurvey';
import { RecipesPanel } from './RecipesPanel';
import { ScorecardView } from './ScorecardView';
import { SettingsForm, type SettingsNotice } from './SettingsForm';
import { TicketDetail } from './TicketDetail';

/** Rows read first, before the whole history (the first screen of the list and some margin). */
const FIRST_SCREEN = 60;

type Tab = 'history' | 'scorecard' | 'data' | 'settings';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'history', label: 'History' },
  { id: 'scorecard', label: 'Scorecard' },
  { id: 'data', label: 'Backup' },
  { id: 'settings', label: 'Settings' },
];

/** Where the page is: a tab, or one ticket (`#ticket=<key>`, so a ticket can be linked). */
function readHash(): { tab: Tab; ticket?: string } {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith('ticket=')) return { tab: 'history', ticket: hash.slice('ticket='.length) };
  return { tab: TABS.some((tab) => tab.id === hash) ? (hash as Tab) : 'history' };
}

/**
 * The dashboard (issue 5): every stored ticket, sortable and filterable, one ticket's timeline, the partner
 * scorecard with trends, backups, settings and taught portals. CSV exports stay in the header.
 */
export function App() {
  const { strings, locale, settings, loaded } = useSettings();
  // A large history takes a while to read whole: the most recent screenful is read (and drawn) first,
  // then everything (IndexedDB serves one read after the other).
  const firstTickets = useLiveQuery(() => listTickets(database(), FIRST_SCREEN), []);
  const firstRead = firstTickets !== undefined;
  const tickets = useLiveQuery(async () => (firstRead ? await listTickets(database()) : undefined), [firstRead]);
  const total = useLiveQuery(() => database().tickets.count(), []);
  const [place, setPlace] = useState(readHash);
  const [filters, setFilters] = useState<TicketFilters>(NO_FILTERS);
  const [message, setMessage] = useState<string>();
  const [settingsNotice, setSettingsNotice] = useState<SettingsNotice>();

  useEffect(() => {
    const onHash = () => setPlace(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (hash: string) => {
    location.hash = hash;
  };

  const rows = useMemo(() => (tickets ?? firstTickets ?? []).map(toRow), [tickets, firstTickets]);
  const origins = useMemo(() => [...new Set(rows.map((row) => row.origin))].sort(), [rows]);
  // The scorecard reads every event: only when its tab is open.
  const events = useLiveQuery(async () => (place.tab === 'scorecard' ? await database().events.toArray() : undefined), [place.tab]);
  const surveys = useLiveQuery(() => database().surveys.orderBy('takenAt').toArray(), []);
  const scored = useMemo(() => (tickets && events ? scoredHistory(tickets, events, settings, new Date()) : undefined), [tickets, events, settings]);
  const compute = useCallback(
    (days: number) => {
      const now = new Date();
      return computeScorecard(scored ?? [], { now, settings, weights: settings.scorecardWeights, surveys: surveys ?? [], window: { from: new Date(now.getTime() - days * 86_400_000), to: now } });
    },
    [scored, settings, surveys],
  );

  const exportTickets = async () => {
    const db = database();
    const [all, allEvents] = await Promise.all([listTickets(db), db.events.toArray()]);
    downloadChunks(csvFileName('tickets', new Date(), settings.timeZone), ticketsCsvChunks(all, allEvents, { settings, now: new Date() }), 'text/csv;charset=utf-8');
    setMessage(`${all.length} tickets exported.`);
  };
  const exportEvents = async () => {
    const db = database();
    const [all, allEvents] = await Promise.all([listTickets(db), db.events.toArray()]);
    downloadChunks(csvFileName('events', new Date(), settings.timeZone), eventsCsvChunks(all, allEvents), 'text/csv;charset=utf-8');
    setMessage(`${allEvents.length} timeline entries exported.`);
  };

  return (
    <main className="dashboard">
      <header className="dashboard-header">
        <h1>Plumbline</h1>
        <nav className="tabs" role="tablist" aria-label="Dashboard">
          {TABS.map((tab) => (
            <button key={tab.id} type="button" role="tab" aria-selected={place.tab === tab.id && !place.ticket} onClick={() => go(tab.id)}>
              {tab.label}
            </button>
          ))}
        </nav>
        <div className="actions">
          <button type="button" onClick={() => void exportTickets()} disabled={!tickets?.length}>
            Export tickets (CSV)
          </button>
          <button type="button" onClick={() => void exportEvents()} disabled={!tickets?.length}>
            Export events (CSV)
          </button>
        </div>
      </header>
      {message && <p role="status" className="muted">{message}</p>}
      {place.ticket ? (
        <TicketDetail ticketKey={place.ticket} settings={settings} strings={strings} locale={locale} onClose={() => history.back()} />
      ) : place.tab === 'history' ? (
        tickets === undefined && firstTickets === undefined ? (
          <p className="muted">{strings.loading}</p>
        ) : rows.length === 0 ? (
          <p className="empty">No ticket stored yet. Enable Plumbline on your partner’s helpdesk portal and open your tickets there.</p>
        ) : (
          <HistoryView rows={rows} total={tickets ? rows.length : (total ?? rows.length)} complete={tickets !== undefined} filters={filters} onFilters={setFilters} onOpen={(key) => go(`ticket=${encodeURIComponent(key)}`)} strings={strings} locale={locale} />
        )
      ) : place.tab === 'scorecard' ? (
        scored === undefined ? (
          <p className="muted">{strings.loading}</p>
        ) : (
          <ScorecardView
            compute={compute}
            survey={<PulseSurvey responses={surveys ?? []} intervalWeeks={settings.surveyIntervalWeeks} />}
            onEvidence={(keys) => {
              setFilters({ ...NO_FILTERS, keys });
              go('history');
            }}
          />
        )
      ) : place.tab === 'data' ? (
        <DataPanel settings={settings} locale={locale} origins={origins} />
      ) : (
        <>
          {loaded && <SettingsForm key={JSON.stringify(settings)} settings={settings} notice={settingsNotice} onNotice={setSettingsNotice} />}
          <RecipesPanel />
        </>
      )}
    </main>
  );
}
