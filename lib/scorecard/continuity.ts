/**
 * Team continuity (metrics.md §9.3 P4), borrowed from continuity-of-care indices (BMC Health Services
 * Research 2022, rapid review, Table 2). Over the resolved tickets of a window that have a primary
 * technician (the partner author with most public replies, tie → the last one to reply), with n_i tickets
 * for technician i and N = Σ n_i:
 *
 *   - UPC (usual provider of care) = max n_i / N;
 *   - COC (Bice–Boxerman) = (Σ n_i² − N) / (N (N − 1)): 0 = every ticket a different person, 1 = always the
 *     same; undefined for N < 2;
 *   - familiar-face rate = share of those tickets whose primary technician had already replied on an
 *     earlier ticket of this client (created earlier, in the window, any status) — "handled" read as "wrote
 *     a public reply on". Tickets created at the same instant are not "earlier" than each other.
 */
import { rate, suppression, type Rate, type Suppression } from './figure';
import type { ScoredTicket } from './scored-ticket';

export interface TechnicianShare {
  name: string;
  /** n_i: resolved tickets in the window on which this person was the primary technician. */
  tickets: number;
  keys: string[];
}

export interface Continuity extends Suppression {
  /** N. */
  tickets: number;
  /** Most tickets first. */
  technicians: TechnicianShare[];
  upc: number | null;
  coc: number | null;
  familiarFace: Rate;
  /** The N tickets. */
  evidence: string[];
}

export function upcIndex(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return total > 0 ? Math.max(...counts) / total : null;
}

export function cocIndex(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total < 2) return null;
  const squares = counts.reduce((sum, n) => sum + n * n, 0);
  return (squares - total) / (total * (total - 1));
}

/**
 * Continuity over `inWindow` (one origin's tickets created in the window). Tickets count when resolved
 * and with a primary technician; `scope` words the hiding reason ("in this window", "in this month").
 */
export function continuity(inWindow: readonly ScoredTicket[], scope?: string): Continuity {
  const byCreation = [...inWindow].sort((a, b) => a.createdAtMs - b.createdAtMs);
  const technicians = new Map<string, string[]>();
  const familiar: string[] = [];
  const unfamiliar: string[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < byCreation.length; ) {
    let end = start;
    while (end < byCreation.length && byCreation[end]!.createdAtMs === byCreation[start]!.createdAtMs) end += 1;
    const sameInstant = byCreation.slice(start, end);
    for (const ticket of sameInstant) {
      const primary = ticket.primaryTechnician;
      if (ticket.resolvedAtMs === null || primary === null) continue;
      const keys = technicians.get(primary);
      if (keys) keys.push(ticket.key);
      else technicians.set(primary, [ticket.key]);
      (seen.has(primary) ? familiar : unfamiliar).push(ticket.key);
    }
    for (const ticket of sameInstant) for (const author of ticket.partnerAuthors) seen.add(author.name);
    start = end;
  }
  const shares = [...technicians]
    .map(([name, keys]) => ({ name, tickets: keys.length, keys }))
    .sort((a, b) => b.tickets - a.tickets || (a.name < b.name ? -1 : 1));
  const counts = shares.map((share) => share.tickets);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return {
    tickets: total,
    technicians: shares,
    upc: upcIndex(counts),
    coc: cocIndex(counts),
    familiarFace: rate(familiar, unfamiliar, undefined, scope),
    evidence: shares.flatMap((share) => share.keys),
    ...suppression(total, scope),
  };
}
