/**
 * The demo portal itself (no browser): its pages keep the Zendesk markup the recipes read
 * (portal-markup.md §1.2, §11.1–11.3), its data stays consistent whatever day the demo runs, and its
 * control routes change a ticket between two visits. If this fails, the other e2e specs would test the
 * demo instead of Plumbline.
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoTickets, SCENARIO } from '../../demo/data';
import { resolveTicket } from '../../demo/portal-state';
import { reactListPayload } from '../../demo/render/react-list';
import { startDemoServer, type DemoServer } from '../../demo/server';

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.close();
});

async function fetchDocument(url: string): Promise<Document> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return new JSDOM(await response.text()).window.document;
}

describe('demo data', () => {
  test('has at least 25 tickets, each with a scenario', () => {
    expect(demoTickets.length).toBeGreaterThanOrEqual(25);
    expect(new Set(demoTickets.map((ticket) => ticket.id)).size).toBe(demoTickets.length);
    for (const ticket of demoTickets) expect(ticket.scenario.length).toBeGreaterThan(10);
  });

  test('comments stay in order and in the past on every weekday and hour the demo may start', () => {
    // Offsets in working days and calendar days (weekends moved to Friday) must never swap two comments.
    for (let day = 0; day < 14; day++) {
      for (const hour of [0, 9, 13, 22]) {
        const now = new Date(2026, 0, 5 + day, hour, 30);
        for (const ticket of demoTickets) {
          const live = resolveTicket(ticket, now); // throws DemoDataError on comments out of order
          expect(live.comments.every((comment) => comment.at.getTime() <= now.getTime())).toBe(true);
        }
      }
    }
  });
});

describe('demo pages keep the Zendesk markup', () => {
  test('a request page: title, comments with time[datetime], agent icon for agents only, sidebar, status class', async () => {
    const doc = await fetchDocument(server.ticketUrl(SCENARIO.automatedAcknowledgement));
    expect(doc.querySelector('script:not([src])')?.textContent).toMatch(/HelpCenter\.user = \{.*"role":"end-user"/);
    expect(doc.querySelector('h1.request-title')?.textContent).toBe('Teams calls drop audio in the Hamburg office');
    const comments = [...doc.querySelectorAll('ul.comment-list > li.comment')];
    expect(comments).toHaveLength(3);
    for (const comment of comments) {
      expect(comment.id).toMatch(/^request_comment_\d+$/);
      expect(comment.querySelector('.comment-meta time[datetime]')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(comment.querySelector('section.comment-body > div.zd-comment > p')).not.toBeNull();
    }
    const agentFlags = comments.map((comment) => comment.querySelector('.comment-avatar svg.icon-agent') !== null);
    expect(agentFlags).toEqual([false, true, true]);
    expect(comments[1]?.querySelector('.comment-meta span[title]')?.getAttribute('title')).toBe('Northwind IT Support');
    const details = doc.querySelectorAll('dl.request-details');
    expect(details).toHaveLength(2);
    expect(doc.querySelector('dl.request-details .status-label.status-label-request.status-label-pending')).not.toBeNull();
    expect(doc.querySelector('form.comment-form[data-form-type="comment"]')?.getAttribute('action')).toBe(`/hc/en-us/requests/${SCENARIO.automatedAcknowledgement}`);
  });

  test('values are escaped: a subject with quotes, < > and & comes back as the same text', async () => {
    const doc = await fetchDocument(server.ticketUrl(SCENARIO.escapedSubject));
    expect(doc.querySelector('h1.request-title')?.textContent).toBe('Acrobat for Accounts: can\'t open "Q3 <Draft>.pdf" & other ERP exports');
    expect(doc.querySelector('h1.request-title *')).toBeNull();
    expect(doc.querySelector('.comment-body b')).toBeNull();
    expect(doc.querySelector('.comment-body')?.textContent).toContain('<b>Budget is approved.</b>');
  });

  test('French pages use French sidebar labels and chasers', async () => {
    const doc = await fetchDocument(server.ticketUrl(SCENARIO.frenchChased));
    const labels = [...doc.querySelectorAll('dl.request-details dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Demandeur', 'Créée', 'Dernière activité', 'Assigné à', 'Statut', 'Priorité']));
    const bodies = [...doc.querySelectorAll('.comment-body')].map((body) => body.textContent ?? '');
    expect(bodies.some((body) => body.includes('Des nouvelles ?'))).toBe(true);
    expect(bodies.some((body) => body.includes('Je relance'))).toBe(true);
    expect(bodies.some((body) => body.includes('Toujours en attente'))).toBe(true);
  });

  test('the long ticket is split over two comment pages with Zendesk pagination', async () => {
    const first = await fetchDocument(server.ticketUrl(SCENARIO.longThread, 1));
    const second = await fetchDocument(server.ticketUrl(SCENARIO.longThread, 2));
    expect(first.querySelectorAll('li.comment')).toHaveLength(30);
    expect(second.querySelectorAll('li.comment')).toHaveLength(14);
    expect(first.querySelector('nav.pagination .pagination-next a')?.getAttribute('href')).toBe(`/hc/en-us/requests/${SCENARIO.longThread}?page=2#comments`);
    expect(second.querySelector('nav.pagination .pagination-current')?.textContent).toBe('2');
  });

  test('the legacy list has one row per English ticket with created/updated time[datetime] and a status class', async () => {
    const doc = await fetchDocument(server.listUrl('en-us'));
    const rows = [...doc.querySelectorAll('table.requests-table tbody tr')];
    expect(rows).toHaveLength(demoTickets.filter((ticket) => ticket.locale === 'en-us').length);
    for (const row of rows) {
      expect(row.querySelector('a.striped-list-title')?.getAttribute('href')).toMatch(/^\/hc\/en-us\/requests\/\d+$/);
      expect(row.querySelectorAll('td time[datetime]').length).toBeGreaterThanOrEqual(2);
      expect(row.querySelector('td.requests-table-status .status-label')?.className).toMatch(/status-label-(new|open|pending|hold|solved|closed)/);
    }
    expect(doc.querySelectorAll('tr.request-closed').length).toBe(demoTickets.filter((ticket) => ticket.status === 'closed').length);
  });

  test('the React list arrives empty and carries Garden rows in its payload', async () => {
    const doc = await fetchDocument(server.listUrl('en-us', 'react'));
    expect(doc.querySelector('tr[data-garden-id="tables.row"]')).toBeNull();
    const payload = reactListPayload(server.tickets(), 'en-us', new Date());
    expect(payload.rows.length).toBe(demoTickets.filter((ticket) => ticket.locale === 'en-us').length);
    expect(payload.rows.every((row) => /^\/hc\/requests\/\d+$/.test(row.href))).toBe(true);
    const locationless = await fetch(`${server.url}/hc/requests/${SCENARIO.frenchChased}`, { redirect: 'manual' });
    expect(locationless.headers.get('location')).toBe(`/hc/fr-fr/requests/${SCENARIO.frenchChased}`);
  });

  test('GET /__demo/pages lists every list page, ticket page and comment page', async () => {
    const { pages } = (await (await fetch(`${server.url}/__demo/pages`)).json()) as { pages: Array<{ kind: string; ticketId?: number }> };
    const ticketPages = pages.filter((page) => page.kind === 'ticket');
    expect(new Set(ticketPages.map((page) => page.ticketId)).size).toBe(demoTickets.length);
    expect(ticketPages.length).toBe(demoTickets.length + 1);
    expect(pages.filter((page) => page.kind === 'list')).toHaveLength(4);
  });
});

describe('demo control routes', () => {
  test('POST /__demo/tickets/<id> changes status and assignee; /__demo/reset restores them', async () => {
    const id = SCENARIO.pending;
    const post = (body: unknown, type = 'application/json') =>
      fetch(`${server.url}/__demo/tickets/${id}`, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });
    expect((await post({ status: 'solved', assignee: 'Jonas Berg' })).status).toBe(200);
    let doc = await fetchDocument(server.ticketUrl(id));
    expect(doc.querySelector('.status-label-solved')).not.toBeNull();
    expect([...doc.querySelectorAll('dl.request-details dd')].some((dd) => dd.textContent === 'Jonas Berg')).toBe(true);

    expect((await post({ status: 'archived' })).status).toBe(400);
    expect((await post({ status: 'open' }, 'text/plain')).status).toBe(415);

    await fetch(`${server.url}/__demo/reset`, { method: 'POST' });
    doc = await fetchDocument(server.ticketUrl(id));
    expect(doc.querySelector('.status-label-pending')).not.toBeNull();
  });

  test('advance(next) reopens the solved ticket with the client\'s new comment', async () => {
    const before = await fetchDocument(server.ticketUrl(SCENARIO.reopened));
    expect(before.querySelector('.status-label-solved')).not.toBeNull();
    server.advance(SCENARIO.reopened, { next: true });
    const after = await fetchDocument(server.ticketUrl(SCENARIO.reopened));
    expect(after.querySelector('.status-label-open')).not.toBeNull();
    expect(after.querySelectorAll('li.comment')).toHaveLength(before.querySelectorAll('li.comment').length + 1);
    server.reset();
  });
});
