/**
 * Client-level (portfolio) figures of one portal origin over a window (metrics.md §9.3 P1–P5, §9.2 M10):
 * the tickets *created* in [from, to] (default: the 90 days up to now, §9.1). Every rate carries its
 * numerator, denominator and the ticket keys behind it, and is hidden under 10 tickets (figure.ts).
 *
 * Rules where the reference leaves a choice:
 * - P1 attainment uses business time against Settings.targets[level] ?? DEFAULT_TARGETS[level]. First
 *   response: a ticket with a first response is met or breached; an open ticket (new/open/on hold/unknown)
 *   with none yet counts as breached once its running business age exceeds the target, and is not counted
 *   before. Resolution: `resolutionBusinessMs` (created → last entry into solved/closed; health has no
 *   partner-accountable figure, so waits on the client are included — stricter than §9.2 M6's PAR), and
 *   an open ticket already past its target counts as breached.
 * - P2 distributions: first response over the tickets with one; resolution over the resolved tickets;
 *   client waits (M2) are every completed wait of the window's tickets (oldest unanswered client message →
 *   the partner's next reply) plus, on each ticket still waiting, the running wait from health's
 *   `waitingSince` to now. A ticket can give several waits; the under-10 rule counts tickets.
 * - P3: follow-up rate = tickets with ≥ 1 follow-up ÷ tickets; reopen rate = tickets reopened ÷ tickets
 *   solved at least once (solved/closed now, or reopened — a reopen implies a solve); recurrence rate =
 *   tickets that came back (M8, from a ticket of any date) ÷ tickets; reassigned share = tickets with
 *   ≥ 1 handoff ÷ tickets; silent share (§9.3 Responsiveness "% tickets with red silence") = tickets with
 *   a red silence sign now or a longest silence over the red threshold (M3) ÷ tickets.
 * - M10 one-touch share = one-touch tickets ÷ solved/closed tickets (Zendesk "% one-touch").
 * - Proactive share (§9.3 Empathy) = partner messages not directly preceded by a client message ÷ partner
 *   messages (counts are messages; the under-10 rule counts tickets with partner messages).
 * - Urgent share (framework checklist 12) = urgent tickets ÷ tickets whose portal shows a priority.
 * - Open tickets silent now: every open ticket of the origin with a red silence sign (checklist 8).
 * - P5 backlog: every ticket of the origin not solved/closed at `now`, whatever its creation date (an old
 *   open ticket is exactly what the backlog is for), by calendar age: < 10 days, 10–30, > 30 (M9, HDI).
 * - Recurring problems: the groups (recurrence.ts) with at least one ticket created in the window.
 */
import { DEFAULT_TARGETS, PRIORITY_LEVELS, type PriorityLevel, type Settings, type Target } from '../model/settings';
import { isResolvedCategory, isUnresolvedCategory } from '../model/status';
import { businessMs, type Calendar } from '../metrics';
import { ageBand } from '../metrics/age';
import { continuity, type Continuity } from './continuity';
import { distribution, rate, Samples, ticketDistribution, type Distribution, type DurationFigure, type Rate } from './figure';
import type { CameBack, Recurrence, RecurringGroup } from './recurrence';
import type { ScoredTicket } from './scored-ticket';

const HOUR = 3_600_000;

export interface WindowMs {
  fromMs: number;
  toMs: number;
}

export interface PriorityTarget extends Target {
  /** True when the user entered it (the contract), false for the reference default. */
  contract: boolean;
}

export interface PriorityAttainment {
  target: PriorityTarget;
  firstResponse: Rate;
  resolution: Rate;
}

export interface Attainment {
  /** Met ÷ measured; `evidence` = met, `rest` = breached. */
  firstResponse: Rate;
  resolution: Rate;
  byPriority: Record<PriorityLevel, PriorityAttainment>;
}

export interface Backlog {
  total: number;
  /** Open tickets by calendar age at `now`, oldest first in each band (M9). */
  underWatch: string[];
  watch: string[];
  alert: string[];
  oldestAgeMs: number | null;
  /** M9: any ticket over 30 days = red, any 10–30 days = amber. */
  level: 'green' | 'amber' | 'red';
}

export interface Portfolio {
  origin: string;
  portals: string[];
  window: WindowMs;
  nowMs: number;
  /** The window's tickets, oldest first. */
  tickets: string[];
  attainment: Attainment;
  firstResponse: DurationFigure;
  waiting: DurationFigure;
  resolution: DurationFigure;
  followUpRate: Rate;
  reopenRate: Rate;
  recurrenceRate: Rate;
  reassignedShare: Rate;
  silentShare: Rate;
  oneTouchShare: Rate;
  proactiveShare: Rate;
  urgentShare: Rate;
  /** Substantive partner messages per solved/closed ticket (framework checklist 4; Zendesk touches). */
  partnerMessagesPerSolved: Distribution;
  continuity: Continuity;
  backlog: Backlog;
  /** Open tickets (any creation date) whose health shows a red silence now (M3), oldest first. */
  silentOpenTickets: string[];
  /** The window's tickets that came back (M8). */
  cameBack: CameBack[];
  recurringGroups: RecurringGroup[];
}

export interface PortfolioOptions {
  nowMs: number;
  window: WindowMs;
  settings: Settings;
  recurrence: Recurrence;
  calendar: Calendar;
}

export function targetOf(level: PriorityLevel, settings: Settings): PriorityTarget {
  const contract = settings.targets[level];
  return contract ? { ...contract, contract: true } : { ...DEFAULT_TARGETS[level], contract: false };
}

export function inWindow(tickets: readonly ScoredTicket[], window: WindowMs): ScoredTicket[] {
  return tickets.filter((ticket) => ticket.createdAtMs >= window.fromMs && ticket.createdAtMs <= window.toMs).sort((a, b) => a.createdAtMs - b.createdAtMs);
}

/** Splits tickets by a test into counted / rest keys. */
function split(tickets: readonly ScoredTicket[], counted: (ticket: ScoredTicket) => boolean): [string[], string[]] {
  const yes: string[] = [];
  const no: string[] = [];
  for (const ticket of tickets) (counted(ticket) ? yes : no).push(ticket.key);
  return [yes, no];
}

function ticketRate(tickets: readonly ScoredTicket[], counted: (ticket: ScoredTicket) => boolean): Rate {
  const [yes, no] = split(tickets, counted);
  return rate(yes, no);
}

function durations(tickets: readonly ScoredTicket[], calendar: (t: ScoredTicket) => number | null, business: (t: ScoredTicket) => number | null): DurationFigure {
  return { calendar: ticketDistribution(tickets, calendar), business: ticketDistribution(tickets, business) };
}

function attainment(tickets: readonly ScoredTicket[], options: PortfolioOptions): Attainment {
  const { nowMs, settings, calendar } = options;
  const running = new Map<string, number>();
  const runningAge = (ticket: ScoredTicket) => {
    let value = running.get(ticket.key);
    if (value === undefined) {
      value = businessMs(ticket.createdAtMs, nowMs, calendar);
      running.set(ticket.key, value);
    }
    return value;
  };
  const levels = {} as Record<PriorityLevel, PriorityAttainment>;
  const all = { firstMet: [] as string[], firstBreached: [] as string[], fixMet: [] as string[], fixBreached: [] as string[] };
  for (const level of PRIORITY_LEVELS) {
    const target = targetOf(level, settings);
    const firstMs = target.firstResponseHours * HOUR;
    const fixMs = target.resolutionHours * HOUR;
    const firstMet: string[] = [];
    const firstBreached: string[] = [];
    const fixMet: string[] = [];
    const fixBreached: string[] = [];
    for (const ticket of tickets) {
      if (ticket.priority !== level) continue;
      const open = isUnresolvedCategory(ticket.statusCategory);
      if (ticket.firstResponseBusinessMs !== null) (ticket.firstResponseBusinessMs <= firstMs ? firstMet : firstBreached).push(ticket.key);
      else if (open && nowMs - ticket.createdAtMs > firstMs && runningAge(ticket) > firstMs) firstBreached.push(ticket.key);
      if (ticket.resolutionBusinessMs !== null && isResolvedCategory(ticket.statusCategory)) (ticket.resolutionBusinessMs <= fixMs ? fixMet : fixBreached).push(ticket.key);
      else if (open && nowMs - ticket.createdAtMs > fixMs && runningAge(ticket) > fixMs) fixBreached.push(ticket.key);
    }
    levels[level] = { target, firstResponse: rate(firstMet, firstBreached), resolution: rate(fixMet, fixBreached) };
    all.firstMet.push(...firstMet);
    all.firstBreached.push(...firstBreached);
    all.fixMet.push(...fixMet);
    all.fixBreached.push(...fixBreached);
  }
  return { firstResponse: rate(all.firstMet, all.firstBreached), resolution: rate(all.fixMet, all.fixBreached), byPriority: levels };
}

function waiting(tickets: readonly ScoredTicket[], options: PortfolioOptions): DurationFigure {
  const calendarSamples = new Samples();
  const businessSamples = new Samples();
  for (const ticket of tickets) {
    for (const wait of ticket.waits) {
      calendarSamples.add(ticket.key, wait.calendarMs);
      businessSamples.add(ticket.key, wait.businessMs ?? businessMs(wait.startMs, wait.endMs, options.calendar));
    }
    const since = ticket.waitingSinceMs;
    if (since !== null && !isResolvedCategory(ticket.statusCategory) && since <= options.nowMs) {
      calendarSamples.add(ticket.key, options.nowMs - since);
      businessSamples.add(ticket.key, businessMs(since, options.nowMs, options.calendar));
    }
  }
  return { calendar: distribution(calendarSamples), business: distribution(businessSamples) };
}

function backlog(tickets: readonly ScoredTicket[], options: PortfolioOptions): Backlog {
  const open = tickets
    .filter((ticket) => !isResolvedCategory(ticket.statusCategory) && ticket.createdAtMs <= options.nowMs)
    .sort((a, b) => a.createdAtMs - b.createdAtMs);
  const underWatch: string[] = [];
  const watch: string[] = [];
  const alert: string[] = [];
  for (const ticket of open) {
    // The bands of the ticket's own age sign (lib/metrics/age.ts, M9).
    const band = ageBand(options.nowMs - ticket.createdAtMs, options.settings.thresholds);
    (band === 'old' ? alert : band === 'aging' ? watch : underWatch).push(ticket.key);
  }
  const oldest = open[0];
  return {
    total: open.length,
    underWatch,
    watch,
    alert,
    oldestAgeMs: oldest ? options.nowMs - oldest.createdAtMs : null,
    level: alert.length > 0 ? 'red' : watch.length > 0 ? 'amber' : 'green',
  };
}

/** Figures of one origin's tickets (all of them: the window is applied here). */
export function computePortfolio(originTickets: readonly ScoredTicket[], options: PortfolioOptions): Portfolio {
  const tickets = inWindow(originTickets, options.window);
  const thresholds = options.settings.thresholds;
  const silenceAlertMs = thresholds.silenceAlertDays * options.calendar.dayMs;
  const solved = tickets.filter((ticket) => isResolvedCategory(ticket.statusCategory));
  const everSolved = tickets.filter((ticket) => isResolvedCategory(ticket.statusCategory) || ticket.reopens > 0);
  const withPartnerMessages = tickets.filter((ticket) => ticket.partnerMessages > 0);
  const [proactive, reactiveOnly] = split(withPartnerMessages, (ticket) => ticket.proactiveUpdates > 0);
  const keysInWindow = new Set(tickets.map((ticket) => ticket.key));
  const cameBack = tickets.flatMap((ticket) => {
    const found = options.recurrence.cameBack.get(ticket.key);
    return found ? [found] : [];
  });

  return {
    origin: originTickets[0]?.origin ?? '',
    portals: [...new Set(originTickets.map((ticket) => ticket.portal))].sort(),
    window: options.window,
    nowMs: options.nowMs,
    tickets: tickets.map((ticket) => ticket.key),
    attainment: attainment(tickets, options),
    firstResponse: durations(tickets, (t) => t.firstResponseMs, (t) => t.firstResponseBusinessMs),
    waiting: waiting(tickets, options),
    resolution: durations(
      solved,
      (t) => t.resolutionMs,
      (t) => t.resolutionBusinessMs,
    ),
    followUpRate: ticketRate(tickets, (t) => t.followUps >= 1),
    reopenRate: ticketRate(everSolved, (t) => t.reopens > 0),
    recurrenceRate: ticketRate(tickets, (t) => options.recurrence.cameBack.has(t.key)),
    reassignedShare: ticketRate(tickets, (t) => t.handoffs >= 1),
    silentShare: ticketRate(tickets, (t) => t.redSilence || (t.longestSilenceBusinessMs ?? 0) > silenceAlertMs),
    oneTouchShare: ticketRate(solved, (t) => t.oneTouch),
    proactiveShare: rate(proactive, reactiveOnly, {
      numerator: withPartnerMessages.reduce((sum, t) => sum + t.proactiveUpdates, 0),
      denominator: withPartnerMessages.reduce((sum, t) => sum + t.partnerMessages, 0),
    }),
    urgentShare: ticketRate(
      tickets.filter((t) => t.priorityShown),
      (t) => t.priority === 'urgent',
    ),
    partnerMessagesPerSolved: ticketDistribution(solved, (t) => t.partnerMessages),
    continuity: continuity(tickets),
    backlog: backlog(originTickets, options),
    silentOpenTickets: originTickets
      .filter((t) => t.redSilence && !isResolvedCategory(t.statusCategory))
      .sort((a, b) => a.createdAtMs - b.createdAtMs)
      .map((t) => t.key),
    cameBack,
    recurringGroups: options.recurrence.groups.filter((group) => group.origin === (originTickets[0]?.origin ?? '') && group.keys.some((key) => keysInWindow.has(key))),
  };
}
