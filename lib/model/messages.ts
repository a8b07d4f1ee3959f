import { z } from './zod';
import { HealthLevelSchema, TicketHealthSchema } from './health';
import { RecipeSchema } from './recipe';
import { ListSnapshotSchema, OriginSchema, PortalIdSchema, TicketSnapshotSchema } from './snapshot';

/**
 * Messages between the extension's parts. Content scripts are untrusted (they share the page's
 * renderer): the background parses every message with these schemas and checks its sender.
 */

/** What a badge shows: computed in the background so the content script stays small. */
export const BadgeViewSchema = z.object({
  level: HealthLevelSchema,
  /** Short label, e.g. "2 follow-ups · 3 technicians · open 6 days". */
  label: z.string(),
  /** The warning signs in plain language, for the tooltip. */
  signs: z.array(z.object({ level: z.enum(['watch', 'alert']), message: z.string() })),
});
export type BadgeView = z.infer<typeof BadgeViewSchema>;

export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ingest-ticket'), snapshot: TicketSnapshotSchema }),
  z.object({ type: z.literal('ingest-list'), snapshot: ListSnapshotSchema }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/**
 * From the "Teach this portal" picker in a portal page: the recipe it built there. Unlike an import it
 * comes from the page's renderer, so the background only stores it for the sender's own origin.
 */
export const TeachMessageSchema = z.object({ type: z.literal('teach-recipe'), recipe: RecipeSchema });
export type TeachMessage = z.infer<typeof TeachMessageSchema>;

export const IngestTicketReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), ticketKey: z.string(), health: TicketHealthSchema, badge: BadgeViewSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type IngestTicketReply = z.infer<typeof IngestTicketReplySchema>;

export const IngestListReplySchema = z.discriminatedUnion('ok', [
  /** One entry per row, by ticket id; null = not visited yet. */
  z.object({ ok: z.literal(true), badges: z.record(z.string(), BadgeViewSchema.nullable()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type IngestListReply = z.infer<typeof IngestListReplySchema>;

/** From extension pages (popup, dashboard) to the background. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  /** After the user granted an origin: register the content script there and inject it in open tabs. */
  z.object({ type: z.literal('enable-origin'), origin: OriginSchema }),
  z.object({ type: z.literal('disable-origin'), origin: OriginSchema }),
  /** Imported recipes (dashboard): stored as they are; a recipe with the same id is replaced. */
  z.object({ type: z.literal('save-recipes'), recipes: z.array(RecipeSchema).min(1).max(200) }),
  z.object({ type: z.literal('delete-recipe'), id: PortalIdSchema }),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** Popup -> content script in the active tab: what did you find on this page? */
export const PageStateRequestSchema = z.object({ type: z.literal('page-state') });
export const PageStateSchema = z.object({
  origin: z.string(),
  url: z.string(),
  /** null when no recipe recognised the page. */
  portal: z.string().nullable(),
  page: z.enum(['ticket', 'list']).nullable(),
  ticketId: z.string().optional(),
  ticketIds: z.array(z.string()).optional(),
  /** A message the user can read when something went wrong (e.g. the snapshot was refused). */
  problem: z.string().optional(),
});
export type PageState = z.infer<typeof PageStateSchema>;
