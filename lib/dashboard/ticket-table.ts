/**
 * The history table's rows, filters and sort, as pure functions over stored tickets (the health stored at
 * the last visit: recomputing 10,000 healths on every keystroke is what makes dashboards slow).
 */
import type { HealthLevel } from '../model/health';
import type { StatusCategory } from '../model/status';
import type { StoredTicket } from '../model/stored';

export interface TicketRow {
  key: string;
  origin: string;
  host: string;
  portal: string;
  ticketId: string;
  url: string;
  subject: string;
  status: string;
  category: StatusCategory;
  level: HealthLevel | 'none';
  createdAt: string | null;
  ageMs: number | null;
  firstResponseMs: number | null;
  resolutionMs: number | null;
  followUps: number | null;
  handoffs: number | null;
  reopens: number | null;
  eventCount: number;
  lastSeenAt: string;
}

export function toRow(ticket: StoredTicket): TicketRow {
  const metrics = ticket.health?.metrics;
  return {
    key: ticket.key,
    origin: ticket.origin,
    host: new URL(ticket.origin).host,
    portal: ticket.portal,
    ticketId: ticket.ticketId,
    url: ticket.url,
    subject: ticket.subject,
    status: ticket.status.raw,
    category: ticket.status.category,
    level: ticket.health?.level ?? 'none',
    createdAt: ticket.createdAt ?? null,
    ageMs: metrics?.ageMs ?? null,
    firstResponseMs: metrics?.firstResponseBusinessMs ?? null,
    resolutionMs: metrics?.resolutionBusinessMs ?? null,
    followUps: metrics?.followUps ?? null,
    handoffs: metrics?.handoffs ?? null,
    reopens: metrics?.reopens ?? null,
    eventCount: ticket.eventCount,
    lastSeenAt: ticket.lastSeenAt,
  };
}

export interface TicketFilters {
  origin: string;
  category: StatusCategory | '';
  level: HealthLevel | 'none' | '';
  /** Created on or after / on or before (YYYY-MM-DD, the user's day). */
  from: string;
  to: string;
  text: string;
  /** Only these tickets (evidence opened from the scorecard); empty = all. */
  keys: readonly string[];
}

export const NO_FILTERS: TicketFilters = { origin: '', category: '', level: '', from: '', to: '', text: '', keys: [] };

export function filterRows(rows: readonly TicketRow[], filters: TicketFilters): TicketRow[] {
  const text = filters.text.trim().toLowerCase();
  const keys = filters.keys.length ? new Set(filters.keys) : null;
  return rows.filter((row) => {
    if (keys && !keys.has(row.key)) return false;
    if (filters.origin && row.origin !== filters.origin) return false;
    if (filters.category && row.category !== filters.category) return false;
    if (filters.level && row.level !== filters.level) return false;
    const day = row.createdAt?.slice(0, 10) ?? '';
    if (filters.from && (!day || day < filters.from)) return false;
    if (filters.to && (!day || day > filters.to)) return false;
    if (text && !`${row.ticketId} ${row.subject} ${row.status} ${row.host}`.toLowerCase().includes(text)) return false;
    return true;
  });
}

export type SortKey = 'level' | 'ticketId' | 'subject' | 'status' | 'ageMs' | 'firstResponseMs' | 'resolutionMs' | 'followUps' | 'handoffs' | 'reopens' | 'eventCount' | 'lastSeenAt';

const LEVEL_ORDER: Record<TicketRow['level'], number> = { alert: 3, watch: 2, ok: 1, none: 0 };

export function sortRows(rows: TicketRow[], key: SortKey, descending: boolean): TicketRow[] {
  const value = (row: TicketRow): number | string | null => (key === 'level' ? LEVEL_ORDER[row.level] : row[key]);
  const sign = descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return a.key < b.key ? -1 : 1;
    if (x === null) return 1; // empty values last, whichever the direction
    if (y === null) return -1;
    if (key === 'ticketId' && typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y, undefined, { numeric: true });
    return sign * (x < y ? -1 : 1);
  });
}
