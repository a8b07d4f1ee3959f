import { z } from './zod';

/**
 * User settings. Every threshold has a documented default and its source
 * (../shared/reference/metrics.md §9.2, cited per field). Durations are in hours of business time unless
 * the name says otherwise; one "business day" is the length of one scheduled day (metrics.md §9.1).
 */

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time of day as HH:MM');

export const WorkingPeriodSchema = z.object({
  /** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
  day: z.number().int().min(0).max(6),
  start: HHMM,
  end: HHMM,
});
export type WorkingPeriod = z.infer<typeof WorkingPeriodSchema>;

export const PRIORITY_LEVELS = ['urgent', 'high', 'normal', 'low'] as const;
export const PriorityLevelSchema = z.enum(PRIORITY_LEVELS);
export type PriorityLevel = z.infer<typeof PriorityLevelSchema>;

export const TargetSchema = z.object({
  firstResponseHours: z.number().positive(),
  resolutionHours: z.number().positive(),
});
export type Target = z.infer<typeof TargetSchema>;

export const ThresholdsSchema = z.object({
  /** M1 without a contract target: amber > 8 business h, red > 24 business h (metrics.md §9.2 M1). */
  firstResponseWatchHours: z.number().positive(),
  firstResponseAlertHours: z.number().positive(),
  /** M1 for urgent/P1 tickets without a contract target: red after this many business hours (P1 SLAs: 15 min amber, 1 bh red). */
  urgentFirstResponseAlertHours: z.number().positive(),
  /** M2: open wait amber > 1 business day, red > 2 business days (Zendesk next_reply_time; SupportLogic 2 days). */
  waitWatchDays: z.number().positive(),
  waitAlertDays: z.number().positive(),
  /** M3: partner silence amber > 3 business days, red > 5 (frappe #3182; jace.pro 4 days). */
  silenceWatchDays: z.number().positive(),
  silenceAlertDays: z.number().positive(),
  /** M4: 2 chasers = amber, 3 or more = red (1 is shown, as a notice). */
  followUpsWatch: z.number().int().positive(),
  followUpsAlert: z.number().int().positive(),
  /** M4: a lexical chaser needs the partner silent at least this many business days. */
  chaserSilenceDays: z.number().nonnegative(),
  /** M2/M4: consecutive client messages closer than this are one turn (Capturi 15-minute window). */
  turnMergeMinutes: z.number().nonnegative(),
  /** M5: technicians (owner stations) amber ≥ 3, red ≥ 4 (Zendesk assignee_stations brackets). */
  ownersWatch: z.number().int().positive(),
  ownersAlert: z.number().int().positive(),
  /** M6: red when resolution exceeds this multiple of its target. */
  resolutionAlertFactor: z.number().positive(),
  /** M7: any reopen or dispute = amber, 2 or more = red. */
  reopensWatch: z.number().int().positive(),
  reopensAlert: z.number().int().positive(),
  /** M9 (HDI backlog bands): open 10–30 calendar days amber, > 30 red. */
  ageWatchDays: z.number().positive(),
  ageAlertDays: z.number().positive(),
  /** M8: a new ticket like one solved within 7 days is red, within 30 days amber. */
  recurrenceAlertDays: z.number().positive(),
  recurrenceWatchDays: z.number().positive(),
  /** M8: similarity threshold θ (rubyclassifier duplicate detector, 0.6). */
  recurrenceSimilarity: z.number().min(0).max(1),
  /** Metric rules: automated acknowledgements within this many minutes of what they answer are not replies. */
  autoReplyMinutes: z.number().nonnegative(),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const SettingsSchema = z.object({
  /** IANA zone of the business calendar and of dates printed without a zone; '' = the browser's. */
  timeZone: z.string().max(100),
  /** Weekly business schedule (metrics.md §5, §9.1: default Mon–Fri 09:00–17:00). */
  schedule: z.array(WorkingPeriodSchema).max(50),
  /** Days off, YYYY-MM-DD in the calendar's zone. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(1000),
  /** Contract (SLA) targets by priority, in business hours; absent = defaults of §9.2 M1/M6. */
  targets: z.partialRecord(PriorityLevelSchema, TargetSchema),
  thresholds: ThresholdsSchema,
  /** Names or e-mail domains that are "us" (the client side), for portals that do not mark sides. */
  clientIdentities: z.array(z.string().max(200)).max(200),
  /** UI language: 'auto' follows the browser. */
  locale: z.enum(['auto', 'en', 'fr']),
  /**
   * How much each SERVQUAL dimension counts in the scorecard's overall figure (metrics.md §4: importance
   * points over the five dimensions); missing ones count 20. The dimensions are always shown beside it.
   */
  scorecardWeights: z.partialRecord(z.enum(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']), z.number().min(0).max(100)),
  /** The dashboard offers the pulse survey this many weeks after the last answers (issue 5, default 4). */
  surveyIntervalWeeks: z.number().int().min(1).max(52),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  firstResponseWatchHours: 8,
  firstResponseAlertHours: 24,
  urgentFirstResponseAlertHours: 1,
  waitWatchDays: 1,
  waitAlertDays: 2,
  silenceWatchDays: 3,
  silenceAlertDays: 5,
  followUpsWatch: 2,
  followUpsAlert: 3,
  chaserSilenceDays: 1,
  turnMergeMinutes: 15,
  ownersWatch: 3,
  ownersAlert: 4,
  resolutionAlertFactor: 2,
  reopensWatch: 1,
  reopensAlert: 2,
  ageWatchDays: 10,
  ageAlertDays: 30,
  recurrenceAlertDays: 7,
  recurrenceWatchDays: 30,
  recurrenceSimilarity: 0.6,
  autoReplyMinutes: 5,
};

/**
 * Default resolution/first-response targets by priority when the user has not entered the contract's
 * (metrics.md §9.2 M1 and M6: P1 15 min / 4 bh, P2 1 bh / 8 bh, P3 8 bh / 2 business days,
 * P4 24 bh / 5 business days — Xerox managed services, altsys.io).
 */
export const DEFAULT_TARGETS: Record<PriorityLevel, Target> = {
  urgent: { firstResponseHours: 0.25, resolutionHours: 4 },
  high: { firstResponseHours: 1, resolutionHours: 8 },
  normal: { firstResponseHours: 8, resolutionHours: 16 },
  low: { firstResponseHours: 24, resolutionHours: 40 },
};

export const DEFAULT_SCHEDULE: WorkingPeriod[] = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));

export const DEFAULT_SETTINGS: Settings = {
  timeZone: '',
  schedule: DEFAULT_SCHEDULE,
  holidays: [],
  targets: {},
  thresholds: DEFAULT_THRESHOLDS,
  clientIdentities: [],
  locale: 'auto',
  scorecardWeights: {},
  surveyIntervalWeeks: 4,
};

/** Settings as stored may predate a field: fill what is missing from the defaults, then validate. */
export function parseSettings(input: unknown): Settings {
  const base = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const thresholds = typeof base.thresholds === 'object' && base.thresholds !== null ? base.thresholds : {};
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...base, thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } });
}
