/**
 * What a badge shows (BadgeView, lib/model/messages.ts): the level, a short label joining the salient facts with
 * " · " ("2 follow-ups · 3 technicians · open 6 days", "Resolved in 3 days", "No warning signs") and the signs.
 * The label counts follow-ups, technicians (≥ 2 responders) and reopens; then "resolved in …" (calendar time)
 * for a solved/closed ticket, or "open N days" for an open one that has something to say.
 */
import type { TicketHealth } from '../model/health';
import type { BadgeView } from '../model/messages';
import { isResolvedCategory } from '../model/status';
import { CATALOGUES, calendarDuration, capitalise, type Locale } from '../i18n';
import type { TicketHistory } from './history';

const DAY = 86_400_000;

export function badgeView(health: TicketHealth, ticket: Pick<TicketHistory, 'status'>, locale: Locale = 'en'): BadgeView {
  const text = CATALOGUES[locale].badge;
  const m = health.metrics;
  const parts: string[] = [];
  if (m.followUps > 0) parts.push(text.followUps(m.followUps));
  if (m.responders >= 2) parts.push(text.technicians(m.responders));
  if (m.reopens > 0) parts.push(text.reopens(m.reopens));
  if (isResolvedCategory(ticket.status.category)) {
    if (m.resolutionMs !== null) parts.push(text.resolvedIn(calendarDuration(m.resolutionMs, locale)));
  } else if (parts.length > 0 || health.level !== 'ok') {
    parts.push(text.openDays(Math.floor(m.ageMs / DAY)));
  }
  const label = parts.length > 0 ? parts.join(' · ') : text.noSigns;
  return { level: health.level, label: capitalise(label, locale), signs: health.signs.map(({ level, message }) => ({ level, message })) };
}
