/**
 * The shapes every scorecard figure takes: a rate (numerator / denominator) or a distribution (median and
 * p90). Each carries the ticket keys behind it, so the dashboard can open the evidence in one click, and
 * is hidden when it rests on fewer than 10 tickets (metrics.md §9.1: "suppress rates with fewer than 10
 * tickets" [heuristic]). A hidden figure still carries its value for drill-down; it is never scored.
 */
import { percentileOfSorted } from './percentile';

/** metrics.md §9.1. */
export const MIN_TICKETS = 10;

export interface Suppression {
  hidden: boolean;
  /** e.g. "fewer than 10 tickets — 7 in this window"; null when shown. */
  reason: string | null;
}

export function suppression(count: number, scope = 'in this window', minimum = MIN_TICKETS): Suppression {
  return count < minimum ? { hidden: true, reason: `fewer than ${minimum} tickets — ${count} ${scope}` } : { hidden: false, reason: null };
}

export interface Rate extends Suppression {
  /** numerator ÷ denominator, 0–1; null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Tickets counted in the numerator. */
  evidence: string[];
  /** Tickets in the denominator but not in the numerator. */
  rest: string[];
}

/**
 * A rate over tickets. `counted` and `rest` partition the denominator's tickets. `count` overrides the
 * numerator/denominator when they are not ticket counts (e.g. proactive share counts messages); the
 * hiding rule always looks at the number of tickets.
 */
export function rate(counted: string[], rest: string[], count?: { numerator: number; denominator: number }, scope?: string): Rate {
  const tickets = counted.length + rest.length;
  const numerator = count?.numerator ?? counted.length;
  const denominator = count?.denominator ?? tickets;
  return { value: denominator > 0 ? numerator / denominator : null, numerator, denominator, evidence: counted, rest, ...suppression(tickets, scope) };
}

export interface Distribution extends Suppression {
  count: number;
  median: number | null;
  p90: number | null;
  /** Tickets behind the values, largest value first (the slowest at the top). */
  evidence: string[];
}

/** Both clocks of a duration (metrics.md §8: calendar is what the client feels, business what the SLA promises). */
export interface DurationFigure {
  calendar: Distribution;
  business: Distribution;
}

/**
 * Values behind a distribution, with the ticket each comes from. A ticket may give several values (client
 * waits); they must be added one after the other. Typed arrays: 50,000 waits cost no garbage.
 */
export class Samples {
  private values = new Float64Array(64);
  private size = 0;
  readonly keys: string[] = [];
  /** Each ticket's largest value, by its position in `keys`. */
  readonly largest: number[] = [];

  add(key: string, value: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
    const last = this.keys.length - 1;
    if (last >= 0 && this.keys[last] === key) {
      if (value > this.largest[last]!) this.largest[last] = value;
    } else {
      this.keys.push(key);
      this.largest.push(value);
    }
  }

  get count(): number {
    return this.size;
  }

  sorted(): Float64Array {
    const sorted = this.values.slice(0, this.size);
    sorted.sort();
    return sorted;
  }
}

/** Median and p90 (nearest rank) of the samples; the under-10 rule counts tickets, not samples. */
export function distribution(samples: Samples, scope?: string): Distribution {
  const sorted = samples.sorted();
  const { keys, largest } = samples;
  // Largest first; equal values keep the order the tickets came in (stable sort).
  const order = Array.from(keys, (_, index) => index).sort((a, b) => largest[b]! - largest[a]!);
  return {
    count: samples.count,
    median: percentileOfSorted(sorted, 50),
    p90: percentileOfSorted(sorted, 90),
    evidence: order.map((index) => keys[index]!),
    ...suppression(keys.length, scope),
  };
}

/** A distribution of one value per ticket (null values left out). */
export function ticketDistribution<T extends { key: string }>(tickets: readonly T[], value: (ticket: T) => number | null, scope?: string): Distribution {
  const samples = new Samples();
  for (const ticket of tickets) {
    const v = value(ticket);
    if (v !== null) samples.add(ticket.key, v);
  }
  return distribution(samples, scope);
}
