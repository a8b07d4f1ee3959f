/** The badge's short label: the salient facts joined with " · " ("2 follow-ups · 3 technicians · open 6 days"). */
import type { BadgeView } from '../model/messages';
import type { TicketHealth } from '../model/health';
import { isResolvedCategory } from '../model/status';
import type { TicketHistory } from './history';
import { CATALOGUES, type Locale } from './messages';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export function badgeView(health: TicketHealth, ticket: TicketHistory, locale: Locale = 'en'): BadgeView {
  const text = CATALOGUES[locale];
  const m = health.metrics;
  const parts: string[] = [];
  if (m.followUps > 0) parts.push(text.label.followUps(m.followUps));
  if (m.responders >= 2) parts.push(text.label.technicians(m.responders));
  if (m.reopens > 0) parts.push(text.label.reopens(m.reopens));
  if (isResolvedCategory(ticket.status.category) && m.resolutionMs !== null) {
    const duration = m.resolutionMs >= DAY ? text.calendarDays(Math.round(m.resolutionMs / DAY)) : text.calendarHours(Math.max(1, Math.round(m.resolutionMs / HOUR)));
    parts.push(text.label.resolvedIn(duration));
  } else if (!isResolvedCategory(ticket.status.category)) {
    parts.push(text.label.openDays(Math.floor(m.ageMs / DAY)));
  }
  if (parts.length === 0) parts.push(text.label.noSigns);
  return { level: health.level, label: parts.join(' · '), signs: health.signs.map(({ level, message }) => ({ level, message })) };
}
