import { z } from './zod';
import { TicketHealthSchema } from './health';
import { OriginSchema, PortalIdSchema, TicketIdSchema, HttpUrlSchema } from './snapshot';
import { StatusSchema } from './status';
import { IsoUtcSchema, TimelineEventSchema } from './timeline';

/** One key per ticket across portals: the portal's origin and its ticket number. */
export function ticketKey(origin: string, ticketId: string): string {
  return `${origin}|${ticketId}`;
}

/** What was seen on one visit, kept when it differs from the visit before (status, assignee). */
export const ObservationSchema = z.object({
  at: IsoUtcSchema,
  status: StatusSchema,
  assignee: z.string().max(300).optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A ticket as the database keeps it: the latest known header fields plus what each visit observed. */
export const StoredTicketSchema = z.object({
  key: z.string(),
  portal: PortalIdSchema,
  origin: OriginSchema,
  ticketId: TicketIdSchema,
  url: HttpUrlSchema,
  subject: z.string(),
  status: StatusSchema,
  priority: z.string().optional(),
  assignee: z.string().optional(),
  requester: z.string().optional(),
  createdAt: IsoUtcSchema.optional(),
  updatedAt: IsoUtcSchema.optional(),
  firstSeenAt: IsoUtcSchema,
  lastSeenAt: IsoUtcSchema,
  observations: z.array(ObservationSchema),
  eventCount: z.number().int().nonnegative(),
  /** Health as computed at the last ingest (with "now" = that visit); pages recompute with the real now. */
  health: TicketHealthSchema.optional(),
  /**
   * When that health says the ticket was resolved (created + resolution time), while it is solved/closed;
   * indexed with the origin so "solved shortly before" (M8 came back) is one range query.
   */
  resolvedAt: IsoUtcSchema.optional(),
  /** Fingerprint of the last page visit merged (header, entry ids, settings): an identical revisit is skipped. */
  visitDigest: z.string().max(60).optional(),
});
export type StoredTicket = z.infer<typeof StoredTicketSchema>;

/** A timeline entry as stored: the event plus the ticket it belongs to. Key: [ticketKey+id]. */
export const StoredEventSchema = z.intersection(TimelineEventSchema, z.object({ ticketKey: z.string() }));
export type StoredEvent = z.infer<typeof StoredEventSchema>;
