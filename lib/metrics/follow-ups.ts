/**
 * M4 follow-ups (chasers) (metrics.md §9.2 M4, §7; DESIGN.md "Client turns"). A client turn is a follow-up when
 *  (a) structural: the conversation message before it is a client turn — the client wrote again with no
 *      partner message between (Zendesk's oldest unanswered comment; smartcatdev #184), or
 *  (b) lexical: its text matches the chaser lexicon and the partner has been silent at least
 *      Settings.thresholds.chaserSilenceDays business days (default 1) since its last message (or creation).
 * Never a follow-up: the first client turn; a turn that answers — the first client message inside a
 * waiting-on-client status interval (the pause ends there, metrics.md §9.1 Π(T)), or a turn right after a partner
 * message ending in a question; a turn while the ticket stands solved/closed (a dispute or a thank-you, M7).
 */
import type { Thresholds } from '../model/settings';
import { businessMs, type Calendar } from './calendar';
import { isChaserText } from './chaser-lexicon';
import { endsWithQuestion } from './partner-question';
import { resolvedPeriodAt, type ResolvedPeriod } from './resolution';
import { firstClientMessageIn, intervalsOf } from './status-history';
import type { TicketTimeline } from './ticket-timeline';
import type { ClientTurn } from './turns';

export type TurnRole =
  /** The ticket's first client turn (the request). */
  | 'first'
  /** Sent while the ticket stood solved/closed: a thank-you or a dispute (M7). */
  | 'after-resolution'
  /** The first client message while the status said waiting on the client. */
  | 'answer-to-waiting'
  /** Right after a partner message ending in a question. */
  | 'answer-to-question'
  | 'follow-up'
  /** Any other client turn (new information, a reply to a statement). */
  | 'message';

export interface ClassifiedTurn extends ClientTurn {
  role: TurnRole;
  /** For follow-ups: which rule(s) made it one; both = high confidence (metrics.md §9.2 M4). */
  structural: boolean;
  lexical: boolean;
  /** The ticket's resolved period it fell in, for role 'after-resolution'. */
  resolvedPeriod?: ResolvedPeriod;
}

export interface FollowUpContext {
  timeline: TicketTimeline;
  calendar: Calendar;
  periods: readonly ResolvedPeriod[];
  thresholds: Pick<Thresholds, 'chaserSilenceDays'>;
}

function classified(turn: ClientTurn, role: TurnRole, structural = false, lexical = false, resolvedPeriod?: ResolvedPeriod): ClassifiedTurn {
  return {
    index: turn.index, messages: turn.messages, start: turn.start, end: turn.end, startIso: turn.startIso, id: turn.id, text: turn.text, previous: turn.previous,
    role, structural, lexical, resolvedPeriod,
  };
}

export function classifyTurns(turns: readonly ClientTurn[], context: FollowUpContext): ClassifiedTurn[] {
  const { timeline, calendar, periods, thresholds } = context;
  const waiting = intervalsOf(timeline, 'waiting_on_client', Infinity);
  const silenceNeeded = thresholds.chaserSilenceDays * calendar.dayMs;
  const partner = timeline.partner;
  const out: ClassifiedTurn[] = [];
  let waitingIndex = 0;
  let partnerIndex = 0;

  for (const turn of turns) {
    while (partnerIndex < partner.length && partner[partnerIndex]!.at <= turn.start) partnerIndex += 1;
    if (turn.index === 0) {
      out.push(classified(turn, 'first'));
      continue;
    }
    const period = resolvedPeriodAt(periods, turn.start);
    if (period) {
      out.push(classified(turn, 'after-resolution', false, false, period));
      continue;
    }
    while (waitingIndex < waiting.length && waiting[waitingIndex]![1] <= turn.start) waitingIndex += 1;
    const interval = waiting[waitingIndex];
    if (interval && turn.start >= interval[0] && turn.start < interval[1] && !firstClientMessageIn(timeline.client, interval[0], turn.start)) {
      out.push(classified(turn, 'answer-to-waiting'));
      continue;
    }
    const previous = turn.previous;
    if (previous?.side === 'partner' && endsWithQuestion(previous.text)) {
      out.push(classified(turn, 'answer-to-question'));
      continue;
    }
    const structural = previous?.side === 'client';
    const silentSince = partnerIndex > 0 ? partner[partnerIndex - 1]!.at : timeline.createdMs;
    const lexical = isChaserText(turn.text) && businessMs(silentSince, turn.start, calendar) >= silenceNeeded;
    out.push(classified(turn, structural || lexical ? 'follow-up' : 'message', structural, lexical));
  }
  return out;
}
