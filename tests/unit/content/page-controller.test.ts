// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageController } from '../../../lib/content/page-controller';
import type { ContentMessage } from '../../../lib/model/messages';

const FIXTURES = join(__dirname, '../../fixtures/zendesk');
const badge = { level: 'watch' as const, label: '2 follow-ups · open 12 days', signs: [{ level: 'watch' as const, message: 'You followed up twice — last on Mon 11 Mar' }] };

function load(file: string) {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

function controller(url: string, send: (message: ContentMessage) => Promise<unknown>) {
  return new PageController({ doc: document, href: () => url, send, now: () => new Date('2024-03-16T10:00:00Z'), languages: ['en-GB'], timeZone: 'UTC', debounceMs: 10 });
}

let current: PageController | undefined;
afterEach(() => {
  current?.stop();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('content script on a portal page (DESIGN.md "Data flow" 1, 3)', () => {
  test('a ticket page is sent once and gets its badge inside the title', async () => {
    load('detail-en.html');
    const send = vi.fn(async (_message: ContentMessage) => ({ ok: true, ticketKey: 'k', health: {}, badge }));
    current = controller('https://support.northwind.example/hc/en-us/requests/48213', send);
    await current.start();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ type: 'ingest-ticket', snapshot: { ticketId: '48213', events: { length: 6 } } });
    const host = document.querySelector('h1.request-title [data-plumbline-badge="ticket"]');
    expect(host?.getAttribute('data-level')).toBe('watch');
    expect(host?.shadowRoot?.querySelector('.pl-label')?.textContent).toBe('2 follow-ups · open 12 days');
    expect(current.state).toMatchObject({ portal: 'zendesk', page: 'ticket', ticketId: '48213' });
    // Our own badge does not change what the page says: scanning again sends nothing new.
    await current.scan();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('list rows get "not visited yet" until the background knows them', async () => {
    load('list-legacy.html');
    const send = vi.fn(async () => ({ ok: true, badges: { '48213': badge } }));
    current = controller('https://support.northwind.example/hc/en-us/requests', send);
    await current.start();
    const rows = [...document.querySelectorAll('[data-plumbline-badge="row"]')];
    expect(rows).toHaveLength(9);
    expect(rows.map((row) => row.getAttribute('data-level'))).toEqual(['watch', ...Array(8).fill('none')]);
    expect(rows[1]?.shadowRoot?.querySelector('.pl-label')?.textContent).toBe('not visited yet');
  });

  test('a row the page re-renders gets its badge back without asking the background again', async () => {
    load('list-legacy.html');
    const send = vi.fn(async () => ({ ok: true, badges: { '48213': badge } }));
    current = controller('https://support.northwind.example/hc/en-us/requests', send);
    await current.start();
    const cell = document.querySelector('td.request-info')!;
    cell.querySelector('[data-plumbline-badge]')?.remove();
    cell.append(document.createElement('span')); // the page's own re-render
    await vi.waitFor(() => expect(cell.querySelector('[data-plumbline-badge="row"]')).not.toBeNull());
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a refused snapshot leaves no badge and tells the popup why', async () => {
    load('detail-en.html');
    current = controller('https://support.northwind.example/hc/en-us/requests/48213', async () => ({ ok: false, error: 'Plumbline is not enabled on https://support.northwind.example.' }));
    await current.start();
    expect(document.querySelector('[data-plumbline-badge]')).toBeNull();
    expect(current.state.problem).toMatch(/not enabled/);
  });

  test('a page no recipe knows is left alone', async () => {
    document.body.innerHTML = '<h1>Intranet</h1>';
    const send = vi.fn();
    current = controller('https://intranet.example/', send);
    await current.start();
    expect(send).not.toHaveBeenCalled();
    expect(current.state).toMatchObject({ portal: null, page: null });
  });
});
