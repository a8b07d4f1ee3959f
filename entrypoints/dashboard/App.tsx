import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../components/database';
import { HealthPill } from '../../components/HealthPill';
import { formatDateTime } from '../../components/format';
import { useSettings } from '../../components/use-settings';
import { csvFileName, eventsCsvChunks, ticketsCsvChunks } from '../../lib/export/csv';
import { listTickets } from '../../lib/store';
import { downloadChunks } from './download';
import { RecipesPanel } from './RecipesPanel';
import { SettingsForm, type SettingsNotice } from './SettingsForm';

/**
 * The dashboard: every stored ticket, and its export as CSV (DESIGN.md "CSV export").
 * The partner scorecard, trends and settings build on this page.
 */
export function App() {
  const { strings, locale, settings, loaded } = useSettings();
  const tickets = useLiveQuery(() => listTickets(database()), []);
  const [message, setMessage] = useState<string>();
  const [settingsNotice, setSettingsNotice] = useState<SettingsNotice>();

  const exportTickets = async () => {
    const db = database();
    const all = await listTickets(db);
    const events = await db.events.toArray();
    downloadChunks(csvFileName('tickets', new Date(), settings.timeZone), ticketsCsvChunks(all, events, { settings, now: new Date() }), 'text/csv;charset=utf-8');
    setMessage(`${all.length} tickets exported.`);
  };

  const exportEvents = async () => {
    const db = database();
    const all = await listTickets(db);
    const events = await db.events.toArray();
    downloadChunks(csvFileName('events', new Date(), settings.timeZone), eventsCsvChunks(all, events), 'text/csv;charset=utf-8');
    setMessage(`${events.length} timeline entries exported.`);
  };

  return (
    <main className="dashboard">
      <header className="dashboard-header">
        <h1>Plumbline</h1>
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
      {tickets === undefined ? (
        <p className="muted">{strings.loading}</p>
      ) : tickets.length === 0 ? (
        <p className="empty">No ticket stored yet. Enable Plumbline on your partner’s helpdesk portal and open your tickets there.</p>
      ) : (
        <>
          <p className="muted">{strings.storedTickets(tickets.length)}</p>
          <table className="tickets">
            <thead>
              <tr>
                <th>Health</th>
                <th>Ticket</th>
                <th>Subject</th>
                <th>Status</th>
                <th>Follow-ups</th>
                <th>Technicians</th>
                <th>Reopens</th>
                <th>Entries</th>
                <th>Last seen</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.key} data-testid="ticket-row" data-ticket-key={ticket.key}>
                  <td><HealthPill level={ticket.health?.level ?? 'none'} strings={strings} /></td>
                  <td><a href={ticket.url} target="_blank" rel="noreferrer">#{ticket.ticketId}</a> <span className="muted">{new URL(ticket.origin).host}</span></td>
                  <td>{ticket.subject}</td>
                  <td className="status">{ticket.status.raw}</td>
                  <td className="num">{ticket.health?.metrics.followUps ?? ''}</td>
                  <td className="num">{ticket.health?.metrics.responders ?? ''}</td>
                  <td className="num">{ticket.health?.metrics.reopens ?? ''}</td>
                  <td className="num" data-testid="event-count">{ticket.eventCount}</td>
                  <td>{formatDateTime(ticket.lastSeenAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <RecipesPanel />
      {loaded && <SettingsForm key={JSON.stringify(settings)} settings={settings} notice={settingsNotice} onNotice={setSettingsNotice} />}
    </main>
  );
}
