import { useMemo, useState, type UIEvent } from 'react';
import { HealthPill } from '../../components/HealthPill';
import { formatBusinessDuration, formatDateTime, formatDuration } from '../../components/format';
import type { UiStrings } from '../../components/ui-strings';
import { filterRows, sortRows, type SortKey, type TicketFilters, type TicketRow } from '../../lib/dashboard/ticket-table';
import type { Locale } from '../../lib/metrics';
import { STATUS_CATEGORIES } from '../../lib/model/status';

/** Rows drawn at once beyond this many tickets are windowed (only those in view, plus a margin). */
const WINDOW_FROM = 200;
const ROW_HEIGHT = 38;
const VIEW_HEIGHT = 640;
const OVERSCAN = 10;

const COLUMNS: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'level', label: 'Health' },
  { key: 'ticketId', label: 'Ticket' },
  { key: 'subject', label: 'Subject' },
  { key: 'status', label: 'Status' },
  { key: 'ageMs', label: 'Age', numeric: true },
  { key: 'firstResponseMs', label: 'First response', numeric: true },
  { key: 'resolutionMs', label: 'Resolution', numeric: true },
  { key: 'followUps', label: 'Follow-ups', numeric: true },
  { key: 'handoffs', label: 'Handoffs', numeric: true },
  { key: 'reopens', label: 'Reopens', numeric: true },
  { key: 'eventCount', label: 'Entries', numeric: true },
  { key: 'lastSeenAt', label: 'Last seen' },
];

interface Props {
  rows: readonly TicketRow[];
  /** Tickets stored; more than `rows` while the whole history is still being read. */
  total: number;
  complete: boolean;
  filters: TicketFilters;
  onFilters: (filters: TicketFilters) => void;
  onOpen: (key: string) => void;
  strings: UiStrings;
  locale: Locale;
}

export function HistoryView({ rows, total, complete, filters, onFilters, onOpen, strings, locale }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'lastSeenAt', descending: true });
  const [scrollTop, setScrollTop] = useState(0);
  const origins = useMemo(() => [...new Set(rows.map((row) => row.origin))].sort(), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort.key, sort.descending), [rows, filters, sort]);
  const windowed = shown.length > WINDOW_FROM;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = windowed ? Math.min(shown.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN) : shown.length;
  const set = (patch: Partial<TicketFilters>) => onFilters({ ...filters, ...patch });
  const toggleSort = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : key !== 'ticketId' && key !== 'subject' && key !== 'status' }));
  const duration = (ms: number | null, business = false) => (ms === null ? '' : business ? formatBusinessDuration(ms) : formatDuration(ms, locale));

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="visually-hidden">History</h2>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          Portal{' '}
          <select value={filters.origin} onChange={(event) => set({ origin: event.target.value })}>
            <option value="">All portals</option>
            {origins.map((origin) => (
              <option key={origin} value={origin}>{new URL(origin).host}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={filters.category} onChange={(event) => set({ category: event.target.value as TicketFilters['category'] })}>
            <option value="">Any status</option>
            {STATUS_CATEGORIES.map((category) => (
              <option key={category} value={category}>{category.replace(/_/g, ' ')}</option>
            ))}
          </select>
        </label>
        <label>
          Health{' '}
          <select value={filters.level} onChange={(event) => set({ level: event.target.value as TicketFilters['level'] })}>
            <option value="">Any health</option>
            <option value="alert">{strings.level.alert}</option>
            <option value="watch">{strings.level.watch}</option>
            <option value="ok">{strings.level.ok}</option>
            <option value="none">not computed</option>
          </select>
        </label>
        <label>
          Created from <input type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} />
        </label>
        <label>
          to <input type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} />
        </label>
        <label>
          Search <input type="search" value={filters.text} placeholder="number, subject, status…" onChange={(event) => set({ text: event.target.value })} />
        </label>
        {filters.keys.length > 0 && (
          <button type="button" onClick={() => set({ keys: [] })}>
            Show all tickets (now {filters.keys.length} from the scorecard)
          </button>
        )}
      </form>
      <p className="muted" data-testid="ticket-count" role="status">
        {complete ? `${shown.length} of ${total} tickets` : `The ${rows.length} most recent of ${total} tickets — reading the rest…`}
      </p>
      <div className="table-scroll" style={windowed ? { height: VIEW_HEIGHT, overflowY: 'auto' } : undefined} onScroll={windowed ? (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop) : undefined}>
        <table className="tickets">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={column.numeric ? 'num' : undefined}>
                  <button type="button" className="sort" onClick={() => toggleSort(column.key)}>
                    {column.label}
                    {sort.key === column.key ? (sort.descending ? ' ▾' : ' ▴') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {windowed && first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {shown.slice(first, last).map((row) => (
              <tr key={row.key} data-testid="ticket-row" data-ticket-key={row.key} style={windowed ? { height: ROW_HEIGHT } : undefined}>
                <td><HealthPill level={row.level} strings={strings} /></td>
                <td>
                  <a href={row.url} target="_blank" rel="noreferrer">#{row.ticketId}</a> <span className="muted">{row.host}</span>
                </td>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(row.key)}>{row.subject || '(no subject)'}</button>
                </td>
                <td className="status">{row.status}</td>
                <td className="num">{duration(row.ageMs)}</td>
                <td className="num">{duration(row.firstResponseMs, true)}</td>
                <td className="num">{duration(row.resolutionMs, true)}</td>
                <td className="num">{row.followUps ?? ''}</td>
                <td className="num">{row.handoffs ?? ''}</td>
                <td className="num">{row.reopens ?? ''}</td>
                <td className="num" data-testid="event-count">{row.eventCount}</td>
                <td>{formatDateTime(row.lastSeenAt, locale)}</td>
              </tr>
            ))}
            {windowed && last < shown.length && <tr aria-hidden="true" style={{ height: (shown.length - last) * ROW_HEIGHT }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
