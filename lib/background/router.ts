/**
 * Which handler answers a runtime message: content scripts' snapshots, our pages' enable/disable and
 * recipe requests, a recipe taught in a portal page.
 * Routing is by `type` only — each handler checks the sender and parses the whole message itself. Unknown
 * types get `undefined` (no answer), leaving them to any other listener.
 */
import { handleContentMessage, type ContentMessageDeps, type Sender } from './content-messages';
import { handlePageMessage, type PageMessageDeps } from './page-messages';
import { handleDisplayTimesMessage, type DisplayTimesDeps } from './display-times';
import { handleTeachMessage, type TeachMessageDeps } from './teach-messages';

export interface RouterDeps {
  content: ContentMessageDeps;
  page: PageMessageDeps;
  teach: TeachMessageDeps;
  displayTimes: DisplayTimesDeps;
}

const CONTENT_TYPES: ReadonlySet<unknown> = new Set(['ingest-ticket', 'ingest-list']);
const PAGE_TYPES: ReadonlySet<unknown> = new Set(['enable-origin', 'disable-origin', 'save-recipes', 'delete-recipe']);

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

export function routeMessage(message: unknown, sender: Sender, deps: RouterDeps): Promise<unknown> | undefined {
  const type = typeOf(message);
  if (CONTENT_TYPES.has(type)) return handleContentMessage(message, sender, deps.content);
  if (PAGE_TYPES.has(type)) return handlePageMessage(message, sender, deps.page);
  if (type === 'teach-recipe') return handleTeachMessage(message, sender, deps.teach);
  if (type === 'load-display-times') return handleDisplayTimesMessage(sender, deps.displayTimes);
  return undefined;
}
