import { z } from './zod';
import { IsoUtcSchema } from './timeline';

export const HealthLevelSchema = z.enum(['ok', 'watch', 'alert']);
export type HealthLevel = z.infer<typeof HealthLevelSchema>;

export const SignSchema = z.object({
  /** Stable machine code, e.g. `follow-ups`, `handoffs`, `slow-fix`. */
  code: z.string(),
  level: z.enum(['watch', 'alert']),
  /** Plain language naming the evidence, e.g. "You followed up 3 times — last on Tue 14 Oct". */
  message: z.string(),
});
export type Sign = z.infer<typeof SignSchema>;

const DurationMs = z.number().nonnegative().nullable();

/** The contract's TicketHealth (DESIGN.md): what `inspect` prints and what badges show. */
export const TicketHealthSchema = z.object({
  level: HealthLevelSchema,
  metrics: z.object({
    /** Chasers, metrics.md M4. */
    followUps: z.number().int().nonnegative(),
    /** Owner changes, M5: assignee sequence if known, else partner-author sequence. */
    handoffs: z.number().int().nonnegative(),
    /** Distinct partner authors. */
    responders: z.number().int().nonnegative(),
    /** solved/closed -> any other category, M7. */
    reopens: z.number().int().nonnegative(),
    /** M1. */
    firstResponseMs: DurationMs,
    firstResponseBusinessMs: DurationMs,
    /** created -> last entry into solved/closed, M6; null unless currently solved/closed. */
    resolutionMs: DurationMs,
    resolutionBusinessMs: DurationMs,
    /** Oldest unanswered client message on an open ticket, M2. */
    waitingSince: IsoUtcSchema.nullable(),
    /** M3. */
    longestSilenceBusinessMs: DurationMs,
    /** created -> now, or -> resolution. */
    ageMs: z.number().nonnegative(),
  }),
  signs: z.array(SignSchema),
});
export type TicketHealth = z.infer<typeof TicketHealthSchema>;

const LEVEL_RANK: Record<HealthLevel, number> = { ok: 0, watch: 1, alert: 2 };

/** The ticket's level is its worst sign's. */
export function worstLevel(levels: Iterable<HealthLevel>): HealthLevel {
  let worst: HealthLevel = 'ok';
  for (const level of levels) if (LEVEL_RANK[level] > LEVEL_RANK[worst]) worst = level;
  return worst;
}
