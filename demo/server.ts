/**
 * The demo portal: a Zendesk Help Center for "Northwind IT" serving "Acme Logistics", on 127.0.0.1,
 * with node:http only. Ticket times are offsets from `now` (default: when the server starts).
 *
 * Routes
 *   /hc/<locale>                         home page (no ticket, no list)
 *   /hc/<locale>/requests                legacy server-rendered list (?variant=react: Garden table built after load)
 *   /hc/<locale>/requests/<id>[?page=N]  request page (comment pages of 30)
 *   /hc/requests/<id>                    302 to the ticket's locale (the React list links there)
 *   POST /hc/<locale>/requests/<id>      the page's reply form: adds the signed-in user's comment
 *   GET  /__demo/pages                   every demo page URL, for the headless tour and the tests
 *   GET  /__demo/tickets                 the tickets' current status and assignee
 *   POST /__demo/tickets/<id>            JSON TicketChange {status?, assignee?, comment?, next?}
 *   POST /__demo/reset                   back to the starting state
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { everyone, signedInUser } from './data/people';
import type { HelpCenterLocale } from './data/types';
import { DemoDataError, DemoPortalState, isZendeskStatus, type LiveTicket, type TicketChange } from './portal-state';
import { renderLegacyList } from './render/legacy-list';
import { LOGO_SVG, renderAvatar, renderHomePage, renderNotFoundPage } from './render/other-pages';
import { renderReactList } from './render/react-list';
import { commentPageCount, renderTicketPage, ticketPath } from './render/ticket-page';

export const LOCALES: readonly HelpCenterLocale[] = ['en-us', 'fr-fr'];

export interface DemoServerOptions {
  /** 0 = an ephemeral port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. Any 127.x.y.z address works on Linux (used for a second, not-enabled origin). */
  host?: string;
  /** The moment ticket offsets are measured from. Default: now. */
  now?: Date;
  /** Delay before the React list variant renders its table. Default 300 ms. */
  reactListDelayMs?: number;
}

export interface DemoPage {
  url: string;
  kind: 'home' | 'list' | 'ticket';
  locale: HelpCenterLocale;
  variant?: 'legacy' | 'react';
  ticketId?: number;
  /** Comment page of a ticket (1-based). */
  commentPage?: number;
}

export interface DemoServer {
  /** http://127.0.0.1:<port> */
  url: string;
  now: Date;
  close(): Promise<void>;
  /** Change a ticket between two visits (status, assignee, a comment, or its scripted next chapter). */
  advance(ticketId: number, change: TicketChange): LiveTicket;
  reset(): void;
  pages(): DemoPage[];
  tickets(): LiveTicket[];
  ticketUrl(ticketId: number, commentPage?: number): string;
  listUrl(locale?: HelpCenterLocale, variant?: 'legacy' | 'react'): string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 64 * 1024;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Validate the JSON body of POST /__demo/tickets/<id>. */
export function parseTicketChange(value: unknown): TicketChange {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'expected a JSON object');
  const input = value as Record<string, unknown>;
  const change: TicketChange = {};
  if (input.status !== undefined) {
    if (!isZendeskStatus(input.status)) throw new HttpError(400, 'status must be new|open|pending|hold|solved|closed');
    change.status = input.status;
  }
  if (input.assignee !== undefined) {
    if (input.assignee !== null && (typeof input.assignee !== 'string' || !input.assignee.trim())) throw new HttpError(400, 'assignee must be a name or null');
    change.assignee = input.assignee === null ? null : input.assignee.trim();
  }
  if (input.comment !== undefined) {
    const comment = input.comment as Record<string, unknown> | null;
    if (!comment || typeof comment.author !== 'string' || typeof comment.body !== 'string' || !comment.body.trim()) {
      throw new HttpError(400, 'comment must be {author, body}');
    }
    change.comment = { author: comment.author, body: comment.body };
  }
  if (input.next !== undefined) change.next = input.next === true;
  if (Object.keys(change).length === 0) throw new HttpError(400, 'nothing to change');
  return change;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function redirect(response: ServerResponse, location: string, status = 302): void {
  response.writeHead(status, { location, 'cache-control': 'no-store' });
  response.end();
}

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

function isLocale(value: string | undefined): value is HelpCenterLocale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const now = options.now ?? new Date();
  const startedAt = Date.now();
  const state = new DemoPortalState(now);
  const host = options.host ?? '127.0.0.1';
  const reactDelay = options.reactListDelayMs ?? 300;
  /** "Now" while rendering: the demo's now plus the time the server has been running. */
  const renderNow = () => new Date(now.getTime() + (Date.now() - startedAt));
  let origin = '';

  const ticketUrl = (id: number, commentPage?: number) => {
    const ticket = state.get(id);
    if (!ticket) throw new DemoDataError(`no demo ticket #${id}`);
    return `${origin}${ticketPath(ticket)}${commentPage && commentPage > 1 ? `?page=${commentPage}` : ''}`;
  };
  const listUrl = (locale: HelpCenterLocale = 'en-us', variant: 'legacy' | 'react' = 'legacy') =>
    `${origin}/hc/${locale}/requests${variant === 'react' ? '?variant=react' : ''}`;

  const pages = (): DemoPage[] => {
    const result: DemoPage[] = [];
    for (const locale of LOCALES) {
      result.push({ url: `${origin}/hc/${locale}`, kind: 'home', locale });
      result.push({ url: listUrl(locale, 'legacy'), kind: 'list', locale, variant: 'legacy' });
      result.push({ url: listUrl(locale, 'react'), kind: 'list', locale, variant: 'react' });
    }
    for (const ticket of state.all()) {
      const count = commentPageCount(ticket);
      for (let page = 1; page <= count; page++) {
        result.push({ url: ticketUrl(ticket.id, page), kind: 'ticket', locale: ticket.locale, ticketId: ticket.id, commentPage: page });
      }
    }
    return result;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://demo.invalid');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = request.method ?? 'GET';
    const parts = path.split('/').filter(Boolean);

    if (parts[0] === '__demo') {
      if (method === 'GET' && parts[1] === 'pages') return send(response, 200, JSON_TYPE, JSON.stringify({ pages: pages() }));
      if (method === 'GET' && parts[1] === 'tickets' && parts.length === 2) {
        const summary = state.all().map((ticket) => ({
          id: ticket.id,
          locale: ticket.locale,
          subject: ticket.subject,
          status: ticket.status,
          assignee: ticket.assignee?.name ?? null,
          comments: ticket.comments.length,
          scenario: ticket.source.scenario,
          url: ticketUrl(ticket.id),
        }));
        return send(response, 200, JSON_TYPE, JSON.stringify({ tickets: summary }));
      }
      if (method === 'POST' && parts[1] === 'reset') {
        state.reset();
        return send(response, 200, JSON_TYPE, '{"ok":true}');
      }
      if (method === 'POST' && parts[1] === 'tickets' && parts[2] && parts.length === 3) {
        // JSON only: a cross-site form cannot send it without a CORS preflight, which this server never grants.
        if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'send application/json');
        let parsed: unknown;
        try {
          parsed = JSON.parse(await readBody(request));
        } catch (error) {
          if (error instanceof HttpError) throw error;
          throw new HttpError(400, 'invalid JSON');
        }
        const ticket = state.apply(Number(parts[2]), parseTicketChange(parsed), renderNow());
        return send(response, 200, JSON_TYPE, JSON.stringify({ ok: true, id: ticket.id, status: ticket.status, assignee: ticket.assignee?.name ?? null }));
      }
      throw new HttpError(404, 'unknown demo control route');
    }

    if (path === '/' || path === '/hc') return redirect(response, '/hc/en-us');
    if (path === '/logo.svg') return send(response, 200, 'image/svg+xml', LOGO_SVG);
    if (path === '/favicon.ico') {
      response.writeHead(204);
      return void response.end();
    }
    if (parts[0] === 'system' && parts[1] === 'photos' && parts[2]) {
      const person = everyone.find((entry) => `${entry.id}.svg` === parts[2]);
      if (person) return send(response, 200, 'image/svg+xml', renderAvatar(person));
      throw new HttpError(404, 'no such avatar');
    }
    if (parts[0] === 'attachments') return send(response, 200, 'text/plain; charset=utf-8', 'Demo attachment: the file itself is not part of the demo.\n');

    // /hc/requests/<id> — the React list's locale-less links.
    if (parts[0] === 'hc' && parts[1] === 'requests' && parts[2] && parts.length === 3) {
      const ticket = state.get(Number(parts[2]));
      return redirect(response, ticket ? `${ticketPath(ticket)}${url.search}` : '/hc/en-us/requests');
    }

    const locale = parts[1];
    if (parts[0] === 'hc' && isLocale(locale)) {
      if (parts.length === 2 && method === 'GET') return send(response, 200, HTML, renderHomePage(locale));
      if (parts[2] === 'requests' && parts.length === 3 && method === 'GET') {
        const variant = url.searchParams.get('variant') === 'react' ? 'react' : 'legacy';
        const html =
          variant === 'react'
            ? renderReactList(state.all(), locale, renderNow(), reactDelay)
            : renderLegacyList(state.all(), locale, renderNow());
        return send(response, 200, HTML, html);
      }
      if (parts[2] === 'requests' && parts[3] && parts.length === 4 && /^\d+$/.test(parts[3])) {
        const ticket = state.get(Number(parts[3]));
        // Zendesk sends a request you cannot see back to the request list (portal-markup.md §1.1).
        if (!ticket) return redirect(response, `/hc/${locale}/requests`);
        if (ticket.locale !== locale) return redirect(response, `${ticketPath(ticket)}${url.search}`);
        if (method === 'POST') {
          const form = new URLSearchParams(await readBody(request));
          const body = form.get('request[comment][body]')?.trim();
          if (body) {
            // An end-user comment reopens a pending or solved request, as in Zendesk.
            const reopen = ticket.status === 'pending' || ticket.status === 'solved' ? { status: 'open' as const } : {};
            state.apply(ticket.id, { comment: { author: signedInUser[locale].name, body }, ...reopen }, renderNow());
          }
          return redirect(response, ticketPath(ticket), 303);
        }
        const page = Number(url.searchParams.get('page') ?? '1');
        return send(response, 200, HTML, renderTicketPage(ticket, page, renderNow()));
      }
    }
    send(response, 404, HTML, renderNotFoundPage(isLocale(locale) ? locale : 'en-us'));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof DemoDataError ? 404 : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) send(response, status, JSON_TYPE, JSON.stringify({ ok: false, error: message }));
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  return {
    url: origin,
    now,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    advance: (ticketId, change) => state.apply(ticketId, change, renderNow()),
    reset: () => state.reset(),
    pages,
    tickets: () => state.all(),
    ticketUrl,
    listUrl,
  };
}
