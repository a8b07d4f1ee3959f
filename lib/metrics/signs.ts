/**
 * Warning signs: each metric → ok / watch / alert by Settings.thresholds (defaults and sources in
 * lib/model/settings.ts; metrics.md §9.2). Codes are stable:
 *
 * | code                 | metric | watch                              | alert                          |
 * |----------------------|--------|------------------------------------|--------------------------------|
 * | follow-ups           | M4     | ≥ 2 chasers                        | ≥ 3                            |
 * | technicians          | M5     | ≥ 3 owner stations, or ping-pong   | ≥ 4                            |
 * | first-response       | M1     | > target (default 8 business h)    | > 24 business h / 2× target    |
 * | waiting              | M2     | open wait > 1 business day         | > 2 business days              |
 * | silence              | M3     | > 3 business days                  | > 5 business days              |
 * | reopens              | M7     | 1 reopen or dispute                | ≥ 2                            |
 * | disputed             | M7     | a complaint within 7 days of a fix | with a reopen, ≥ 2             |
 * | fast-reply-slow-fix  | M6     | reply met its target, fix did not  | fix > 2× target                |
 * | slow-fix             | M6     | resolution > target                | > 2× target                    |
 *
 * M6 compares the partner-accountable resolution (business time minus waiting-on-client pauses) with the
 * resolution target of the ticket's priority (contract target, else metrics.md §9.2 defaults).
 * | age                  | M9     | open 10–30 days                    | open > 30 days                 |
 */
import type { Sign } from '../model/health';
import type { Settings } from '../model/settings';
import type { TicketFacts } from './analysis';
import { businessMs } from './calendar';
import type { TicketHistory } from './history';
import { CATALOGUES, shortDate, type Locale } from './messages';
import { targetFor } from './targets';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** "20 minutes", "5 business hours", "2.5 business days". */
export function businessDuration(value: number, dayMs: number, locale: Locale): string {
  const text = CATALOGUES[locale];
  if (value < HOUR) return text.minutes(Math.round(value / 60_000));
  if (value < dayMs) return text.businessHours(Math.round((value / HOUR) * 10) / 10);
  return text.businessDays(Math.round((value / dayMs) * 10) / 10);
}

export function computeSigns(ticket: TicketHistory, facts: TicketFacts, settings: Settings, now: Date, locale: Locale): Sign[] {
  const t = settings.thresholds;
  const text = CATALOGUES[locale];
  const zone = facts.calendar.zone;
  const dayMs = facts.calendar.dayMs;
  const duration = (value: number) => businessDuration(value, dayMs, locale);
  const target = targetFor(ticket.priority, settings);
  const signs: Sign[] = [];

  const followUps = facts.followUpIds.length;
  if (followUps >= t.followUpsWatch && facts.lastFollowUpAt) {
    signs.push({ code: 'follow-ups', level: followUps >= t.followUpsAlert ? 'alert' : 'watch', message: text.followUps(followUps, shortDate(facts.lastFollowUpAt, locale, zone)) });
  }

  const stations = facts.ownerSequence.length ? facts.handoffs + 1 : 0;
  const path = facts.ownerSequence.filter((owner, index) => index === 0 || owner !== facts.ownerSequence[index - 1]).join(' → ');
  const distinct = new Set(facts.ownerSequence).size;
  if (stations >= t.ownersWatch || facts.pingPong) {
    signs.push({
      code: 'technicians',
      level: stations >= t.ownersAlert ? 'alert' : 'watch',
      message: facts.pingPong && distinct < t.ownersWatch ? text.pingPong(path) : text.technicians(distinct, path),
    });
  }

  // M1 against the contract target when the user set one, else the reference thresholds.
  const replyWatch = target.contract ? target.firstResponseHours * HOUR : t.firstResponseWatchHours * HOUR;
  const replyAlert = target.contract ? target.firstResponseHours * HOUR * t.resolutionAlertFactor : t.firstResponseAlertHours * HOUR;
  const replyRunning = facts.firstResponseBusinessMs ?? (facts.open ? businessMs(facts.createdMs, now.getTime(), facts.calendar) : null);
  if (replyRunning !== null && replyRunning > replyWatch) {
    signs.push({
      code: 'first-response',
      level: replyRunning > replyAlert ? 'alert' : 'watch',
      message: facts.firstResponseBusinessMs !== null ? text.firstReplySlow(duration(replyRunning)) : text.noReplyYet(duration(replyRunning)),
    });
  }

  const waiting = facts.waitingBusinessMs;
  const waitingSign = facts.waitingSince && waiting !== null && waiting > t.waitWatchDays * dayMs && facts.firstResponseAt !== null;
  if (waitingSign && facts.waitingSince) {
    signs.push({ code: 'waiting', level: waiting > t.waitAlertDays * dayMs ? 'alert' : 'watch', message: text.waiting(shortDate(facts.waitingSince, locale, zone), duration(waiting)) });
  }

  const silence = facts.currentSilenceBusinessMs;
  if (!waitingSign && facts.firstResponseAt !== null && silence !== null && silence > t.silenceWatchDays * dayMs) {
    signs.push({ code: 'silence', level: silence > t.silenceAlertDays * dayMs ? 'alert' : 'watch', message: text.silence(duration(silence)) });
  }

  const reopenLike = facts.reopens + facts.disputedAt.length;
  if (reopenLike >= t.reopensWatch) {
    const level = reopenLike >= t.reopensAlert ? 'alert' : 'watch';
    if (facts.reopens > 0) signs.push({ code: 'reopens', level, message: text.reopened(facts.reopens) });
    const lastDispute = facts.disputedAt.at(-1);
    if (lastDispute) signs.push({ code: 'disputed', level, message: text.disputed(shortDate(lastDispute, locale, zone)) });
  }

  // M6 on the partner-accountable resolution: business time minus the waits on the client.
  const accountable = facts.partnerAccountableResolutionBusinessMs;
  if (accountable !== null) {
    const goal = target.resolutionHours * HOUR;
    if (accountable > goal) {
      const level = accountable > goal * t.resolutionAlertFactor ? 'alert' : 'watch';
      const replyMet = facts.firstResponseBusinessMs !== null && facts.firstResponseBusinessMs <= target.firstResponseHours * HOUR;
      signs.push(
        replyMet && facts.firstResponseBusinessMs !== null
          ? { code: 'fast-reply-slow-fix', level, message: text.fastReplySlowFix(duration(accountable), duration(facts.firstResponseBusinessMs)) }
          : { code: 'slow-fix', level, message: text.slowFix(duration(accountable), duration(goal)) },
      );
    }
  }

  if (facts.open) {
    const days = Math.floor(facts.ageMs / DAY);
    if (days >= t.ageWatchDays) signs.push({ code: 'age', level: days > t.ageAlertDays ? 'alert' : 'watch', message: text.openFor(days) });
  }

  return signs;
}
