/**
 * Recurrence in place (metrics.md §9.2 M8, issue 5): when a ticket is read, does it resemble a ticket of
 * the same portal solved shortly before its creation? The candidates are one range of the
 * [origin+resolvedAt] index (resolved within the watch window before the new ticket was created, as the
 * health stored at their last visit says); only their timelines are read, and the same rule as the
 * dashboard's scorecard decides (lib/scorecard findRecurrences). The sign is added to the ticket's health
 * and kept with it, so the badge, the list, the popup and the dashboard all show it.
 */
import { CATALOGUES, type Locale } from '../i18n';
import { calendarFromSettings } from '../metrics';
import { CAME_BACK } from '../metrics/came-back';
import type { Sign } from '../model/health';
import type { Settings } from '../model/settings';
import type { StoredTicket } from '../model/stored';
import { findRecurrences, recurrenceOptions, toScoredTicket } from '../scorecard';
import { createdAtMs, currentHealth, eventsByTicket, type PlumblineDb } from '../store';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export async function cameBackSign(db: PlumblineDb, ticket: StoredTicket, settings: Settings, now: Date, locale: Locale): Promise<Sign | null> {
  const created = createdAtMs(ticket);
  const windowMs = settings.thresholds.recurrenceWatchDays * DAY;
  // One range of the [origin+resolvedAt] index: the portal's tickets resolved within the window before.
  const candidates = (
    await db.tickets.where('[origin+resolvedAt]').between([ticket.origin, iso(created - windowMs)], [ticket.origin, iso(created)], true, true).toArray()
  ).filter((other) => other.key !== ticket.key);
  if (candidates.length === 0) return null;
  const all = [...candidates, ticket];
  const events = await eventsByTicket(db, all.map((item) => item.key));
  const calendar = calendarFromSettings(settings);
  const scored = all.map((item) => {
    const own = events.get(item.key) ?? [];
    return toScoredTicket(item, own, currentHealth(item, own, settings, now), { calendar, settings });
  });
  const found = findRecurrences(scored, recurrenceOptions(settings.thresholds)).cameBack.get(ticket.key);
  if (!found) return null;
  const earlier = candidates.find((item) => item.key === found.fromKey);
  if (!earlier) return null;
  return { code: CAME_BACK, level: found.level, message: CATALOGUES[locale].signs.cameBack(earlier.ticketId, Math.floor(found.gapMs / DAY)) };
}
