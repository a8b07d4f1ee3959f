/**
 * The demo portal's data: an invented IT partner, "Northwind IT", serving the client "Acme Logistics"
 * through a Zendesk Help Center. Values are invented; the shape follows what the Copenhagen templates
 * render (portal-markup.md §1.2: `request.*`, `comments[]`, `assignee`, `group`).
 */
import type { When } from './when';

/** Zendesk's status keys, rendered as the class `status-label-<key>` (portal-markup.md §1.2). */
export type ZendeskStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export const ZENDESK_STATUSES: readonly ZendeskStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

export type HelpCenterLocale = 'en-us' | 'fr-fr';
export type PriorityKey = 'low' | 'normal' | 'high' | 'urgent';

export interface Person {
  /** Zendesk user id, shown in profile links. */
  id: number;
  name: string;
  /** Agents get `svg.icon-agent` next to their avatar; end users do not. */
  agent: boolean;
  /** Avatar background colour. */
  colour: string;
}

export interface Attachment {
  name: string;
  size: string;
}

export interface DemoComment {
  author: Person;
  at: When;
  /** Paragraphs of plain text (escaped when rendered). */
  body: readonly string[];
  attachments?: readonly Attachment[];
}

/** A comment written when the story moves on (see `DemoTicket.later`): timestamped at that moment. */
export type LaterComment = Omit<DemoComment, 'at'>;

export interface DemoTicket {
  id: number;
  locale: HelpCenterLocale;
  subject: string;
  requester: Person;
  ccs?: readonly Person[];
  assignee?: Person;
  group?: string;
  priority: PriorityKey;
  status: ZendeskStatus;
  /** Defaults to the first comment's time. */
  createdAt?: When;
  /** Defaults to the last comment's time. */
  updatedAt?: When;
  comments: readonly DemoComment[];
  /** The next chapter, applied by the headless tour (or POST /__demo/tickets/<id> {"next":true}). */
  later?: { status?: ZendeskStatus; assignee?: Person; comments?: readonly LaterComment[] };
  /** What the ticket demonstrates, for the README-style listing and the e2e tests. */
  scenario: string;
  /** Warning signs Plumbline should raise (plain words; empty = none). */
  expectedSigns: readonly string[];
  expectedLevel: 'ok' | 'watch' | 'alert';
}
