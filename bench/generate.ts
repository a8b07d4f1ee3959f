/**
 * Seeded generator of realistic helpdesk data for the benchmarks: the same seed gives the same pages and
 * histories on every machine. Zendesk markup follows reference/portal-markup.md §11.1–11.2.
 */
import { ticketKey, type StoredEvent, type StoredTicket, type TicketSnapshot, type TimelineEvent } from '../lib/model';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'VPN drops every 10 minutes', 'Outlook asks for the password every hour', 'Printer on 3rd floor offline', 'Shared drive S: not mapping',
  'New starter laptop and account', 'Teams calls drop audio', 'ERP invoice export fails', 'Wi-Fi slow in the warehouse',
  'Reset MFA for scanner account', 'Mailbox size limit reached', 'Label printer prints blank labels', 'Licence for Visio',
];
const CLIENTS = ['Jane Customer', 'Tom Reed', 'Maria Jensen', 'Claire Martin', 'Sofie Laurent'];
const AGENTS = ['Bob Carter', 'Priya Raman', 'Daniel Okafor', 'Jonas Berg', 'Elena Petrova'];
const CLIENT_LINES = ['It happens again this morning.', 'Any update on this?', 'Here is the log you asked for.', 'Thanks, that works now.', 'Still waiting for a fix.'];
const AGENT_LINES = ['We are looking into it.', 'Could you send us the client log?', 'I have pushed a new profile, please retry.', 'The part is ordered.', 'Fixed on our side.'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const BENCH_ORIGIN = 'http://127.0.0.1';

function head(title: string): string {
  return `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>${escape(title)} – Northwind IT</title>
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application.css">
<script>HelpCenter = {}; HelpCenter.account = {"subdomain":"northwind"}; HelpCenter.user = {"role":"end-user","name":"Jane Customer"};</script>
</head><body><main role="main"><div class="container">`;
}

/** A request page with `comments` public comments. */
export function ticketPage(comments: number, seed = 1): string {
  const random = seededRandom(seed);
  const start = Date.parse('2026-01-05T08:00:00Z');
  let html = `${head('VPN drops every 10 minutes')}<h1 class="request-title">VPN drops every 10 minutes</h1><div id="main-content" class="request-container"><section class="request-main"><ul class="comment-list">`;
  for (let i = 0; i < comments; i++) {
    const agent = i % 2 === 1;
    const author = agent ? pick(random, AGENTS) : 'Jane Customer';
    const at = new Date(start + i * 3_600_000 + Math.floor(random() * 1_800_000)).toISOString();
    html += `<li id="request_comment_${100000 + i}" class="comment"><div class="comment-wrapper"><div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar">${agent ? '<svg class="icon-agent" aria-label="team member"></svg>' : ''}<img src="/a.png" alt="" class="user-avatar"></div><div class="comment-meta"><span title="${author}"><a href="/hc/en-us/profiles/1">${author}</a></span><div class="meta-group"><span class="meta-data"><time datetime="${at}" title="${at}" data-datetime="relative">2 days ago</time></span></div></div></div><section class="comment-body"><div class="zd-comment" dir="auto"><p dir="auto">${escape(pick(random, agent ? AGENT_LINES : CLIENT_LINES))}</p><p dir="auto">Comment ${i + 1} of ${comments}.</p></div></section></div></div></li>`;
  }
  html += `</ul></section><section class="request-sidebar"><dl class="request-details"><dt>Requester</dt><dd>Jane Customer</dd><dt>Created</dt><dd><time datetime="${new Date(start).toISOString()}">Jan 5</time></dd></dl><dl class="request-details"><dt>Assignee</dt><dd>Bob Carter</dd><dt>Id</dt><dd>#48213</dd><dt>Status</dt><dd><span class="status-label status-label-open">Open</span></dd></dl></section></div></div></main></body></html>`;
  return html;
}

/** A legacy request list with `rows` rows. */
export function listPage(rows: number, seed = 2): string {
  const random = seededRandom(seed);
  const statuses = ['open', 'pending', 'solved', 'hold', 'new'];
  let html = `${head('Requests')}<table class="table my-activities-table requests-table my-requests"><thead><tr><th>Subject</th><th>Created</th><th>Last activity</th><th>Status</th></tr></thead><tbody>`;
  for (let i = 0; i < rows; i++) {
    const id = 40000 + i;
    const subject = `${pick(random, SUBJECTS)} (${i})`;
    const status = pick(random, statuses);
    const at = new Date(Date.parse('2026-01-05T08:00:00Z') + i * 600_000).toISOString();
    html += `<tr><td class="request-info requests-table-info"><a href="/hc/en-us/requests/${id}" class="striped-list-title" title="${escape(subject)}">${escape(subject)}</a><div class="requests-table-meta meta-group"><span class="meta-data">#${id}</span><span class="status-label status-label-${status}">${status}</span></div></td><td><time datetime="${at}">x</time></td><td><time datetime="${at}">x</time></td><td class="requests-table-status"><span class="status-label status-label-${status}">${status}</span></td></tr>`;
  }
  return `${html}</tbody></table></div></main></body></html>`;
}

/** `tickets` ticket snapshots with `eventsPerTicket` timeline entries each. */
export function histories(tickets: number, eventsPerTicket: number, seed = 3): TicketSnapshot[] {
  const random = seededRandom(seed);
  const result: TicketSnapshot[] = [];
  const base = Date.parse('2025-06-01T08:00:00Z');
  for (let t = 0; t < tickets; t++) {
    const created = base + Math.floor(random() * 150) * 86_400_000 + Math.floor(random() * 8) * 3_600_000;
    const ticketId = String(100000 + t);
    const client = pick(random, CLIENTS);
    const events: TimelineEvent[] = [];
    let at = created;
    for (let e = 0; e < eventsPerTicket; e++) {
      const partner = e % 2 === 1 || random() < 0.2;
      events.push({
        id: `zd-comment-${t}-${e}`,
        type: 'message',
        side: partner ? 'partner' : 'client',
        author: partner ? pick(random, AGENTS) : client,
        at: new Date(at).toISOString(),
        text: pick(random, partner ? AGENT_LINES : CLIENT_LINES),
      });
      at += Math.floor(random() * 20 * 3_600_000) + 60_000;
    }
    const solved = random() < 0.7;
    result.push({
      portal: 'zendesk',
      origin: 'https://support.northwind.example',
      ticketId,
      url: `https://support.northwind.example/hc/en-us/requests/${ticketId}`,
      subject: pick(random, SUBJECTS),
      status: solved ? { raw: 'solved', category: 'solved' } : { raw: 'open', category: 'open' },
      priority: pick(random, ['Low', 'Normal', 'High', 'Urgent']),
      assignee: pick(random, AGENTS),
      requester: client,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(at).toISOString(),
      events,
      capturedAt: new Date(at + 3_600_000).toISOString(),
    });
  }
  return result;
}

/** The rows a raw import would write for these snapshots (the baseline of the ingest benchmark, and export input). */
export function storedRows(snapshots: readonly TicketSnapshot[]): { tickets: StoredTicket[]; events: StoredEvent[] } {
  const tickets: StoredTicket[] = [];
  const events: StoredEvent[] = [];
  for (const s of snapshots) {
    const key = ticketKey(s.origin, s.ticketId);
    tickets.push({ key, portal: s.portal, origin: s.origin, ticketId: s.ticketId, url: s.url, subject: s.subject, status: s.status, firstSeenAt: s.capturedAt, lastSeenAt: s.capturedAt, observations: [], eventCount: s.events.length });
    for (const event of s.events) events.push({ ...event, ticketKey: key });
  }
  return { tickets, events };
}
