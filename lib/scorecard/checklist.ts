/**
 * The 12-item checklist of framework.md, each item met / not met / not measurable with the figure and the
 * tickets behind it. General rule: an item is met when every figure it rests on that can be measured is
 * green (bands.ts), not met when one is amber or red, and not measurable when none can be measured (hidden
 * under 10 tickets, or no survey answers). Per item:
 *
 * | # | figures                                                  | rule beyond the general one                      |
 * |---|----------------------------------------------------------|--------------------------------------------------|
 * | 1 | reopen rate (M7), recurrence rate (M8)                   | —                                                |
 * | 2 | resolution attainment (P1), resolution spread (M6, P2)   | spread: business p90 ≤ 3 × median [heuristic]    |
 * | 3 | recurrence rate (M8), recurring problems                 | any recurring-problem group = not met            |
 * | 4 | one-touch share (M10), partner messages per solved ticket| median messages ≤ 2 (Zendesk: > 2 = multi-touch) |
 * | 5 | continuity (P4), resolution trend                        | familiar-face ≥ 50 % [heuristic], no COC drop ≥ 0.2, median business resolution not above the previous window's |
 * | 6 | reassigned share (M5)                                    | —                                                |
 * | 7 | follow-up rate (M4), silent share (M3)                   | —                                                |
 * | 8 | median client wait (M2), open tickets silent now (M3)    | any open ticket with a red silence = not met     |
 * | 9 | survey "project scope"                                   | survey mean ≥ 4 of 5                             |
 * |10 | survey "costs and timelines", resolution attainment      | not measurable without the survey (costs are not in timelines) |
 * |11 | survey "next steps", silent share                        | not measurable without the survey                |
 * |12 | survey "direction", urgent share                         | urgent share > 25 % [heuristic] = not met even without the survey; otherwise needs the survey |
 */
import { levelFor, type Band, type BandId, type Level } from './bands';
import type { Distribution, Rate } from './figure';
import type { Portfolio } from './portfolio';
import type { PreviousWindow } from './servqual';
import type { SurveyQuestionId, SurveySummary } from './survey';

export type ChecklistStatus = 'met' | 'not_met' | 'not_measurable';

export interface ChecklistItem {
  /** 1–12, as in framework.md. */
  id: number;
  text: string;
  status: ChecklistStatus;
  /** Which figures the item rests on. */
  metric: string;
  /** The rule applied, in words. */
  rule: string;
  /** What was found, e.g. "reopen rate 4 % (green); recurrence rate hidden: fewer than 10 tickets — 7 in this window". */
  detail: string;
  /** Tickets behind a "not met" (or, when met, behind the figures). */
  evidence: string[];
}

/** Item 2: resolution is predictable when p90 ≤ this many times the median [heuristic]. */
export const PREDICTABLE_SPREAD = 3;
/** Item 5: share of tickets handled by a technician who already knew the client [heuristic]. */
export const FAMILIAR_FACE_MINIMUM = 0.5;
/** Item 12: above this share of urgent tickets, decisions look urgency-driven [heuristic]. */
export const URGENT_SHARE_MAXIMUM = 0.25;
/** Item 4: Zendesk "multi-touch" is more than two agent replies. */
export const MAX_TOUCHES = 2;

export interface ChecklistInput {
  portfolio: Portfolio;
  previous: PreviousWindow | null;
  survey: SurveySummary;
  bands: Record<BandId, Band>;
}

/** One figure's verdict: ok (green), not ok (amber/red), or unknown (cannot be measured). */
interface Check {
  label: string;
  verdict: 'ok' | 'not_ok' | 'unknown';
  note: string;
  evidence: string[];
}

const percent = (value: number) => `${Math.round(value * 1000) / 10} %`;
const hours = (ms: number) => `${Math.round((ms / 3_600_000) * 10) / 10} business h`;

function rateCheck(label: string, figure: Rate, band: Band, problem: 'numerator' | 'rest'): Check {
  const evidence = problem === 'numerator' ? figure.evidence : figure.rest;
  if (figure.hidden) return { label, verdict: 'unknown', note: `${label} hidden: ${figure.reason}`, evidence };
  if (figure.value === null) return { label, verdict: 'unknown', note: `${label}: no tickets`, evidence };
  const level: Level = levelFor(figure.value, band);
  return { label, verdict: level === 'green' ? 'ok' : 'not_ok', note: `${label} ${percent(figure.value)} (${level})`, evidence };
}

function surveyCheck(survey: SurveySummary, id: SurveyQuestionId, band: Band): Check {
  const figure = survey[id];
  const label = `survey "${figure.question.text}"`;
  if (figure.mean === null) return { label, verdict: 'unknown', note: `${label}: no answers in the last 12 months`, evidence: [] };
  const level = levelFor(figure.mean, band);
  return { label, verdict: level === 'green' ? 'ok' : 'not_ok', note: `${label} ${Math.round(figure.mean * 10) / 10} of 5 from ${figure.answers} answer(s) (${level})`, evidence: [] };
}

function combine(checks: readonly Check[]): { status: ChecklistStatus; detail: string; evidence: string[] } {
  const failing = checks.filter((check) => check.verdict === 'not_ok');
  const known = checks.filter((check) => check.verdict !== 'unknown');
  const status: ChecklistStatus = failing.length > 0 ? 'not_met' : known.length > 0 ? 'met' : 'not_measurable';
  const evidenceFrom = (status === 'not_met' ? failing : known).filter((check) => check.evidence.length > 0);
  const evidence = evidenceFrom.length === 1 ? evidenceFrom[0]!.evidence : [...new Set(evidenceFrom.flatMap((check) => check.evidence))];
  return { status, detail: checks.map((check) => check.note).join('; '), evidence };
}

function item(id: number, text: string, metric: string, rule: string, checks: readonly Check[]): ChecklistItem {
  return { id, text, metric, rule, ...combine(checks) };
}

/** Item with a survey part that cannot be judged without the survey (items 10 and 11). */
function surveyItem(id: number, text: string, metric: string, rule: string, survey: Check, others: readonly Check[]): ChecklistItem {
  if (survey.verdict === 'unknown') {
    return { id, text, metric, rule, status: 'not_measurable', detail: [survey.note, ...others.map((check) => check.note)].join('; '), evidence: [] };
  }
  return item(id, text, metric, rule, [survey, ...others]);
}

function spreadCheck(resolution: Distribution): Check {
  const label = 'resolution spread (p90 ÷ median, business time)';
  if (resolution.hidden || resolution.median === null || resolution.p90 === null) {
    return { label, verdict: 'unknown', note: `${label} hidden: ${resolution.reason ?? 'no resolved tickets'}`, evidence: [] };
  }
  const ok = resolution.p90 <= PREDICTABLE_SPREAD * resolution.median;
  return {
    label,
    verdict: ok ? 'ok' : 'not_ok',
    note: `resolution median ${hours(resolution.median)}, p90 ${hours(resolution.p90)} (${ok ? 'steady' : `p90 over ${PREDICTABLE_SPREAD}× the median`})`,
    evidence: resolution.evidence.slice(0, Math.max(1, Math.ceil(resolution.evidence.length / 10))),
  };
}

function continuityChecks(portfolio: Portfolio, previous: PreviousWindow | null, bands: Record<BandId, Band>): Check[] {
  const current = portfolio.continuity;
  const checks: Check[] = [];
  const familiar = current.familiarFace;
  if (current.hidden || familiar.value === null) {
    checks.push({ label: 'familiar-face rate', verdict: 'unknown', note: `continuity hidden: ${current.reason ?? 'no resolved tickets with a technician'}`, evidence: [] });
  } else {
    const ok = familiar.value >= FAMILIAR_FACE_MINIMUM;
    checks.push({ label: 'familiar-face rate', verdict: ok ? 'ok' : 'not_ok', note: `familiar-face rate ${percent(familiar.value)} (${ok ? 'at least' : 'under'} ${percent(FAMILIAR_FACE_MINIMUM)})`, evidence: familiar.rest });
  }
  if (!current.hidden && current.coc !== null && previous && !previous.continuity.hidden && previous.continuity.coc !== null) {
    const drop = previous.continuity.coc - current.coc;
    const level = levelFor(drop, bands['continuity-drop']);
    checks.push({ label: 'COC change', verdict: level === 'green' ? 'ok' : 'not_ok', note: `COC ${current.coc.toFixed(2)}, previous window ${previous.continuity.coc.toFixed(2)} (${level})`, evidence: current.evidence });
  }
  const now = portfolio.resolution.business;
  const before = previous?.resolutionBusiness;
  if (!now.hidden && now.median !== null && before && !before.hidden && before.median !== null) {
    const ok = now.median <= before.median;
    checks.push({ label: 'resolution trend', verdict: ok ? 'ok' : 'not_ok', note: `median resolution ${hours(now.median)}, previous window ${hours(before.median)} (${ok ? 'not slower' : 'slower'})`, evidence: ok ? [] : now.evidence });
  }
  return checks;
}

export function evaluateChecklist(input: ChecklistInput): ChecklistItem[] {
  const { portfolio: p, previous, survey, bands } = input;
  const reopen = rateCheck('reopen rate', p.reopenRate, bands['reopen-rate'], 'numerator');
  const recurrence = rateCheck('recurrence rate', p.recurrenceRate, bands['recurrence-rate'], 'numerator');
  const resolutionAttainment = rateCheck('resolution attainment', p.attainment.resolution, bands['resolution-attainment'], 'rest');
  const silent = rateCheck('silent share', p.silentShare, bands['silent-share'], 'numerator');

  const groups = p.recurringGroups;
  const groupCheck: Check = groups.length
    ? { label: 'recurring problems', verdict: 'not_ok', note: `${groups.length} recurring problem(s) of ${groups.map((group) => group.keys.length).join(', ')} tickets`, evidence: groups.flatMap((group) => group.keys) }
    : { label: 'recurring problems', verdict: 'unknown', note: 'no recurring problem found', evidence: [] };

  const touches = p.partnerMessagesPerSolved;
  const touchCheck: Check =
    touches.hidden || touches.median === null
      ? { label: 'partner messages per solved ticket', verdict: 'unknown', note: `partner messages per solved ticket hidden: ${touches.reason ?? 'no solved tickets'}`, evidence: [] }
      : {
          label: 'partner messages per solved ticket',
          verdict: touches.median <= MAX_TOUCHES ? 'ok' : 'not_ok',
          note: `median ${touches.median} partner message(s) per solved ticket`,
          evidence: touches.evidence.slice(0, Math.max(1, Math.ceil(touches.evidence.length / 10))),
        };

  const wait = p.waiting.business;
  const waitCheck: Check =
    wait.hidden || wait.median === null
      ? { label: 'median client wait', verdict: 'unknown', note: `median client wait hidden: ${wait.reason ?? 'no client waits'}`, evidence: [] }
      : (() => {
          const level = levelFor(wait.median, bands['median-wait']);
          return { label: 'median client wait', verdict: level === 'green' ? 'ok' : 'not_ok', note: `median client wait ${hours(wait.median)} (${level})`, evidence: wait.evidence };
        })();
  const silentOpen = p.silentOpenTickets;
  const silentOpenCheck: Check = silentOpen.length
    ? { label: 'open tickets silent now', verdict: 'not_ok', note: `${silentOpen.length} open ticket(s) with a red silence`, evidence: silentOpen }
    : { label: 'open tickets silent now', verdict: 'unknown', note: 'no open ticket with a red silence', evidence: [] };

  const urgent = p.urgentShare;
  const urgentTooHigh = !urgent.hidden && urgent.value !== null && urgent.value > URGENT_SHARE_MAXIMUM;
  const urgentCheck: Check = urgentTooHigh
    ? { label: 'urgent share', verdict: 'not_ok', note: `urgent share ${percent(urgent.value ?? 0)} (over ${percent(URGENT_SHARE_MAXIMUM)})`, evidence: urgent.evidence }
    : { label: 'urgent share', verdict: 'unknown', note: urgent.hidden ? `urgent share hidden: ${urgent.reason}` : urgent.value === null ? 'no priorities shown' : `urgent share ${percent(urgent.value)}`, evidence: [] };
  const direction = surveyCheck(survey, 'direction', bands.survey);

  return [
    item(1, 'Problems stay fixed, rather than being fixed fast.', 'reopen rate (M7), recurrence rate (M8)', 'met when both are green', [reopen, recurrence]),
    item(2, 'Resolution times are steady and predictable.', 'resolution attainment (P1), resolution median and p90 (M6, P2)', `met when attainment is green and p90 ≤ ${PREDICTABLE_SPREAD}× the median`, [resolutionAttainment, spreadCheck(p.resolution.business)]),
    item(3, 'Fixes last; the same issue does not return.', 'recurrence within 30 days (M8), recurring problems', 'met when the recurrence rate is green and no problem recurs (≥ 3 similar tickets in 90 days)', [recurrence, groupCheck]),
    item(4, 'Work gets done without repeated interventions.', 'one-touch share (M10), partner messages per solved ticket', `met when the one-touch share is green and the median solved ticket took ≤ ${MAX_TOUCHES} partner messages`, [rateCheck('one-touch share', p.oneTouchShare, bands['one-touch-share'], 'rest'), touchCheck]),
    item(5, "The partner's people know the client's environment and get faster over time.", 'continuity (P4), trend of resolution time', `met when ≥ ${percent(FAMILIAR_FACE_MINIMUM)} of tickets had a familiar technician, COC did not drop by ≥ 0.2 and resolution is not slower than the previous window`, continuityChecks(p, previous, bands)),
    item(6, 'The client does not have to repeat context at every contact.', 'reassigned share (M5)', 'met when the reassigned share is green', [rateCheck('reassigned share', p.reassignedShare, bands['reassigned-share'], 'numerator')]),
    item(7, 'The client knows what is happening and what comes next.', 'follow-up rate (M4), silences (M3)', 'met when the follow-up rate and the silent share are green', [rateCheck('follow-up rate', p.followUpRate, bands['follow-up-rate'], 'numerator'), silent]),
    item(8, 'Delays and their impact are explained.', 'median client wait (M2), open tickets silent now (M3)', 'met when the median wait is green and no open ticket has a red silence', [waitCheck, silentOpenCheck]),
    surveyItem(9, 'Projects have a defined scope and expectations.', 'survey', 'met when the survey answer averages ≥ 4 of 5', surveyCheck(survey, 'project-scope', bands.survey), []),
    surveyItem(10, 'Costs and timelines stay under control.', 'survey, resolution against targets (P1)', 'met when the survey answer averages ≥ 4 of 5 and resolution attainment is not amber or red; not measurable without the survey', surveyCheck(survey, 'costs-timelines', bands.survey), [resolutionAttainment]),
    surveyItem(11, 'The next steps are visible.', 'survey, silences (M3)', 'met when the survey answer averages ≥ 4 of 5 and the silent share is green; not measurable without the survey', surveyCheck(survey, 'next-steps', bands.survey), [silent]),
    urgentTooHigh
      ? item(12, 'Decisions are not driven by urgency alone.', 'share of urgent tickets, survey', `not met when more than ${percent(URGENT_SHARE_MAXIMUM)} of tickets are urgent; otherwise met when the survey answer averages ≥ 4 of 5`, [urgentCheck, direction])
      : surveyItem(12, 'Decisions are not driven by urgency alone.', 'share of urgent tickets, survey', `not met when more than ${percent(URGENT_SHARE_MAXIMUM)} of tickets are urgent; otherwise met when the survey answer averages ≥ 4 of 5`, direction, [urgentCheck]),
  ];
}
