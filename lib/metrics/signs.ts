/**
 * Warning signs: each metric → ok / watch / alert by Settings.thresholds (defaults in lib/model/settings.ts), as
 * a Sign { code, level, message } whose message names the evidence in plain language. The ticket's level is its
 * worst sign's. Codes are stable (badges, popup, e2e tests and CSV rely on them):
 *
 * | code                | metric | watch (default)                                   | alert (default)                        | source (metrics.md §9.2)                      |
 * |---------------------|--------|---------------------------------------------------|----------------------------------------|-----------------------------------------------|
 * | follow-ups          | M4     | ≥ followUpsWatch (2) chasers                      | ≥ followUpsAlert (3)                   | M4 "1 = notice, 2 = amber, ≥ 3 = red"        |
 * | technicians         | M5     | ≥ ownersWatch (3) stations or responders, or ping-pong | ≥ ownersAlert (4) stations        | M5; Zendesk assignee_stations, HappySignals   |
 * | first-response      | M1     | > contract target, else > firstResponseWatchHours (8 bh; urgent 15 min) | > 2 × target, else > firstResponseAlertHours (24 bh; urgent 1 bh) | M1; Xerox/altsys SLAs |
 * | waiting             | M2     | open wait > waitWatchDays (1 business day)        | > waitAlertDays (2)                    | M2; Zendesk next reply time, SupportLogic     |
 * | silence             | M3     | > silenceWatchDays (3 business days)              | > silenceAlertDays (5)                 | M3; frappe #3182, jace.pro                    |
 * | reopens             | M7     | reopens + disputes ≥ reopensWatch (1)             | ≥ reopensAlert (2)                     | M7; Zendesk Explore reopens                   |
 * | disputed            | M7     | a complaint within 7 days of a fix, no reopen     | with the reopens, ≥ reopensAlert (2)   | M7 disputed resolution                        |
 * | fast-reply-slow-fix | M6     | first reply within its target, partner-accountable resolution > target | > resolutionAlertFactor (2) × target | M6 "quick acknowledgement, slow fix" |
 * | slow-fix            | M6     | partner-accountable resolution > target           | > resolutionAlertFactor (2) × target   | M6; DEFAULT_TARGETS (altsys.io)               |
 * | age                 | M9     | open ≥ ageWatchDays (10 calendar days)            | open > ageAlertDays (30)               | M9; HDI backlog bands                         |
 *
 * Business days are days of the calendar's scheduled length (metrics.md §9.1). Resolution targets: contract
 * (Settings.targets) else DEFAULT_TARGETS by priority. The waiting sign needs a first reply (before it, the
 * first-response sign tells); the silence sign is left out when the waiting sign is shown (the same gap).
 */
import { worstLevel, type HealthLevel, type Sign } from '../model/health';
import type { Settings } from '../model/settings';
import { CATALOGUES, businessDuration, shortDate, type Locale } from '../i18n';
import type { TicketFacts } from './analysis';
import { businessMs } from './calendar';

export const SIGN_CODES = [
  'follow-ups', 'technicians', 'first-response', 'waiting', 'silence', 'reopens', 'disputed', 'fast-reply-slow-fix', 'slow-fix', 'age',
] as const;
export type SignCode = (typeof SIGN_CODES)[number];

const DAY = 86_400_000;
const ARROW = ' → ';

function sign(code: SignCode, level: Exclude<HealthLevel, 'ok'>, message: string): Sign {
  return { code, level, message };
}

export function computeSigns(facts: TicketFacts, settings: Settings, locale: Locale): Sign[] {
  const t = settings.thresholds;
  const text = CATALOGUES[locale].signs;
  const { calendar, targets } = facts;
  const dayMs = calendar.dayMs;
  const zone = calendar.zone;
  const duration = (ms: number) => businessDuration(ms, dayMs, locale);
  const signs: Sign[] = [];

  // M4 follow-ups.
  const followUps = facts.followUpIds.length;
  if (followUps >= t.followUpsWatch && facts.lastFollowUpAt) {
    signs.push(sign('follow-ups', followUps >= t.followUpsAlert ? 'alert' : 'watch', text.followUps(followUps, shortDate(facts.lastFollowUpAt, locale, zone))));
  }

  // M5 handoffs: stations (owners in a row), responders, ping-pong.
  const owners = facts.owners;
  if (owners.stations >= t.ownersWatch || owners.pingPong) {
    const path = owners.path.join(ARROW);
    const level = owners.stations >= t.ownersAlert ? 'alert' : 'watch';
    signs.push(sign('technicians', level, owners.pingPong ? text.pingPong(owners.distinctOwners, path) : text.technicians(owners.distinctOwners, path)));
  } else if (owners.responders >= t.ownersWatch) {
    signs.push(sign('technicians', 'watch', text.responders(owners.responders, owners.responderNames.join(', '))));
  }

  // M1 first response, or the running wait for it on an open ticket the client opened.
  const reply = facts.firstResponseBusinessMs;
  const running = reply === null && facts.open && !facts.firstResponse.partnerOpened ? businessMs(facts.createdMs, facts.nowMs, calendar) : null;
  const replyMs = reply ?? running;
  if (replyMs !== null && replyMs > targets.firstResponseWatchMs) {
    const level = replyMs > targets.firstResponseAlertMs ? 'alert' : 'watch';
    signs.push(sign('first-response', level, reply !== null ? text.firstReplySlow(duration(reply)) : text.noReplyYet(duration(replyMs))));
  }

  // M2 waiting for an answer (after a first reply), else M3 silence.
  const waiting = facts.waitingBusinessMs;
  let waitingShown = false;
  if (facts.waitingSince && waiting !== null && facts.firstResponseAt !== null && waiting > t.waitWatchDays * dayMs) {
    waitingShown = true;
    signs.push(sign('waiting', waiting > t.waitAlertDays * dayMs ? 'alert' : 'watch', text.waiting(shortDate(facts.waitingSince, locale, zone), duration(waiting))));
  }
  const silence = facts.currentSilenceBusinessMs;
  if (!waitingShown && facts.firstResponseAt !== null && silence !== null && silence > t.silenceWatchDays * dayMs) {
    signs.push(sign('silence', silence > t.silenceAlertDays * dayMs ? 'alert' : 'watch', text.silence(duration(silence))));
  }

  // M7 reopens and disputes not followed by a reopen (the reopen already tells those).
  const openDisputes = facts.disputes.filter((dispute) => !dispute.reopened);
  const reopenLike = facts.reopens + openDisputes.length;
  if (reopenLike >= t.reopensWatch) {
    const level = reopenLike >= t.reopensAlert ? 'alert' : 'watch';
    if (facts.reopens > 0) signs.push(sign('reopens', level, text.reopened(facts.reopens)));
    const last = openDisputes[openDisputes.length - 1];
    if (last) signs.push(sign('disputed', level, text.disputed(shortDate(last.iso, locale, zone))));
  }

  // M6 partner-accountable resolution against the resolution target.
  const accountable = facts.partnerAccountableResolutionBusinessMs;
  if (accountable !== null && accountable > targets.resolutionTargetMs) {
    const level = accountable > targets.resolutionAlertMs ? 'alert' : 'watch';
    const firstReply = facts.firstResponseBusinessMs;
    signs.push(
      firstReply !== null && firstReply <= targets.firstResponseWatchMs
        ? sign('fast-reply-slow-fix', level, text.fastReplySlowFix(duration(accountable), duration(firstReply)))
        : sign('slow-fix', level, text.slowFix(duration(accountable), duration(targets.resolutionTargetMs))),
    );
  }

  // M9 age of an open ticket.
  if (facts.ageBand === 'aging' || facts.ageBand === 'old') {
    signs.push(sign('age', facts.ageBand === 'old' ? 'alert' : 'watch', text.openFor(Math.floor(facts.ageMs / DAY))));
  }

  return signs;
}

export function levelOf(signs: readonly Sign[]): HealthLevel {
  return worstLevel(signs.map((item) => item.level));
}
