/**
 * The partner scorecard (metrics.md §9.3; framework.md): pure functions from scored tickets to per-origin
 * portfolio figures, SERVQUAL dimensions, the 12-item checklist and monthly trends. No I/O; `now` is a
 * parameter.
 *
 * Usage: build one ScoredTicket per stored ticket with `toScoredTicket(ticket, events, health, { settings, calendar })`
 * (once per ticket; keep it until the ticket changes), then `computeScorecard(scored, { now, settings })`.
 */
import { calendarFromSettings } from '../metrics';
import type { Settings } from '../model/settings';
import { scorecardBands, type BandOverrides } from './bands';
import { evaluateChecklist, type ChecklistItem } from './checklist';
import { continuity } from './continuity';
import { ticketDistribution } from './figure';
import { computePortfolio, inWindow, type Portfolio } from './portfolio';
import { findRecurrences, recurrenceOptions, type CameBack, type Recurrence, type RecurringGroup } from './recurrence';
import type { ScoredTicket } from './scored-ticket';
import { scoreServqual, type DimensionWeights, type PreviousWindow, type Servqual } from './servqual';
import { summariseSurveys, type SurveyResponse, type SurveySummary } from './survey';
import { computeTrends, type Trends } from './trends';

export { toScoredTicket, type ScoredTicket, type ScoredTicketOptions, type PartnerAuthor, type ClientWait } from './scored-ticket';
/** The same rules as the ticket's health (lib/metrics), re-exported for the scorecard's callers. */
export { priorityLevel, isGratitudeOnly } from '../metrics';
export { similarityTokens, referencedTicketIds, similarityProfile, SIMILARITY_TEXT_CHARS, type SimilarityProfile } from './similarity-text';
export { findRecurrences, recurrenceOptions, type Recurrence, type RecurrenceOptions, type CameBack, type RecurringGroup } from './recurrence';
export { computePortfolio, inWindow, targetOf, type Portfolio, type PortfolioOptions, type Attainment, type PriorityAttainment, type PriorityTarget, type Backlog, type WindowMs } from './portfolio';
export { continuity, upcIndex, cocIndex, type Continuity, type TechnicianShare } from './continuity';
export { rate, distribution, ticketDistribution, Samples, suppression, MIN_TICKETS, type Rate, type Distribution, type DurationFigure, type Suppression } from './figure';
export { nearestRank, percentile, median } from './percentile';
export { scorecardBands, levelFor, LEVEL_SCORE, BAND_IDS, type Band, type BandId, type BandOverrides, type Level } from './bands';
export { scoreServqual, DIMENSIONS, DIMENSION_DEFINITIONS, type Dimension, type DimensionWeights, type DimensionScore, type ScorecardMetric, type MetricStatus, type Servqual, type ServqualInput, type PreviousWindow } from './servqual';
export { evaluateChecklist, PREDICTABLE_SPREAD, FAMILIAR_FACE_MINIMUM, URGENT_SHARE_MAXIMUM, MAX_TOUCHES, type ChecklistItem, type ChecklistStatus, type ChecklistInput } from './checklist';
export { summariseSurveys, nextSurveyQuestions, surveyDue, QUESTIONS_PER_SURVEY, SurveyResponseSchema, SURVEY_QUESTIONS, SURVEY_QUESTION_IDS, SURVEY_LOOKBACK_DAYS, type SurveyResponse, type SurveyQuestion, type SurveyQuestionId, type SurveyFigure, type SurveySummary } from './survey';
export { computeTrends, monthStarts, TREND_SERIES, type Trends, type TrendSeries, type TrendSeriesId, type TrendPoint, type TrendOptions } from './trends';

const DAY = 86_400_000;
/** metrics.md §9.1: rolling 90 days for rates and the scorecard. */
export const DEFAULT_WINDOW_DAYS = 90;
export const DEFAULT_TREND_MONTHS = 12;

export interface ScorecardOptions {
  now: Date;
  /** Tickets created in [from, to]; default the 90 days up to `now`. */
  window?: { from: Date; to: Date };
  settings: Settings;
  /** SERVQUAL importance weights (100 points over five dimensions); missing ones default to 20. */
  weights?: DimensionWeights;
  surveys?: readonly SurveyResponse[];
  bands?: BandOverrides;
  /** Months of trends up to `now` (default 12). */
  trendMonths?: number;
  /**
   * findRecurrences(tickets, recurrenceOptions(settings.thresholds)) of the same tickets, when the caller
   * already has it: it does not depend on the window, weights or surveys, so a dashboard can keep it while
   * the user changes those.
   */
  recurrence?: Recurrence;
}

export interface OriginScorecard {
  origin: string;
  portals: string[];
  portfolio: Portfolio;
  /** The window of the same length just before, for the figures scored on their change (P4). */
  previousWindow: PreviousWindow;
  servqual: Servqual;
  checklist: ChecklistItem[];
  survey: SurveySummary;
  trends: Trends;
  /** Every recurrence among the origin's tickets (any date), for drill-down. */
  recurrence: { cameBack: CameBack[]; groups: RecurringGroup[] };
}

export interface Scorecard {
  generatedAt: string;
  window: { from: string; to: string };
  previousWindow: { from: string; to: string };
  timeZone: string;
  /** One scorecard per portal origin (one partner's portal each), most tickets in the window first. */
  origins: OriginScorecard[];
}

export function computeScorecard(tickets: readonly ScoredTicket[], options: ScorecardOptions): Scorecard {
  const nowMs = options.now.getTime();
  const fromMs = options.window ? options.window.from.getTime() : nowMs - DEFAULT_WINDOW_DAYS * DAY;
  const toMs = options.window ? options.window.to.getTime() : nowMs;
  if (!(toMs >= fromMs)) throw new RangeError('the window ends before it starts');
  const previous = { fromMs: fromMs - (toMs - fromMs), toMs: fromMs - 1 };
  const { settings } = options;
  const calendar = calendarFromSettings(settings);
  const bands = scorecardBands(settings.thresholds, calendar.dayMs, options.bands);
  const recurrence = options.recurrence ?? findRecurrences(tickets, recurrenceOptions(settings.thresholds));
  const trendMonths = Math.max(1, Math.floor(options.trendMonths ?? DEFAULT_TREND_MONTHS));
  const nowMonth = new Date(nowMs);
  // Any instant in the first month is enough: monthStarts works in the calendar's zone.
  const trendFromMs = Date.UTC(nowMonth.getUTCFullYear(), nowMonth.getUTCMonth() - (trendMonths - 1), 15);

  const byOrigin = new Map<string, ScoredTicket[]>();
  for (const ticket of tickets) {
    const list = byOrigin.get(ticket.origin);
    if (list) list.push(ticket);
    else byOrigin.set(ticket.origin, [ticket]);
  }

  const origins: OriginScorecard[] = [];
  for (const [origin, originTickets] of byOrigin) {
    const portfolio = computePortfolio(originTickets, { nowMs, window: { fromMs, toMs }, settings, recurrence, calendar });
    const before = inWindow(originTickets, previous);
    const previousWindow: PreviousWindow = {
      continuity: continuity(before, 'in the previous window'),
      resolutionBusiness: ticketDistribution(before, (t) => t.resolutionBusinessMs, 'in the previous window'),
    };
    const survey = summariseSurveys(options.surveys ?? [], origin, toMs);
    const servqual = scoreServqual({ portfolio, previous: previousWindow, survey, bands, ...(options.weights ? { weights: options.weights } : {}) });
    const checklist = evaluateChecklist({ portfolio, previous: previousWindow, survey, bands });
    const keys = new Set(originTickets.map((t) => t.key));
    origins.push({
      origin,
      portals: portfolio.portals,
      portfolio,
      previousWindow,
      servqual,
      checklist,
      survey,
      trends: computeTrends(originTickets, { zone: calendar.zone, fromMs: trendFromMs, toMs: nowMs, cameBack: recurrence.cameBack }),
      recurrence: {
        cameBack: [...recurrence.cameBack.values()].filter((found) => keys.has(found.key)),
        groups: recurrence.groups.filter((group) => group.origin === origin),
      },
    });
  }
  origins.sort((a, b) => b.portfolio.tickets.length - a.portfolio.tickets.length || (a.origin < b.origin ? -1 : 1));

  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    generatedAt: iso(nowMs),
    window: { from: iso(fromMs), to: iso(toMs) },
    previousWindow: { from: iso(previous.fromMs), to: iso(previous.toMs) },
    timeZone: calendar.zone,
    origins,
  };
}
