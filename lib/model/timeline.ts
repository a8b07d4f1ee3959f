import { z } from './zod';
import { StatusCategorySchema } from './status';

/** ISO 8601 in UTC with a trailing Z, the only time format stored or exchanged (DESIGN.md). */
export const IsoUtcSchema = z.iso.datetime({ offset: false, precision: undefined });
export type IsoUtc = z.infer<typeof IsoUtcSchema>;

export const EVENT_TYPES = ['message', 'status_change', 'assignment', 'other'] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

export const SIDES = ['client', 'partner', 'system', 'unknown'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

/** Longest plain text kept for one entry; a longer body is cut, never rejected. */
export const MAX_EVENT_TEXT = 100_000;

export const TimelineEventSchema = z
  .object({
    /** The portal's own id where it has one, else a hash of author + time + text. */
    id: z.string().min(1).max(300),
    type: EventTypeSchema,
    side: SideSchema,
    author: z.string().max(300).optional(),
    at: IsoUtcSchema,
    /** Plain text, never HTML; stored verbatim. */
    text: z.string().max(MAX_EVENT_TEXT).optional(),
    /** status_change: categories; assignment: names. */
    from: z.string().max(300).optional(),
    to: z.string().max(300).optional(),
    /** Synthesized from a change seen between two visits, not shown by the portal. */
    observed: z.boolean().optional(),
  })
  .superRefine((event, ctx) => {
    if (event.type !== 'status_change') return;
    for (const key of ['from', 'to'] as const) {
      const value = event[key];
      if (value !== undefined && !StatusCategorySchema.safeParse(value).success) {
        ctx.addIssue({ code: 'custom', path: [key], message: `a status change's "${key}" must be a status category` });
      }
    }
  });
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
