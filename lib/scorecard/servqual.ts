/**
 * The partner scorecard grouped by the five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988;
 * metrics.md §4; grouping exactly as metrics.md §9.3 "Partner scorecard", performance-only):
 *
 * - Responsiveness: P1 first-response attainment, median client wait (M2), share of tickets with a red
 *   silence (M3), chaser rate (M4).
 * - Reliability: reopen rate (M7), recurrence rate (M8), resolution attainment (P1), promises kept (M11 —
 *   not measured: Plumbline has no promise detector).
 * - Assurance: one-touch share (M10), reassigned share (M5, lower is better), escalations (not visible in
 *   client-side timelines), the survey's confidence question.
 * - Empathy: continuity COC (scored on its change vs the previous window, P4) and UPC (informational),
 *   proactive partner updates, service within the client's business hours (not measured), the survey's
 *   understanding question.
 * - Tangibles: not observable in timelines — the survey only.
 *
 * Each figure scores 100 / 50 / 0 (green / amber / red, bands.ts). A figure hidden under 10 tickets, not
 * measurable, or informational is shown with its reason and not scored. A dimension's score is the mean
 * of its scored figures; with none it is "not measurable". The composite is the weighted mean of the
 * measurable dimensions (weights: 100 points over the five, default equal; weighted SERVQUAL, §4) — and it
 * is never returned alone: the dimensions and their evidence always come with it (the watermelon effect,
 * §9.3).
 */
import { LEVEL_SCORE, levelFor, type Band, type BandId, type Level } from './bands';
import type { Continuity } from './continuity';
import type { Distribution, Rate } from './figure';
import type { Portfolio } from './portfolio';
import type { SurveyFigure, SurveyQuestionId, SurveySummary } from './survey';

export const DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type DimensionWeights = Partial<Record<Dimension, number>>;

/** SERVQUAL wording (metrics.md §4). */
export const DIMENSION_DEFINITIONS: Readonly<Record<Dimension, { label: string; definition: string }>> = {
  tangibles: { label: 'Tangibles', definition: 'Appearance of facilities, equipment, personnel and communication materials.' },
  reliability: { label: 'Reliability', definition: 'Ability to perform the promised service dependably and accurately.' },
  responsiveness: { label: 'Responsiveness', definition: 'Willingness to help customers and provide prompt service.' },
  assurance: { label: 'Assurance', definition: 'Knowledge and courtesy of employees and their ability to inspire trust and confidence.' },
  empathy: { label: 'Empathy', definition: 'Caring, individualized attention the firm provides.' },
};

export type MetricStatus = 'scored' | 'hidden' | 'not_measurable' | 'informational';

export interface ScorecardMetric {
  id: string;
  label: string;
  /** Where the definition comes from. */
  source: string;
  /** Shares 0–1, durations in business ms, indices 0–1, survey means 1–5. */
  value: number | null;
  unit: 'share' | 'business-ms' | 'index' | 'answer';
  status: MetricStatus;
  level: Level | null;
  score: 100 | 50 | 0 | null;
  /** Why it is not scored (hidden, not measurable, informational). */
  reason: string | null;
  band: Band | null;
  /** Tickets to look at: those that pull the figure down (breaches, follow-ups, reopens…). */
  evidence: string[];
  numerator?: number;
  denominator?: number;
}

export interface DimensionScore {
  dimension: Dimension;
  label: string;
  definition: string;
  /** Mean of the scored figures, 0–100; null = not measurable. */
  score: number | null;
  measurable: boolean;
  reason: string | null;
  metrics: ScorecardMetric[];
}

export interface Servqual {
  dimensions: DimensionScore[];
  composite: {
    /** Weighted mean of the measurable dimensions, 0–100; null when none is measurable or all weights are 0. */
    score: number | null;
    /** The weights used, normalised to sum 1 over the dimensions that count. */
    weights: Record<Dimension, number>;
    dimensionsUsed: Dimension[];
  };
}

/** What the previous window of the same length shows, for the trend-based figures (P4). */
export interface PreviousWindow {
  continuity: Continuity;
  resolutionBusiness: Distribution;
}

export interface ServqualInput {
  portfolio: Portfolio;
  previous: PreviousWindow | null;
  survey: SurveySummary;
  bands: Record<BandId, Band>;
  weights?: DimensionWeights;
}

const DEFAULT_WEIGHT = 20;

function scored(base: Omit<ScorecardMetric, 'status' | 'level' | 'score' | 'reason'>, band: Band, value: number): ScorecardMetric {
  const level = levelFor(value, band);
  return { ...base, value, band, status: 'scored', level, score: LEVEL_SCORE[level], reason: null };
}

function unscored(base: Omit<ScorecardMetric, 'status' | 'level' | 'score' | 'reason'>, status: Exclude<MetricStatus, 'scored'>, reason: string): ScorecardMetric {
  return { ...base, status, level: null, score: null, reason };
}

/** A rate scored by its band; `problem` = which side of the rate is the evidence to look at. */
function rateMetric(id: string, label: string, figure: Rate, band: Band, problem: 'numerator' | 'rest'): ScorecardMetric {
  const base = {
    id,
    label,
    source: band.source,
    value: figure.value,
    unit: 'share' as const,
    band,
    evidence: problem === 'numerator' ? figure.evidence : figure.rest,
    numerator: figure.numerator,
    denominator: figure.denominator,
  };
  if (figure.hidden) return unscored(base, 'hidden', figure.reason ?? 'too few tickets');
  if (figure.value === null) return unscored(base, 'not_measurable', 'no tickets in this window');
  return scored(base, band, figure.value);
}

function notMeasured(id: string, label: string, source: string, reason: string): ScorecardMetric {
  return { id, label, source, value: null, unit: 'share', status: 'not_measurable', level: null, score: null, reason, band: null, evidence: [] };
}

function surveyMetric(figure: SurveyFigure, band: Band): ScorecardMetric {
  const base = { id: `survey:${figure.question.id}`, label: `Survey: ${figure.question.text}`, source: figure.question.source, value: figure.mean, unit: 'answer' as const, band, evidence: [], numerator: figure.answers };
  if (figure.mean === null) return unscored(base, 'not_measurable', 'no survey answers in the last 12 months');
  return scored(base, band, figure.mean);
}

function medianWaitMetric(portfolio: Portfolio, band: Band): ScorecardMetric {
  const wait = portfolio.waiting.business;
  const base = { id: 'median-wait', label: 'Median client wait for the next reply (business time)', source: band.source, value: wait.median, unit: 'business-ms' as const, band, evidence: wait.evidence };
  if (wait.hidden) return unscored(base, 'hidden', wait.reason ?? 'too few tickets');
  if (wait.median === null) return unscored(base, 'not_measurable', 'no client waits in this window');
  return scored(base, band, wait.median);
}

function continuityMetrics(portfolio: Portfolio, previous: PreviousWindow | null, band: Band): ScorecardMetric[] {
  const current = portfolio.continuity;
  const source = 'metrics.md §9.3 P4 (Bice–Boxerman COC; BMC Health Serv Res 2022)';
  const coc = { id: 'continuity-coc', label: 'Team continuity (COC)', source, value: current.coc, unit: 'index' as const, band, evidence: current.evidence, numerator: current.tickets };
  const upc = unscored(
    { id: 'continuity-upc', label: 'Usual technician share (UPC)', source, value: current.upc, unit: 'index', band: null, evidence: current.evidence, numerator: current.tickets },
    current.hidden ? 'hidden' : 'informational',
    current.hidden ? (current.reason ?? 'too few tickets') : 'informational: shown next to COC, not scored (metrics.md §9.3 P4)',
  );
  const familiar = unscored(
    { id: 'familiar-face', label: 'Tickets handled by a technician who knew the client', source, value: current.familiarFace.value, unit: 'share', band: null, evidence: current.familiarFace.rest, numerator: current.familiarFace.numerator, denominator: current.familiarFace.denominator },
    current.hidden ? 'hidden' : 'informational',
    current.hidden ? (current.reason ?? 'too few tickets') : 'informational: no published threshold (metrics.md §9.3 P4)',
  );
  let cocMetric: ScorecardMetric;
  if (current.hidden) cocMetric = unscored(coc, 'hidden', current.reason ?? 'too few tickets');
  else if (current.coc === null) cocMetric = unscored(coc, 'not_measurable', 'fewer than 2 resolved tickets with a technician');
  else if (!previous || previous.continuity.hidden || previous.continuity.coc === null) {
    cocMetric = unscored(coc, 'informational', 'scored on its change: the previous window has fewer than 10 resolved tickets with a technician (metrics.md §9.3 P4)');
  } else {
    const drop = previous.continuity.coc - current.coc;
    const level = levelFor(drop, band);
    cocMetric = { ...coc, status: 'scored', level, score: LEVEL_SCORE[level], reason: null };
  }
  return [cocMetric, upc, familiar];
}

function dimensionScore(dimension: Dimension, metrics: ScorecardMetric[]): DimensionScore {
  const scores: number[] = metrics.flatMap((metric) => (metric.score === null ? [] : [metric.score]));
  const { label, definition } = DIMENSION_DEFINITIONS[dimension];
  const measurable = scores.length > 0;
  return {
    dimension,
    label,
    definition,
    score: measurable ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null,
    measurable,
    reason: measurable ? null : dimension === 'tangibles' ? 'not visible in ticket timelines: needs survey answers' : 'no figure can be scored: ' + metrics.map((metric) => `${metric.label} — ${metric.reason}`).join('; '),
    metrics,
  };
}

export function scoreServqual(input: ServqualInput): Servqual {
  const { portfolio, previous, survey, bands } = input;
  const surveyFor = (id: SurveyQuestionId) => surveyMetric(survey[id], bands.survey);
  const dimensions: Record<Dimension, ScorecardMetric[]> = {
    responsiveness: [
      rateMetric('first-response-attainment', 'First responses within target', portfolio.attainment.firstResponse, bands['first-response-attainment'], 'rest'),
      medianWaitMetric(portfolio, bands['median-wait']),
      rateMetric('silent-share', 'Tickets with a partner silence over the red threshold', portfolio.silentShare, bands['silent-share'], 'numerator'),
      rateMetric('follow-up-rate', 'Tickets you had to chase', portfolio.followUpRate, bands['follow-up-rate'], 'numerator'),
    ],
    reliability: [
      rateMetric('reopen-rate', 'Solved tickets that were reopened', portfolio.reopenRate, bands['reopen-rate'], 'numerator'),
      rateMetric('recurrence-rate', 'Tickets that came back within 30 days', portfolio.recurrenceRate, bands['recurrence-rate'], 'numerator'),
      rateMetric('resolution-attainment', 'Resolutions within target', portfolio.attainment.resolution, bands['resolution-attainment'], 'rest'),
      notMeasured('promises-kept', 'Promises kept', 'metrics.md §9.2 M11', 'not measured: Plumbline does not detect promises in replies yet'),
    ],
    assurance: [
      rateMetric('one-touch-share', 'Solved in one touch', portfolio.oneTouchShare, bands['one-touch-share'], 'rest'),
      rateMetric('reassigned-share', 'Tickets passed to another technician', portfolio.reassignedShare, bands['reassigned-share'], 'numerator'),
      notMeasured('escalations', 'Escalations', 'metrics.md §9.3 Assurance', 'not visible in client-side timelines'),
      surveyFor('confidence'),
    ],
    empathy: [
      ...continuityMetrics(portfolio, previous, bands['continuity-drop']),
      rateMetric('proactive-share', 'Partner updates you did not have to ask for', portfolio.proactiveShare, bands['proactive-share'], 'rest'),
      notMeasured('business-hours-service', 'Service within your business hours', 'metrics.md §9.3 Empathy; SERVQUAL Q19', 'not measured yet'),
      surveyFor('understanding'),
    ],
    tangibles: [surveyFor('tangibles')],
  };

  const scoresByDimension = DIMENSIONS.map((dimension) => dimensionScore(dimension, dimensions[dimension]));
  const requested = input.weights ?? {};
  const raw = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) {
    const weight = requested[dimension] ?? DEFAULT_WEIGHT;
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`weight of ${dimension} must be a non-negative number, got ${weight}`);
    raw[dimension] = weight;
  }
  const used = scoresByDimension.filter((score) => score.measurable && raw[score.dimension] > 0);
  const total = used.reduce((sum, score) => sum + raw[score.dimension], 0);
  const weights = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) weights[dimension] = total > 0 && used.some((score) => score.dimension === dimension) ? raw[dimension] / total : 0;
  const composite = total > 0 ? used.reduce((sum, score) => sum + (score.score ?? 0) * weights[score.dimension], 0) : null;

  return { dimensions: scoresByDimension, composite: { score: composite, weights, dimensionsUsed: used.map((score) => score.dimension) } };
}
