/**
 * M3 partner silence (metrics.md §9.2 M3): the gaps between substantive partner updates — creation → first, then
 * one to the next — in business time minus the waiting-on-client pauses (the pausable-update analogue), and
 * the current one (last update, or creation, → now) on an unsolved ticket not waiting on the client right now.
 * The longest includes the current gap: a silence still going on is at least that long.
 */
import { businessMs, type Calendar } from './calendar';
import type { PausedTime } from './status-history';
import type { TicketTimeline } from './ticket-timeline';

export interface PartnerSilence {
  from: number;
  to: number;
  /** The partner message that ended it; null while it runs. */
  toIso: string | null;
  businessMs: number;
  running: boolean;
}

export interface PartnerSilences {
  silences: PartnerSilence[];
  currentBusinessMs: number | null;
  longestBusinessMs: number | null;
}

export function partnerSilences(timeline: TicketTimeline, calendar: Calendar, paused: PausedTime, silenceRunning: boolean): PartnerSilences {
  const silences: PartnerSilence[] = [];
  let mark = timeline.createdMs;
  let longest: number | null = null;
  for (const message of timeline.partner) {
    const gap = Math.max(0, businessMs(mark, message.at, calendar) - paused.between(mark, message.at));
    silences.push({ from: mark, to: message.at, toIso: message.iso, businessMs: gap, running: false });
    longest = Math.max(longest ?? 0, gap);
    mark = Math.max(mark, message.at);
  }
  let currentBusinessMs: number | null = null;
  if (silenceRunning) {
    currentBusinessMs = Math.max(0, businessMs(mark, timeline.nowMs, calendar) - paused.between(mark, timeline.nowMs));
    silences.push({ from: mark, to: timeline.nowMs, toIso: null, businessMs: currentBusinessMs, running: true });
    longest = Math.max(longest ?? 0, currentBusinessMs);
  }
  return { silences, currentBusinessMs, longestBusinessMs: longest };
}
