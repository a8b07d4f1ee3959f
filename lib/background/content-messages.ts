/**
 * Messages from content scripts — untrusted: they share the portal page's renderer. Every message is
 * parsed with zod (a malformed snapshot is refused whole, nothing written) and its sender checked: our
 * own extension, from a tab whose origin is enabled and is the snapshot's origin.
 */
import type { z } from 'zod';
import { badgeView, computeHealth, resolveLocale, type Locale } from '../metrics';
import {
  ContentMessageSchema,
  type BadgeView,
  type IngestListReply,
  type IngestTicketReply,
} from '../model/messages';
import { ticketKey } from '../model/stored';
import { eventsByTicket, getSettings, ingestList, ingestTicket, toTicketHistory, type PlumblineDb } from '../store';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface ContentMessageDeps {
  db: PlumblineDb;
  runtimeId: string;
  isOriginEnabled(origin: string): Promise<boolean>;
  languages: readonly string[];
  now(): Date;
}

/** A short, readable reason from zod's issues. */
export function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `The page's data was refused: ${issues.join('; ')}${more}.`;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

function failure(error: unknown): { ok: false; error: string } {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return { ok: false, error: 'The browser has no room left to store this ticket. Free some disk space; nothing already stored was lost.' };
  }
  return { ok: false, error: `Plumbline could not store this page: ${error instanceof Error ? error.message : String(error)}` };
}

export async function handleContentMessage(message: unknown, sender: Sender, deps: ContentMessageDeps): Promise<IngestTicketReply | IngestListReply> {
  if (sender.id !== deps.runtimeId) return { ok: false, error: 'Message from another extension refused.' };
  const tabOrigin = originOf(sender.tab?.url ?? sender.url);
  if (!sender.tab || !tabOrigin) return { ok: false, error: 'Only a portal page can send tickets.' };
  const parsed = ContentMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const { snapshot } = parsed.data;
  if (snapshot.origin !== tabOrigin) return { ok: false, error: `The snapshot's origin (${snapshot.origin}) does not match the page (${tabOrigin}).` };
  if (!(await deps.isOriginEnabled(tabOrigin))) return { ok: false, error: `Plumbline is not enabled on ${tabOrigin}.` };

  try {
    const settings = await getSettings(deps.db);
    const locale: Locale = resolveLocale(settings.locale, deps.languages);
    const now = deps.now();
    const health = (history: Parameters<typeof computeHealth>[0]) => computeHealth(history, settings, now, locale);
    if (parsed.data.type === 'ingest-ticket') {
      const result = await ingestTicket(deps.db, parsed.data.snapshot, { settings, now, health });
      const key = ticketKey(snapshot.origin, parsed.data.snapshot.ticketId);
      const stored = await deps.db.events.where('ticketKey').equals(key).toArray();
      return { ok: true, ticketKey: key, health: result.health, badge: badgeView(result.health, toTicketHistory(result.ticket, stored), locale) };
    }
    const list = parsed.data.snapshot;
    const tickets = await ingestList(deps.db, list, { settings, now, health });
    const keys = [...tickets.values()].filter((ticket) => ticket !== undefined).map((ticket) => ticket.key);
    const events = await eventsByTicket(deps.db, keys);
    const badges: Record<string, BadgeView | null> = {};
    for (const row of list.rows) {
      const ticket = tickets.get(row.ticketId);
      if (!ticket) {
        badges[row.ticketId] = null;
        continue;
      }
      // Health as of now: ages and silences keep moving between visits.
      const history = toTicketHistory(ticket, events.get(ticket.key) ?? []);
      badges[row.ticketId] = badgeView(health(history), history, locale);
    }
    return { ok: true, badges };
  } catch (error) {
    return failure(error);
  }
}
