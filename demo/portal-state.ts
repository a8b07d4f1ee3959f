/**
 * The demo portal's live state: the data with its time offsets resolved against "now", plus the
 * changes made while the demo runs (a status or an assignee that changes between two visits, so
 * Plumbline can observe it — DESIGN.md data flow 2).
 */
import { demoTickets } from './data';
import { everyone, partner } from './data/people';
import { ZENDESK_STATUSES, type Attachment, type DemoTicket, type HelpCenterLocale, type Person, type PriorityKey, type ZendeskStatus } from './data/types';
import { resolveWhen } from './data/when';

export interface LiveComment {
  /** Zendesk comment id; the page renders `id="request_comment_<id>"`. */
  id: string;
  author: Person;
  at: Date;
  body: readonly string[];
  attachments: readonly Attachment[];
}

export interface LiveTicket {
  id: number;
  locale: HelpCenterLocale;
  subject: string;
  requester: Person;
  ccs: readonly Person[];
  assignee: Person | undefined;
  group: string | undefined;
  priority: PriorityKey;
  status: ZendeskStatus;
  createdAt: Date;
  updatedAt: Date;
  comments: LiveComment[];
  /** The scripted next chapter, until applied. */
  later: DemoTicket['later'];
  source: DemoTicket;
}

/** A change between two visits. `assignee` is a person's display name; null removes the assignee. */
export interface TicketChange {
  status?: ZendeskStatus;
  assignee?: string | null;
  /** A new public comment, stamped with the time of the change. */
  comment?: { author: string; body: string };
  /** Apply the ticket's scripted next chapter (`DemoTicket.later`). */
  next?: boolean;
}

export class DemoDataError extends Error {
  override name = 'DemoDataError';
}

function commentId(ticketId: number, index: number): string {
  return `1590${ticketId}${String(index + 1).padStart(4, '0')}`;
}

/** Resolve one ticket's offsets; refuses data whose comments would come out of order on this day. */
export function resolveTicket(data: DemoTicket, now: Date): LiveTicket {
  const comments: LiveComment[] = data.comments.map((entry, index) => ({
    id: commentId(data.id, index),
    author: entry.author,
    at: resolveWhen(entry.at, now),
    body: entry.body,
    attachments: entry.attachments ?? [],
  }));
  comments.forEach((entry, index) => {
    const previous = comments[index - 1];
    if (previous && entry.at.getTime() < previous.at.getTime()) {
      throw new DemoDataError(`ticket #${data.id}: comment ${index + 1} comes before comment ${index} when now is ${now.toISOString()}`);
    }
  });
  const first = comments[0];
  const last = comments[comments.length - 1];
  if (!first || !last) throw new DemoDataError(`ticket #${data.id} has no comment`);
  const createdAt = data.createdAt ? resolveWhen(data.createdAt, now) : first.at;
  const updatedAt = data.updatedAt ? resolveWhen(data.updatedAt, now) : last.at;
  if (createdAt.getTime() > first.at.getTime()) throw new DemoDataError(`ticket #${data.id} is created after its first comment`);
  return {
    id: data.id,
    locale: data.locale,
    subject: data.subject,
    requester: data.requester,
    ccs: data.ccs ?? [],
    assignee: data.assignee,
    group: data.group,
    priority: data.priority,
    status: data.status,
    createdAt,
    updatedAt,
    comments,
    later: data.later,
    source: data,
  };
}

export function isZendeskStatus(value: unknown): value is ZendeskStatus {
  return typeof value === 'string' && (ZENDESK_STATUSES as readonly string[]).includes(value);
}

/** A known person by display name, or a new agent (a technician the data did not know yet). */
function personNamed(name: string): Person {
  const known = everyone.find((person) => person.name === name);
  if (known) return known;
  return { id: 919000 + name.length, name, agent: true, colour: partner.support.colour };
}

export class DemoPortalState {
  private readonly data: readonly DemoTicket[];
  private readonly now: Date;
  private tickets = new Map<number, LiveTicket>();

  constructor(now: Date, data: readonly DemoTicket[] = demoTickets) {
    this.data = data;
    this.now = now;
    this.reset();
  }

  /** Back to the data as it was when the server started. */
  reset(): void {
    this.tickets = new Map(this.data.map((entry) => [entry.id, resolveTicket(entry, this.now)]));
  }

  all(): LiveTicket[] {
    return [...this.tickets.values()];
  }

  get(id: number): LiveTicket | undefined {
    return this.tickets.get(id);
  }

  /** Apply a change at `at` (the real time of the change). Throws on an unknown ticket. */
  apply(id: number, change: TicketChange, at: Date): LiveTicket {
    const ticket = this.tickets.get(id);
    if (!ticket) throw new DemoDataError(`no demo ticket #${id}`);
    let touched = false;
    const addComment = (author: Person, body: readonly string[]) => {
      // Never earlier than the last comment, even if the clock disagrees.
      const last = ticket.comments[ticket.comments.length - 1];
      const stamp = last && last.at.getTime() >= at.getTime() ? new Date(last.at.getTime() + 1000) : new Date(at);
      stamp.setMilliseconds(0);
      ticket.comments.push({ id: commentId(ticket.id, ticket.comments.length), author, at: stamp, body, attachments: [] });
      ticket.updatedAt = stamp;
      touched = true;
    };
    if (change.next && ticket.later) {
      const later = ticket.later;
      for (const entry of later.comments ?? []) addComment(entry.author, entry.body);
      if (later.status) ticket.status = later.status;
      if (later.assignee) ticket.assignee = later.assignee;
      ticket.later = undefined;
      touched = true;
    }
    if (change.comment) addComment(personNamed(change.comment.author), [change.comment.body]);
    if (change.status) {
      ticket.status = change.status;
      touched = true;
    }
    if (change.assignee !== undefined) {
      ticket.assignee = change.assignee === null ? undefined : personNamed(change.assignee);
      touched = true;
    }
    if (touched && ticket.updatedAt.getTime() < at.getTime()) {
      ticket.updatedAt = new Date(at);
      ticket.updatedAt.setMilliseconds(0);
    }
    return ticket;
  }
}
