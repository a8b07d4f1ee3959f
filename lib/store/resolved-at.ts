/**
 * The resolution instant kept on a ticket row (StoredTicket.resolvedAt): created (or first seen) plus the
 * resolution time of its health, while the ticket is solved or closed. Indexed as [origin+resolvedAt].
 */
import type { TicketHealth } from '../model/health';
import { isResolvedCategory } from '../model/status';
import type { StoredTicket } from '../model/stored';

export function createdAtMs(ticket: Pick<StoredTicket, 'createdAt' | 'firstSeenAt'>): number {
  return Date.parse(ticket.createdAt ?? ticket.firstSeenAt);
}

export function resolvedAtOf(ticket: Pick<StoredTicket, 'createdAt' | 'firstSeenAt' | 'status'>, health: TicketHealth | undefined): string | undefined {
  const resolution = health?.metrics.resolutionMs;
  if (!isResolvedCategory(ticket.status.category) || resolution === null || resolution === undefined) return undefined;
  return new Date(createdAtMs(ticket) + resolution).toISOString().replace('.000Z', 'Z');
}

/** The ticket with `resolvedAt` matching its health (set, or removed once it is open again). */
export function withResolvedAt<T extends StoredTicket>(ticket: T): T {
  const resolvedAt = resolvedAtOf(ticket, ticket.health);
  if (resolvedAt === ticket.resolvedAt) return ticket;
  const { resolvedAt: _old, ...rest } = ticket;
  return (resolvedAt ? { ...rest, resolvedAt } : rest) as T;
}
