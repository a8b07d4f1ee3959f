import type { Locale } from '../lib/metrics';
import type { TicketHealth } from '../lib/model/health';
import { formatBusinessDuration, formatDateTime, formatDuration } from './format';
import type { UiStrings } from './ui-strings';

/** The contract's ticket metrics, calendar time first and business time beside it. */
export function MetricList({ health, strings, locale }: { health: TicketHealth; strings: UiStrings; locale: Locale }) {
  const m = health.metrics;
  const withBusiness = (ms: number | null, business: number | null, missing: string) =>
    ms === null ? missing : business === null ? formatDuration(ms, locale) : `${formatDuration(ms, locale)} (${strings.businessTime(formatBusinessDuration(business))})`;
  const rows: [string, string, string][] = [
    ['followUps', strings.metrics.followUps, String(m.followUps)],
    ['responders', strings.metrics.responders, String(m.responders)],
    ['handoffs', strings.metrics.handoffs, String(m.handoffs)],
    ['reopens', strings.metrics.reopens, String(m.reopens)],
    ['firstResponse', strings.metrics.firstResponse, withBusiness(m.firstResponseMs, m.firstResponseBusinessMs, strings.noReplyYet)],
    ['resolution', strings.metrics.resolution, withBusiness(m.resolutionMs, m.resolutionBusinessMs, strings.notResolved)],
    ['age', strings.metrics.age, formatDuration(m.ageMs, locale)],
  ];
  if (m.waitingSince) rows.push(['waitingSince', strings.metrics.waitingSince, formatDateTime(m.waitingSince, locale)]);
  return (
    <dl className="metrics">
      {rows.map(([key, label, value]) => (
        <div key={key} className="metric">
          <dt>{label}</dt>
          <dd data-testid={`metric-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
