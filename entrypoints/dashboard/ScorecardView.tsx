import { useMemo, useState, type ReactNode } from 'react';
import { formatBusinessDuration } from '../../components/format';
import type { ChecklistItem, OriginScorecard, ScorecardMetric, Scorecard } from '../../lib/scorecard';
import { TrendsView } from './TrendsView';

const WINDOWS = [30, 90, 180, 365] as const;
const DAY = 86_400_000;

function value(metric: ScorecardMetric): string {
  if (metric.value === null) return '—';
  switch (metric.unit) {
    case 'share':
      return `${Math.round(metric.value * 100)} %`;
    case 'business-ms':
      return formatBusinessDuration(metric.value);
    case 'index':
      return metric.value.toFixed(2);
    case 'answer':
      return `${metric.value.toFixed(1)} / 5`;
  }
}

const CHECK = { met: '✓ met', not_met: '✗ not met', not_measurable: '– not measurable' } as const;

interface Props {
  /** Computes the scorecard for a window of days ending now. */
  compute: (days: number) => Scorecard;
  onEvidence: (keys: readonly string[]) => void;
  /** The pulse survey, shown above the portals' cards. */
  survey?: ReactNode;
}

/** The partner scorecard (metrics.md §9.3): SERVQUAL dimensions with their figures and evidence, the checklist, trends. */
export function ScorecardView({ compute, onEvidence, survey }: Props) {
  const [days, setDays] = useState<number>(90);
  const scorecard = useMemo(() => compute(days), [compute, days]);
  return (
    <section aria-labelledby="scorecard-title" data-testid="scorecard">
      <h2 id="scorecard-title">Partner scorecard</h2>
      <p>
        <label>
          Window{' '}
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {WINDOWS.map((count) => (
              <option key={count} value={count}>last {count} days</option>
            ))}
          </select>
        </label>{' '}
        <span className="muted">
          {scorecard.window.from.slice(0, 10)} – {scorecard.window.to.slice(0, 10)}, business time in {scorecard.timeZone}. Rates are hidden under 10 tickets, with the reason.
        </span>
      </p>
      {survey}
      {scorecard.origins.length === 0 && <p className="empty">No ticket stored yet.</p>}
      {scorecard.origins.map((origin) => (
        <OriginCard key={origin.origin} origin={origin} days={days} onEvidence={onEvidence} />
      ))}
    </section>
  );
}

/** "N tickets": opens the history filtered to the tickets behind a figure. */
function EvidenceLink({ keys, onEvidence }: { keys: readonly string[]; onEvidence: (keys: readonly string[]) => void }) {
  if (keys.length === 0) return null;
  return (
    <>
      {' '}
      <button type="button" className="link" onClick={() => onEvidence(keys)}>
        {keys.length} ticket{keys.length === 1 ? '' : 's'}
      </button>
    </>
  );
}

function OriginCard({ origin, days, onEvidence }: { origin: OriginScorecard; days: number; onEvidence: (keys: readonly string[]) => void }) {
  const inWindow = origin.portfolio.tickets.length;
  return (
    <article className="origin-card" data-testid="origin-scorecard" data-origin={origin.origin}>
      <h3>
        {new URL(origin.origin).host} <span className="muted">({origin.portals.join(', ')}, {inWindow} tickets in the last {days} days)</span>
      </h3>
      <div className="scorecard-grid">
        <div className="dimensions">
          {origin.servqual.dimensions.map((dimension) => (
            <section key={dimension.dimension} className="dimension" data-testid="dimension" data-dimension={dimension.dimension}>
              <h4>
                {dimension.label} <span className="muted">{dimension.score === null ? 'not measurable' : `${Math.round(dimension.score)} / 100`}</span>
              </h4>
              <p className="muted small">{dimension.definition}</p>
              {dimension.reason && <p className="muted small">{dimension.reason}</p>}
              <table className="figures">
                <tbody>
                  {dimension.metrics.map((metric) => (
                    <tr key={metric.id} data-testid="figure" data-figure={metric.id} data-status={metric.status}>
                      <th scope="row" title={metric.source}>{metric.label}</th>
                      <td className={`num level-${metric.level ?? 'none'}`}>{metric.status === 'hidden' ? 'hidden' : value(metric)}</td>
                      <td className="muted small">
                        {metric.reason ?? (metric.numerator !== undefined ? `${metric.numerator} of ${metric.denominator}` : '')}
                        <EvidenceLink keys={metric.evidence} onEvidence={onEvidence} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <aside className="checklist" aria-label="Checklist">
          <h4>Checklist (framework.md)</h4>
          <ol>
            {origin.checklist.map((item: ChecklistItem) => (
              <li key={item.id} data-testid="checklist-item" data-status={item.status}>
                <strong className={`check-${item.status}`}>{CHECK[item.status]}</strong> {item.text}
                <p className="muted small">
                  {item.metric}: {item.detail}
                  <EvidenceLink keys={item.evidence} onEvidence={onEvidence} />
                </p>
              </li>
            ))}
          </ol>
          {origin.recurrence.groups.length > 0 && (
            <>
              <h4>Recurring problems</h4>
              <ul>
                {origin.recurrence.groups.map((group) => (
                  <li key={group.keys.join()} data-testid="recurring-group">
                    <button type="button" className="link" onClick={() => onEvidence(group.keys)}>{group.keys.length} similar tickets</button>{' '}
                    <span className="muted">{group.keys.map((key) => `#${key.split('|')[1]}`).join(', ')}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {origin.recurrence.cameBack.length > 0 && (
            <>
              <h4>Came back</h4>
              <ul>
                {origin.recurrence.cameBack.map((found) => (
                  <li key={found.key} data-testid="came-back">
                    <button type="button" className="link" onClick={() => onEvidence([found.key, found.fromKey])}>
                      #{found.key.split('|')[1]} came back after #{found.fromKey.split('|')[1]}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
      <TrendsView trends={origin.trends} />
    </article>
  );
}
