/**
 * Which handler answers a runtime message: content scripts' snapshots, our pages' enable/disable requests.
 * Routing is by `type` only — each handler checks the sender and parses the whole message itself. Unknown
 * types get `undefined` (no answer), leaving them to any other listener.
 */
import { handleContentMessage, type ContentMessageDeps, type Sender } from './content-messages';
import { handlePageMessage, type PageMessageDeps } from './page-messages';

export interface RouterDeps {
  content: ContentMessageDeps;
  page: PageMessageDeps;
}

const CONTENT_TYPES: ReadonlySet<unknown> = new Set(['ingest-ticket', 'ingest-list']);
const PAGE_TYPES: ReadonlySet<unknown> = new Set(['enable-origin', 'disable-origin']);

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

export function routeMessage(message: unknown, sender: Sender, deps: RouterDeps): Promise<unknown> | undefined {
  const type = typeOf(message);
  if (CONTENT_TYPES.has(type)) return handleContentMessage(message, sender, deps.content);
  if (PAGE_TYPES.has(type)) return handlePageMessage(message, sender, deps.page);
  return undefined;
}
