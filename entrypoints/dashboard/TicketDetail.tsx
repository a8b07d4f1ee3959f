import { HealthPill } from '../../components/HealthPill';
import { MetricList } from '../../components/MetricList';
import { SignList } from '../../components/SignList';
import { formatBusinessDuration, formatDateTime } from '../../components/format';
import type { UiStrings } from '../../components/ui-strings';
import { useTicket } from '../../components/use-ticket';
import { businessDayMs, calendarFromSettings, type Locale } from '../../lib/metrics';
import type { Settings } from '../../lib/model/settings';
import { isResolvedCategory, type StatusCategory } from '../../lib/model/status';

interface Props {
  ticketKey: string;
  settings: Settings;
  strings: UiStrings;
  locale: Locale;
  onClose: () => void;
}

const SIDE_LABEL = { client: 'You', partner: 'Partner', system: 'System', unknown: 'Unknown side' } as const;

/** One stored ticket: its timeline as stored, with chasers, handoffs, reopens, silences and the resolution marked. */
export function TicketDetail({ ticketKey, settings, strings, locale, onClose }: Props) {
  const view = useTicket(ticketKey, settings, locale);
  if (view === undefined) return <p className="muted">{strings.loading}</p>;
  if (view === null) {
    return (
      <section>
        <p>No ticket is stored under this link.</p>
        <button type="button" onClick={onClose}>Back to the history</button>
      </section>
    );
  }
  const { ticket, events, analysis } = view;
  const chasers = new Set(analysis.followUpEventIds);
  const silenceBefore = new Map(analysis.silences.filter((silence) => silence.toIso && silence.businessMs >= settings.thresholds.silenceWatchDays * businessDayMs(calendarFromSettings(settings))).map((silence) => [silence.toIso, silence.businessMs]));
  let previous: StatusCategory | undefined;
  const marks = events.map((event) => {
    const found: string[] = [];
    if (chasers.has(event.id)) found.push('Follow-up: you had to chase');
    if (event.type === 'assignment') found.push(`Handoff${event.to ? ` to ${event.to}` : ''}`);
    if (event.type === 'status_change' && event.to) {
      const to = event.to as StatusCategory;
      if (previous && isResolvedCategory(previous) && !isResolvedCategory(to)) found.push('Reopened');
      if (event.at === analysis.resolvedAt) found.push('Resolution');
      previous = to;
    }
    const silence = silenceBefore.get(event.at);
    if (silence !== undefined && event.side === 'partner') found.push(`After ${formatBusinessDuration(silence)} of partner silence`);
    return found;
  });

  return (
    <section className="ticket-detail" aria-labelledby="detail-title" data-testid="ticket-detail">
      <button type="button" onClick={onClose}>← Back to the history</button>
      <p className="muted">
        #{ticket.ticketId} · {new URL(ticket.origin).host} · <a href={ticket.url} target="_blank" rel="noreferrer">open on the portal</a>
      </p>
      <h2 id="detail-title">{ticket.subject}</h2>
      <p>
        <HealthPill level={analysis.health.level} strings={strings} /> <span className="status">{ticket.status.raw}</span>
        {analysis.resolvedAt && <span className="muted"> · resolved {formatDateTime(analysis.resolvedAt, locale)}</span>}
      </p>
      <MetricList health={analysis.health} strings={strings} locale={locale} />
      <h3>{strings.signsHeading}</h3>
      <SignList signs={analysis.health.signs} strings={strings} />
      <h3>Timeline ({events.length} entries, as stored)</h3>
      <ol className="timeline">
        {events.map((event, index) => (
          <li key={event.id} data-testid="timeline-entry" data-side={event.side} className={`side-${event.side}`}>
            <p className="entry-head">
              <strong>{event.author ?? SIDE_LABEL[event.side]}</strong> <span className="muted">{SIDE_LABEL[event.side]} · {formatDateTime(event.at, locale)}</span>
              {event.type !== 'message' && <span className="muted"> · {event.type.replace('_', ' ')}{event.from ? ` ${event.from} →` : ''}{event.to ? ` ${event.to}` : ''}</span>}
              {event.observed && <span className="muted"> (seen between two visits)</span>}
            </p>
            {(marks[index] ?? []).map((mark) => (
              <p key={mark} className="mark" data-testid="timeline-mark">{mark}</p>
            ))}
            {event.text && <p className="entry-text">{event.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
