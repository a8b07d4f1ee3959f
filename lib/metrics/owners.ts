/**
 * M5 handoffs (metrics.md §9.2 M5; DESIGN.md "Owner sequence"). When the ticket has assignment events, the owner
 * sequence is the first event's `from` (unless empty or the portal's "Nobody") followed by each event's `to`
 * (an unassignment is no owner); otherwise the authors of substantive partner messages in order. `handoffs` =
 * places where an owner differs from the previous one (A, B, A = 2); ping-pong = an owner comes back
 * (HappySignals); stations = owners in a row (Zendesk assignee_stations); responders = distinct authors of
 * substantive partner messages. Names compare case-, accent- and spacing-insensitively.
 */
import { foldText } from './fold';
import type { TicketTimeline } from './ticket-timeline';

const NOBODY = /^(?:|-+|—|–|n\/a|none|nobody|no one|unassigned|not assigned|personne|aucun|aucune|non assigne|non attribue)$/;

const keys = new Map<string, string>();
/** The comparable form of a name, cached (the same few names recur across a whole history). */
function nameKey(name: string | undefined): string {
  if (!name) return '';
  let key = keys.get(name);
  if (key === undefined) {
    key = foldText(name.trim().replace(/\s+/g, ' '));
    if (keys.size > 10_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

export interface Owners {
  /** Owners in order, as shown (consecutive repeats kept). */
  sequence: string[];
  source: 'assignments' | 'partner-authors';
  handoffs: number;
  pingPong: boolean;
  /** Owners in a row, repeats collapsed (handoffs + 1; 0 without owners). */
  stations: number;
  /** The path of stations, e.g. Ana → Marc → Ana. */
  path: string[];
  /** Distinct owners. */
  distinctOwners: number;
  responders: number;
  responderNames: string[];
}

export function ownersOf(timeline: TicketTimeline): Owners {
  const sequence: string[] = [];
  const source = timeline.assignments.length > 0 ? 'assignments' : 'partner-authors';
  const add = (name: string | undefined) => {
    const key = nameKey(name);
    if (!NOBODY.test(key)) sequence.push((name ?? '').trim().replace(/\s+/g, ' '));
  };
  if (source === 'assignments') {
    add(timeline.assignments[0]?.from);
    for (const assignment of timeline.assignments) add(assignment.to);
  } else {
    for (const message of timeline.partner) if (message.author) add(message.author);
  }

  let handoffs = 0;
  let pingPong = false;
  const seen = new Set<string>();
  const path: string[] = [];
  let previousKey: string | null = null;
  for (const owner of sequence) {
    const key = nameKey(owner);
    if (key !== previousKey) {
      if (previousKey !== null) handoffs += 1;
      if (seen.has(key)) pingPong = true;
      path.push(owner);
    }
    seen.add(key);
    previousKey = key;
  }

  const responders = new Map<string, string>();
  for (const message of timeline.partner) {
    const key = nameKey(message.author);
    if (key && !responders.has(key)) responders.set(key, (message.author ?? '').trim());
  }
  return {
    sequence, source, handoffs, pingPong, stations: path.length, path, distinctOwners: seen.size, responders: responders.size, responderNames: [...responders.values()],
  };
}
