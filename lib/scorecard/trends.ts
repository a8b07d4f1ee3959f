/**
 * Monthly trends of one origin's figures, ready for charting: x = the month's first instant (local
 * midnight on the 1st in the calendar's time zone, epoch ms), y = the month's value or null.
 *
 * A ticket belongs to a month by its creation date — as the scorecard window does — except for the
 * figures of resolved work (resolution median/p90, continuity), which go by the month of resolution:
 * grouping resolution times by creation month would make recent months look fast only because their
 * slow tickets are not solved yet. Each point carries n (the tickets behind it); y is null for a month
 * with no tickets and for one with fewer than `minTickets` (default 10, metrics.md §9.1), then `hidden`.
 * Percentiles are nearest-rank (percentile.ts); rates and continuity are defined as in portfolio.ts and
 * continuity.ts.
 */
import { isResolvedCategory } from '../model/status';
import { localDate, zonedInstant } from '../time/zone';
import { cocIndex } from './continuity';
import { MIN_TICKETS } from './figure';
import { percentileOfSorted, sortedValues } from './percentile';
import type { CameBack } from './recurrence';
import type { ScoredTicket } from './scored-ticket';

export const TREND_SERIES = [
  'resolution-median-business',
  'resolution-p90-business',
  'resolution-median-calendar',
  'resolution-p90-calendar',
  'first-response-median-business',
  'first-response-median-calendar',
  'follow-up-rate',
  'reopen-rate',
  'recurrence-rate',
  'continuity-coc',
] as const;
export type TrendSeriesId = (typeof TREND_SERIES)[number];

export interface TrendPoint {
  /** Month start, epoch ms. */
  x: number;
  y: number | null;
  /** Tickets behind the value. */
  n: number;
  /** True when 0 < n < minTickets (y is then null). */
  hidden: boolean;
}

export interface TrendSeries {
  id: TrendSeriesId;
  label: string;
  unit: 'ms' | 'business-ms' | 'share' | 'index';
  /** Which date puts a ticket in a month. */
  basis: 'created' | 'resolved';
  points: TrendPoint[];
}

export interface Trends {
  zone: string;
  /** Month starts, oldest first. */
  months: number[];
  series: TrendSeries[];
}

export interface TrendOptions {
  /** IANA time zone of the month boundaries. */
  zone: string;
  /** The first and last months are those containing these instants. */
  fromMs: number;
  toMs: number;
  /** Recurrence of the same tickets (recurrence.ts), by the later ticket's key. */
  cameBack: ReadonlyMap<string, CameBack>;
  minTickets?: number;
}

interface Month {
  year: number;
  month: number;
}

function monthOf(ms: number, zone: string): Month {
  const date = localDate(ms, zone);
  return { year: date.year, month: date.month };
}

const serial = (month: Month) => month.year * 12 + month.month;

/** Month starts from the month of `fromMs` to that of `toMs`, in the zone. */
export function monthStarts(fromMs: number, toMs: number, zone: string): number[] {
  const first = serial(monthOf(fromMs, zone));
  const last = serial(monthOf(toMs, zone));
  const starts: number[] = [];
  for (let value = first; value <= last; value += 1) starts.push(zonedInstant(Math.floor(value / 12), value % 12, 1, 0, zone));
  return starts;
}

export function computeTrends(tickets: readonly ScoredTicket[], options: TrendOptions): Trends {
  const { zone, cameBack } = options;
  const minimum = options.minTickets ?? MIN_TICKETS;
  const months = monthStarts(options.fromMs, options.toMs, zone);
  const count = months.length;
  // The end of the last month: the start of the one after it.
  const last = monthOf(options.toMs, zone);
  const end = zonedInstant(last.month === 11 ? last.year + 1 : last.year, (last.month + 1) % 12, 1, 0, zone);
  /** The month an instant falls in (binary search on the month starts), or -1 outside the range. */
  const indexOf = (ms: number) => {
    if (!(ms >= months[0]! && ms < end)) return -1;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (months[middle]! <= ms) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const byCreation: ScoredTicket[][] = Array.from({ length: count }, () => []);
  const byResolution: ScoredTicket[][] = Array.from({ length: count }, () => []);
  for (const ticket of tickets) {
    const created = indexOf(ticket.createdAtMs);
    if (created >= 0) byCreation[created]!.push(ticket);
    if (ticket.resolvedAtMs !== null) {
      const resolved = indexOf(ticket.resolvedAtMs);
      if (resolved >= 0) byResolution[resolved]!.push(ticket);
    }
  }

  const point = (index: number, n: number, value: () => number | null): TrendPoint => {
    const hidden = n > 0 && n < minimum;
    return { x: months[index]!, y: n === 0 || hidden ? null : value(), n, hidden };
  };
  const percentileSeries = (groups: ScoredTicket[][], pick: (t: ScoredTicket) => number | null, p: number): TrendPoint[] =>
    groups.map((group, index) => {
      const values: number[] = [];
      for (const ticket of group) {
        const value = pick(ticket);
        if (value !== null) values.push(value);
      }
      return point(index, values.length, () => percentileOfSorted(sortedValues(values), p));
    });
  const rateSeries = (population: (group: ScoredTicket[]) => ScoredTicket[], counted: (t: ScoredTicket) => boolean): TrendPoint[] =>
    byCreation.map((group, index) => {
      const base = population(group);
      return point(index, base.length, () => base.filter(counted).length / base.length);
    });
  const resolved = byResolution.map((group) => group.filter((t) => isResolvedCategory(t.statusCategory)));

  const series: TrendSeries[] = [
    { id: 'resolution-median-business', label: 'Median resolution (business time)', unit: 'business-ms', basis: 'resolved', points: percentileSeries(resolved, (t) => t.resolutionBusinessMs, 50) },
    { id: 'resolution-p90-business', label: 'p90 resolution (business time)', unit: 'business-ms', basis: 'resolved', points: percentileSeries(resolved, (t) => t.resolutionBusinessMs, 90) },
    { id: 'resolution-median-calendar', label: 'Median resolution (calendar time)', unit: 'ms', basis: 'resolved', points: percentileSeries(resolved, (t) => t.resolutionMs, 50) },
    { id: 'resolution-p90-calendar', label: 'p90 resolution (calendar time)', unit: 'ms', basis: 'resolved', points: percentileSeries(resolved, (t) => t.resolutionMs, 90) },
    { id: 'first-response-median-business', label: 'Median first response (business time)', unit: 'business-ms', basis: 'created', points: percentileSeries(byCreation, (t) => t.firstResponseBusinessMs, 50) },
    { id: 'first-response-median-calendar', label: 'Median first response (calendar time)', unit: 'ms', basis: 'created', points: percentileSeries(byCreation, (t) => t.firstResponseMs, 50) },
    { id: 'follow-up-rate', label: 'Tickets you had to chase', unit: 'share', basis: 'created', points: rateSeries((group) => group, (t) => t.followUps >= 1) },
    {
      id: 'reopen-rate',
      label: 'Solved tickets that were reopened',
      unit: 'share',
      basis: 'created',
      points: rateSeries((group) => group.filter((t) => isResolvedCategory(t.statusCategory) || t.reopens > 0), (t) => t.reopens > 0),
    },
    { id: 'recurrence-rate', label: 'Tickets that came back within 30 days', unit: 'share', basis: 'created', points: rateSeries((group) => group, (t) => cameBack.has(t.key)) },
    {
      id: 'continuity-coc',
      label: 'Team continuity (COC)',
      unit: 'index',
      basis: 'resolved',
      points: resolved.map((group, index) => {
        const counts = new Map<string, number>();
        for (const ticket of group) if (ticket.primaryTechnician !== null) counts.set(ticket.primaryTechnician, (counts.get(ticket.primaryTechnician) ?? 0) + 1);
        const n = [...counts.values()].reduce((sum, value) => sum + value, 0);
        return point(index, n, () => cocIndex([...counts.values()]));
      }),
    },
  ];
  return { zone, months, series };
}
