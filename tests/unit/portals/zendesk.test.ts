import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { detectPage, pageAnchors, recognisePage, ScrapeError } from '../../../lib/portals';

const FIXTURES = join(__dirname, '../../fixtures/zendesk');
const detailEn = readFileSync(join(FIXTURES, 'detail-en.html'), 'utf8');
const ctx = { now: new Date('2024-03-16T10:00:00Z'), timeZone: 'Europe/London' };

function dom(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('Zendesk detection (portal-markup.md §1.1, §1.4)', () => {
  test.each([
    ['a request on *.zendesk.com', 'https://northwind.zendesk.com/hc/en-us/requests/48213', detailEn, { portal: 'zendesk', page: 'ticket' }],
    ['a request on a custom domain', 'https://support.northwind.example/hc/en-us/requests/48213', detailEn, { portal: 'zendesk', page: 'ticket' }],
    ['the React list link form /hc/requests/<id>', 'https://support.northwind.example/hc/requests/48213', detailEn, { portal: 'zendesk', page: 'ticket' }],
    ['the request list', 'https://support.northwind.example/hc/fr-fr/requests', detailEn, { portal: 'zendesk', page: 'list' }],
    ['a Help Center article', 'https://support.northwind.example/hc/en-us/articles/360001', detailEn, null],
    ['a request URL on a page without the Zendesk fingerprint', 'https://intranet.example/hc/en-us/requests/1', '<h1 class="request-title">x</h1><ul class="comment-list"></ul>', null],
    ['a page that is not http(s)', 'file:///tmp/hc/en-us/requests/1', detailEn, null],
  ])('%s', (_name, url, html, expected) => {
    expect(detectPage(dom(html, url), url)).toEqual(expected);
  });
});

describe('Zendesk ticket page', () => {
  test('status comes from the status-label class, not its (renamed) text', () => {
    const html = detailEn.replace('status-label-open" title="We are working on your request">Open', 'status-label-solved" title="x">Sorted by our team');
    const url = 'https://support.northwind.example/hc/en-us/requests/48213';
    const scrape = recognisePage(dom(html, url), url, ctx);
    expect(scrape?.page === 'ticket' && scrape.ticket.status).toEqual({ raw: 'solved', category: 'solved' });
  });

  test('a custom status the contract does not know is "unknown", keeping its name', () => {
    const html = detailEn.replace('status-label-open"', 'status-label-awaiting-vendor"');
    const url = 'https://support.northwind.example/hc/en-us/requests/48213';
    const scrape = recognisePage(dom(html, url), url, ctx);
    expect(scrape?.page === 'ticket' && scrape.ticket.status).toEqual({ raw: 'awaiting-vendor', category: 'unknown' });
  });

  test('comment text is plain text: markup in a comment never becomes markup', () => {
    const html = detailEn.replace('Log attached.', '&lt;img src=x onerror=alert(1)&gt; <b>Log</b> attached.');
    const url = 'https://support.northwind.example/hc/en-us/requests/48213';
    const scrape = recognisePage(dom(html, url), url, ctx);
    const text = scrape?.page === 'ticket' ? scrape.ticket.events[2]?.text : undefined;
    expect(text).toBe('<img src=x onerror=alert(1)> Log attached. It happens to everyone, not just one laptop.');
  });

  test('a Zendesk request page without title or comments is refused with a clear reason', () => {
    const html = detailEn.replace(/<h1 class="request-title">.*?<\/h1>/s, '').replace(/<ul class="comment-list">[\s\S]*?<\/ul>\n\s*<form/, '<form');
    const url = 'https://support.northwind.example/hc/en-us/requests/48213';
    expect(() => recognisePage(dom(html, url), url, ctx)).toThrow(ScrapeError);
    expect(() => recognisePage(dom(html, url), url, ctx)).toThrow(/markup may have changed/);
  });

  test('badges anchor on the title, and on each list row’s subject cell', () => {
    const url = 'https://support.northwind.example/hc/en-us/requests/48213';
    const doc = dom(detailEn, url);
    const scrape = recognisePage(doc, url, ctx)!;
    expect(pageAnchors(doc, scrape).title?.className).toBe('request-title');
    const listUrl = 'https://support.northwind.example/hc/en-us/requests';
    const listDoc = dom(readFileSync(join(FIXTURES, 'list-legacy.html'), 'utf8'), listUrl);
    const anchors = pageAnchors(listDoc, recognisePage(listDoc, listUrl, ctx)!);
    expect(anchors.rows.size).toBe(9);
    expect(anchors.rows.get('48213')?.tagName).toBe('TD');
  });
});
