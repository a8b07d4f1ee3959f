import { z } from './zod';

/**
 * Where a ticket stands, whatever the portal calls it (DESIGN.md "Contract rules"). Portals name their
 * statuses freely (and translate them); every recipe maps its own names onto these categories.
 */
export const STATUS_CATEGORIES = ['new', 'open', 'waiting_on_client', 'on_hold', 'solved', 'closed', 'unknown'] as const;
export const StatusCategorySchema = z.enum(STATUS_CATEGORIES);
export type StatusCategory = z.infer<typeof StatusCategorySchema>;

export const StatusSchema = z.object({
  /** The status as the portal shows it (or its machine name when the display text is unreliable). */
  raw: z.string().max(200),
  category: StatusCategorySchema,
});
export type Status = z.infer<typeof StatusSchema>;

/** Solved and closed both end the partner's work; a move out of them is a reopen (metrics.md M7). */
export function isResolvedCategory(category: StatusCategory): boolean {
  return category === 'solved' || category === 'closed';
}

/** Categories in which the ticket is still the partner's to move (metrics.md M2/M3/M9). */
export function isUnresolvedCategory(category: StatusCategory): boolean {
  return category === 'new' || category === 'open' || category === 'on_hold' || category === 'unknown';
}
