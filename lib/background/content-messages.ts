/**
 * Messages from content scripts — untrusted: they share the portal page's renderer (extension-anchors.md
 * §5.1). Every message is parsed with zod (a malformed snapshot is refused whole, nothing written) and its
 * sender checked: our own extension, from a tab whose origin is enabled and is the snapshot's origin.
 * The reply always comes back as a value — `{ok: false, error}` with a sentence the page can show — never
 * as an exception into the messaging layer; a failed write rolls back and leaves stored history intact.
 */
import type { z } from 'zod';
import { badgeView, computeHealth, resolveLocale, type Locale, type TicketHistory } from '../metrics';
import type { TicketHealth } from '../model/health';
import { ContentMessageSchema, type BadgeView, type ContentMessage, type IngestListReply, type IngestTicketReply } from '../model/messages';
import type { ListSnapshot, TicketSnapshot } from '../model/snapshot';
import type { Settings } from '../model/settings';
import { ticketKey } from '../model/stored';
import { CAME_BACK, carryCameBack, withCameBack } from '../metrics/came-back';
import { cameBackSign } from './came-back';
import { eventsByTicket, getSettings, ingestList, ingestTicket, toTicketHistory, withDb, type PlumblineDb } from '../store';

/** The part of `runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  /** The sending frame's address. */
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface ContentMessageDeps {
  db: PlumblineDb;
  runtimeId: string;
  isOriginEnabled(origin: string): Promise<boolean>;
  /** navigator.languages, for the badge's language when the setting is 'auto'. */
  languages: readonly string[];
  now(): Date;
}

export type Failure = { ok: false; error: string };

/** A short, readable reason from zod's issues: the first three, each "path: message". */
export function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `The page's data was refused: ${issues.join('; ')}${more}.`;
}

function originOf(url: string | undefined): string | null {
  try {
    const origin = url ? new URL(url).origin : null;
    return origin && origin !== 'null' ? origin : null;
  } catch {
    return null;
  }
}

function describeFailure(error: unknown): Failure {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return { ok: false, error: 'The browser has no room left to store this page. Free some disk space; nothing already stored was lost.' };
  }
  if (name === 'DatabaseClosedError') {
    return { ok: false, error: 'Plumbline’s storage was closed (the extension is updating?). Reload the page; nothing already stored was lost.' };
  }
  return { ok: false, error: `Plumbline could not store this page: ${message}` };
}

/**
 * The sender checks, before anything is parsed or read: our extension, a tab, an enabled origin. The page
 * is the sending frame (`sender.url`; the content script runs in the top frame only), else the tab.
 */
export async function checkSender(sender: Sender, deps: Pick<ContentMessageDeps, 'runtimeId' | 'isOriginEnabled'>): Promise<{ origin: string } | Failure> {
  if (sender.id !== deps.runtimeId) return { ok: false, error: 'Message from another extension refused.' };
  const origin = originOf(sender.url ?? sender.tab?.url);
  if (!sender.tab || !origin) return { ok: false, error: 'Only a portal page can send tickets.' };
  if (!(await deps.isOriginEnabled(origin))) return { ok: false, error: `This page's origin (${origin}) is not enabled in Plumbline.` };
  return { origin };
}

function sameSigns(a: TicketHealth | undefined, b: TicketHealth): boolean {
  return a !== undefined && a.level === b.level && JSON.stringify(a.signs) === JSON.stringify(b.signs);
}

async function ingestTicketMessage(snapshot: TicketSnapshot, settings: Settings, locale: Locale, deps: ContentMessageDeps): Promise<IngestTicketReply> {
  const now = deps.now();
  const health = (history: TicketHistory) => computeHealth(history, settings, now, locale);
  const result = await withDb(deps.db, (db) => ingestTicket(db, snapshot, { settings, now, health }));
  // M8: a problem that came back is a sign of this ticket; kept with its stored health (written only when it changes).
  const sign = await withDb(deps.db, (db) => cameBackSign(db, result.ticket, settings, now, locale));
  const withSign = withCameBack(result.health, sign);
  if (!sameSigns(result.ticket.health, withSign) && (sign || result.ticket.health?.signs.some((item) => item.code === CAME_BACK))) {
    await withDb(deps.db, (db) => db.tickets.update(result.ticket.key, { health: withSign }));
  }
  const history = toTicketHistory(result.ticket, result.events ?? []);
  return { ok: true, ticketKey: ticketKey(snapshot.origin, snapshot.ticketId), health: withSign, badge: badgeView(withSign, history, locale) };
}

async function ingestListMessage(snapshot: ListSnapshot, settings: Settings, locale: Locale, deps: ContentMessageDeps): Promise<IngestListReply> {
  const now = deps.now();
  const health = (history: TicketHistory) => computeHealth(history, settings, now, locale);
  const tickets = await withDb(deps.db, (db) => ingestList(db, snapshot, { settings, now, health }));
  const keys = [...tickets.values()].flatMap((ticket) => (ticket ? [ticket.key] : []));
  const events = await withDb(deps.db, (db) => eventsByTicket(db, keys));
  const badges: Record<string, BadgeView | null> = {};
  for (const row of snapshot.rows) {
    const ticket = tickets.get(row.ticketId);
    if (!ticket) {
      badges[row.ticketId] = null;
      continue;
    }
    // Health as of now, over the whole stored history: ages and silences keep moving between visits.
    const history = toTicketHistory(ticket, events.get(ticket.key) ?? []);
    badges[row.ticketId] = badgeView(carryCameBack(health(history), ticket.health), history, locale);
  }
  return { ok: true, badges };
}

export async function handleContentMessage(message: unknown, sender: Sender, deps: ContentMessageDeps): Promise<IngestTicketReply | IngestListReply> {
  try {
    const checked = await checkSender(sender, deps);
    if ('ok' in checked) return checked;
    const parsed = ContentMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    const request: ContentMessage = parsed.data;
    if (request.snapshot.origin !== checked.origin) {
      return { ok: false, error: `Snapshot origin (${request.snapshot.origin}) does not match the page (${checked.origin}).` };
    }
    const settings = await withDb(deps.db, getSettings);
    const locale = resolveLocale(settings.locale, deps.languages);
    return request.type === 'ingest-ticket'
      ? await ingestTicketMessage(request.snapshot, settings, locale, deps)
      : await ingestListMessage(request.snapshot, settings, locale, deps);
  } catch (error) {
    return describeFailure(error);
  }
}
