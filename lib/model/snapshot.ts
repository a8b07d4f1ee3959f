import { z } from './zod';
import { StatusSchema } from './status';
import { IsoUtcSchema, TimelineEventSchema } from './timeline';

/** Recipe ids: the built-in portals, or `recipe:<name>` for one the user taught. */
export const PortalIdSchema = z.string().regex(/^(?:[a-z][a-z0-9-]{1,30}|recipe:[\w .-]{1,80})$/, 'unknown portal id');

/** `https://help.partner.example` — scheme, host and port only. */
export const OriginSchema = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/?#\s]+$/, 'an origin is scheme://host[:port] with nothing after it');

export const HttpUrlSchema = z
  .string()
  .max(4000)
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) address');

export const TicketIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\s#]/, 'a ticket id is the number the portal shows, without "#"');

/** Most entries one snapshot may carry (a page of 1,000+ comments is real; 20,000 is not). */
export const MAX_EVENTS_PER_SNAPSHOT = 20_000;
export const MAX_ROWS_PER_LIST = 5_000;

export const TicketSnapshotSchema = z.object({
  portal: PortalIdSchema,
  origin: OriginSchema,
  ticketId: TicketIdSchema,
  url: HttpUrlSchema,
  subject: z.string().max(2000),
  status: StatusSchema,
  priority: z.string().max(200).optional(),
  assignee: z.string().max(300).optional(),
  requester: z.string().max(300).optional(),
  createdAt: IsoUtcSchema.optional(),
  updatedAt: IsoUtcSchema.optional(),
  /** Oldest first. */
  events: z.array(TimelineEventSchema).max(MAX_EVENTS_PER_SNAPSHOT),
  capturedAt: IsoUtcSchema,
});
export type TicketSnapshot = z.infer<typeof TicketSnapshotSchema>;

export const ListRowSchema = z.object({
  ticketId: TicketIdSchema,
  subject: z.string().max(2000),
  url: HttpUrlSchema,
  status: StatusSchema,
  createdAt: IsoUtcSchema.optional(),
  updatedAt: IsoUtcSchema.optional(),
});
export type ListRow = z.infer<typeof ListRowSchema>;

export const ListSnapshotSchema = z.object({
  portal: PortalIdSchema,
  origin: OriginSchema,
  url: HttpUrlSchema,
  capturedAt: IsoUtcSchema,
  rows: z.array(ListRowSchema).max(MAX_ROWS_PER_LIST),
});
export type ListSnapshot = z.infer<typeof ListSnapshotSchema>;
