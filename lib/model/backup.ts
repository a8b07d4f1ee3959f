import { z } from './zod';
import { RecipeSchema } from './recipe';
import { SettingsSchema } from './settings';
import { StoredEventSchema, StoredTicketSchema } from './stored';
import { SurveyResponseSchema } from '../scorecard/survey';

/**
 * A JSON backup of everything Plumbline keeps (issue 5 "Export and backup"): tickets with their events,
 * settings, taught recipes and pulse-survey answers. Validated whole before anything is written — a bad, truncated or foreign
 * file is refused and changes nothing.
 */
export const BACKUP_FORMAT = 'plumbline-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    tickets: z.array(StoredTicketSchema).max(200_000),
    events: z.array(StoredEventSchema).max(5_000_000),
    settings: SettingsSchema.optional(),
    recipes: z.array(RecipeSchema).max(200).optional(),
    surveys: z.array(SurveyResponseSchema).max(10_000).optional(),
  })
  .superRefine((backup, ctx) => {
    const keys = new Set(backup.tickets.map((ticket) => ticket.key));
    const orphan = backup.events.findIndex((event) => !keys.has(event.ticketKey));
    if (orphan >= 0) ctx.addIssue({ code: 'custom', path: ['events', orphan, 'ticketKey'], message: 'belongs to no ticket of the backup' });
    const wrongKey = backup.tickets.findIndex((ticket) => ticket.key !== `${ticket.origin}|${ticket.ticketId}`);
    if (wrongKey >= 0) ctx.addIssue({ code: 'custom', path: ['tickets', wrongKey, 'key'], message: 'is not origin|ticketId' });
  });
export type Backup = z.infer<typeof BackupSchema>;
