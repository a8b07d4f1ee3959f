/**
 * The product's own code bundled for a plain page (esbuild IIFE), so the benchmarks run it in Chromium
 * exactly as the content script and the background do. Each function returns milliseconds.
 */
import { Dexie } from 'dexie';
import { PageController } from '../lib/content/page-controller';
import { DEFAULT_SETTINGS } from '../lib/model/settings';
import { recognisePage, registerDisplayTimeParser } from '../lib/portals';
import { parseDisplayTime } from '../lib/portals/display-time';
import { blockText } from '../lib/portals/text';
import { ingestTicket, ingestTickets, openDatabase } from '../lib/store';
import { histories, storedRows } from './generate';

registerDisplayTimeParser(parseDisplayTime);

const now = () => performance.now();

/** detect + scrape + snapshot of the current page. */
function scrape(): number {
  const start = now();
  const result = recognisePage(document, location.href, { now: new Date(), timeZone: 'UTC' });
  const elapsed = now() - start;
  if (result?.page !== 'ticket' || result.ticket.events.length === 0) throw new Error('the bench page was not read');
  return elapsed;
}

/** The floor: a bare querySelectorAll + textContent walk over the same entries. */
function scrapeBaseline(): number {
  const start = now();
  let total = 0;
  for (const item of document.querySelectorAll('li.comment')) total += (item.textContent ?? '').length;
  const elapsed = now() - start;
  if (total === 0) throw new Error('no entries');
  return elapsed;
}

/**
 * A reference, not a target: the same fields the Zendesk recipe reads (id, time, author, the agent icon,
 * the body with its paragraphs), read by code written for this page alone, with no recipe engine, no
 * side rules, no snapshot. What any scraper of these fields costs in the same run.
 */
function scrapeFloor(): number {
  const start = now();
  const entries = document.querySelectorAll('ul.comment-list > li.comment');
  const read: { id: string; at: string | null; author: string | null; partner: boolean; text: string }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const meta = entry.querySelector('.comment-meta');
    const body = entry.querySelector('section.comment-body');
    read.push({
      id: entry.id,
      at: meta?.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
      author: meta?.querySelector('span[title]')?.textContent ?? null,
      partner: entry.querySelector('svg.icon-agent') !== null,
      text: body ? blockText(body) : '',
    });
  }
  const elapsed = now() - start;
  if (read.length === 0) throw new Error('no entries');
  return elapsed;
}

/** Content script start → every row badged (the background's answer is immediate). */
async function badges(): Promise<number> {
  document.querySelectorAll('[data-plumbline-badge]').forEach((host) => host.remove());
  const start = now();
  const controller = new PageController({
    doc: document,
    href: () => location.href,
    send: async (message) => {
      const badgesById: Record<string, { level: 'ok'; label: string; signs: [] }> = {};
      if (message.type === 'ingest-list') for (const row of message.snapshot.rows) badgesById[row.ticketId] = { level: 'ok', label: 'resolved in 1 h', signs: [] };
      return { ok: true, badges: badgesById };
    },
    now: () => new Date(),
    languages: ['en'],
    timeZone: 'UTC',
  });
  await controller.start();
  const count = document.querySelectorAll('[data-plumbline-badge]').length;
  const elapsed = now() - start;
  controller.stop();
  if (count === 0) throw new Error('no badge drawn');
  return elapsed;
}

/** The floor: drawing one plain element per row. */
function badgesBaseline(): number {
  document.querySelectorAll('.bench-plain').forEach((node) => node.remove());
  const start = now();
  for (const cell of document.querySelectorAll('td.request-info')) {
    const span = document.createElement('span');
    span.className = 'bench-plain';
    span.textContent = 'resolved in 1 h';
    cell.append(span);
  }
  document.body.offsetHeight; // include layout, as the badges do when they are drawn
  return now() - start;
}

function rows(tickets: number, eventsPerTicket: number) {
  const snapshots = histories(tickets, eventsPerTicket);
  const { tickets: ticketRows, events: eventRows } = storedRows(snapshots);
  return { snapshots, ticketRows, eventRows };
}

let run = 0;
/** Merge every snapshot through the product's bulk merge (restore / pooled histories: one transaction). */
async function ingest(tickets: number, eventsPerTicket: number): Promise<number> {
  const { snapshots } = rows(tickets, eventsPerTicket);
  const db = openDatabase(`bench-ingest-${++run}`);
  await db.open();
  const options = { settings: DEFAULT_SETTINGS, now: new Date('2026-01-01T00:00:00Z') };
  const start = now();
  await ingestTickets(db, snapshots, options);
  const elapsed = now() - start;
  await db.delete();
  return elapsed;
}

/** The floor: raw Dexie bulkPut of the same rows. */
async function ingestBaseline(tickets: number, eventsPerTicket: number): Promise<number> {
  const { ticketRows, eventRows } = rows(tickets, eventsPerTicket);
  const db = openDatabase(`bench-raw-${++run}`);
  await db.open();
  const start = now();
  await db.transaction('rw', db.tickets, db.events, async () => {
    await db.tickets.bulkPut(ticketRows);
    await db.events.bulkPut(eventRows);
  });
  const elapsed = now() - start;
  await db.delete();
  return elapsed;
}

/** Re-ingest an unchanged ticket of `comments` entries: time and the number of rows written. */
async function revisit(comments: number): Promise<{ ms: number; writes: number }> {
  const [snapshot] = histories(1, comments, 9);
  const db = openDatabase(`bench-revisit-${++run}`);
  const options = { settings: DEFAULT_SETTINGS, now: new Date('2026-01-01T00:00:00Z') };
  await ingestTicket(db, snapshot!, options);
  let writes = 0;
  const count = () => void (writes += 1);
  for (const table of [db.tickets, db.events] as Dexie.Table[]) {
    table.hook('creating', count);
    table.hook('updating', count);
    table.hook('deleting', count);
  }
  const start = now();
  await ingestTicket(db, { ...snapshot!, capturedAt: new Date(Date.parse(snapshot!.capturedAt) + 60_000).toISOString() }, options);
  const elapsed = now() - start;
  await db.delete();
  return { ms: elapsed, writes };
}

Object.assign(globalThis, { plumblineBench: { scrape, scrapeBaseline, scrapeFloor, badges, badgesBaseline, ingest, ingestBaseline, revisit } });
