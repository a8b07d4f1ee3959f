/**
 * The short client survey (framework.md "SERVQUAL": "a short, occasional survey of the client's own people
 * (one to three questions) covers confidence and what timelines cannot show"). Each answer is a 1–5
 * agreement (1 = strongly disagree, 5 = strongly agree; SERVPERF-style perceptions only, metrics.md §4).
 * The scorecard reads the answers given in the 12 months up to the window's end; a response that names
 * an origin counts for that portal only, one without an origin for every portal.
 */
import { z } from '../model/zod';

export interface SurveyQuestion {
  id: SurveyQuestionId;
  text: string;
  /** SERVQUAL dimension it informs, if any (metrics.md §4 item numbers in `source`). */
  dimension: 'tangibles' | 'assurance' | 'empathy' | null;
  /** Framework checklist item it answers, if any. */
  checklistItem: number | null;
  source: string;
}

export const SURVEY_QUESTION_IDS = ['tangibles', 'confidence', 'understanding', 'project-scope', 'costs-timelines', 'next-steps', 'direction'] as const;
export type SurveyQuestionId = (typeof SURVEY_QUESTION_IDS)[number];

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  { id: 'tangibles', text: "The partner's portal, reports and documents are clear and easy to use.", dimension: 'tangibles', checklistItem: null, source: 'SERVQUAL Tangibles, Q1–4' },
  { id: 'confidence', text: "We are confident the partner's people know our environment and handle it competently.", dimension: 'assurance', checklistItem: null, source: 'SERVQUAL Assurance, Q14–17 (the survey\'s confidence question, framework.md)' },
  { id: 'understanding', text: 'The partner understands our specific needs.', dimension: 'empathy', checklistItem: null, source: 'SERVQUAL Empathy, Q22' },
  { id: 'project-scope', text: 'Projects have a defined scope and clear expectations.', dimension: null, checklistItem: 9, source: 'framework.md checklist 9' },
  { id: 'costs-timelines', text: 'Costs and timelines stay under control.', dimension: null, checklistItem: 10, source: 'framework.md checklist 10' },
  { id: 'next-steps', text: 'We know what happens next on our open topics.', dimension: null, checklistItem: 11, source: 'framework.md checklist 11' },
  { id: 'direction', text: 'Decisions follow mid-term priorities, not urgency alone.', dimension: null, checklistItem: 12, source: 'framework.md checklist 12' },
];

const Answer = z.number().int().min(1).max(5);

export const SurveyResponseSchema = z.object({
  /** ISO 8601 UTC. */
  takenAt: z.iso.datetime({ offset: false }),
  answers: z.partialRecord(z.enum(SURVEY_QUESTION_IDS), Answer),
  /** The portal origin (partner) the answers are about; absent = every origin. */
  origin: z.string().optional(),
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

export interface SurveyFigure {
  question: SurveyQuestion;
  /** Mean answer, 1–5; null without answers. */
  mean: number | null;
  answers: number;
}

export type SurveySummary = Record<SurveyQuestionId, SurveyFigure>;

/** How far back answers count, before the window's end. */
export const SURVEY_LOOKBACK_DAYS = 365;

export function summariseSurveys(responses: readonly SurveyResponse[], origin: string, toMs: number): SurveySummary {
  const fromMs = toMs - SURVEY_LOOKBACK_DAYS * 86_400_000;
  const sums = new Map<SurveyQuestionId, { total: number; count: number }>();
  for (const response of responses) {
    if (response.origin !== undefined && response.origin !== origin) continue;
    const takenMs = Date.parse(response.takenAt);
    if (!(takenMs >= fromMs && takenMs <= toMs)) continue;
    for (const id of SURVEY_QUESTION_IDS) {
      const answer = response.answers[id];
      // Out-of-range answers are ignored rather than trusted (the schema rejects them at the boundary).
      if (answer === undefined || !Answer.safeParse(answer).success) continue;
      const entry = sums.get(id) ?? { total: 0, count: 0 };
      entry.total += answer;
      entry.count += 1;
      sums.set(id, entry);
    }
  }
  const summary = {} as SurveySummary;
  for (const question of SURVEY_QUESTIONS) {
    const entry = sums.get(question.id);
    summary[question.id] = { question, mean: entry ? entry.total / entry.count : null, answers: entry?.count ?? 0 };
  }
  return summary;
}

/** Questions asked at a time: three, so the survey takes a minute (issue 5 "Pulse survey"). */
export const QUESTIONS_PER_SURVEY = 3;

/**
 * The next survey's questions: those answered longest ago (never answered first, in list order), so every
 * question comes back in turn.
 */
export function nextSurveyQuestions(responses: readonly SurveyResponse[]): SurveyQuestion[] {
  const lastAnswered = new Map<SurveyQuestionId, number>();
  for (const response of responses) {
    const at = Date.parse(response.takenAt);
    for (const id of SURVEY_QUESTION_IDS) if (response.answers[id] !== undefined) lastAnswered.set(id, Math.max(at, lastAnswered.get(id) ?? -Infinity));
  }
  return SURVEY_QUESTIONS.map((question, index) => ({ question, index, at: lastAnswered.get(question.id) ?? -Infinity }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .slice(0, QUESTIONS_PER_SURVEY)
    .sort((a, b) => a.index - b.index)
    .map(({ question }) => question);
}

/** Whether the survey is due: never answered, or the last answers are `intervalWeeks` old. */
export function surveyDue(responses: readonly SurveyResponse[], intervalWeeks: number, nowMs: number): boolean {
  const last = Math.max(-Infinity, ...responses.map((response) => Date.parse(response.takenAt)));
  return nowMs - last >= intervalWeeks * 7 * 86_400_000;
}
