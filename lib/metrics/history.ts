import type { Status } from '../model/status';
import type { TimelineEvent } from '../model/timeline';

/** What the metrics read of a ticket: a TicketSnapshot, or a stored ticket with its stored events. */
export interface TicketHistory {
  status: Status;
  priority?: string;
  assignee?: string;
  requester?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Oldest first; includes observed (synthesized) events. */
  events: readonly TimelineEvent[];
}
