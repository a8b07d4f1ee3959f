/**
 * The recipe engine's reading rules that fixtures alone do not pin down (lib/model/recipe.ts header):
 * the first selector alternative that matches wins, a descendant chain finds its match beyond the first
 * candidate, and a page that changed is read afresh (single-page portals are re-read on every change).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { RecipeInput } from '../../../lib/model';
import { recipeAdapter } from '../../../lib/portals';

const URL_TICKET = 'https://help.example/cases/7';
const ctx = { now: new Date('2024-03-16T10:00:00Z'), timeZone: 'UTC' };

const recipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'recipe:Test desk',
  name: 'Test desk',
  detect: { ticketUrl: ['^/cases/\\d+$'], fingerprint: { all: ['#desk'] } },
  ticket: {
    id: [{ from: 'url', pattern: '/cases/(\\d+)' }],
    subject: [{ selector: 'h1' }],
    timeline: {
      entry: '.entry',
      id: [{ attr: 'data-id' }],
      author: [{ selector: '.meta .who' }],
      time: [{ selector: '.meta time, .stamp', attr: 'datetime' }],
      body: [{ selector: '.text', text: 'block' }],
      side: { partner: { selector: '.staff' }, otherwise: 'client' },
    },
    anchor: 'h1',
  },
};

function page(entries: string): Document {
  return new JSDOM(`<div id="desk"><h1>Printer</h1>${entries}</div>`, { url: URL_TICKET }).window.document;
}

function read(doc: Document) {
  return recipeAdapter(recipe).scrapeTicket(doc, new URL(URL_TICKET), ctx).events;
}

describe('recipe engine', () => {
  test('a descendant chain finds its match under a later candidate when the first has none', () => {
    const doc = page(`<div class="entry" data-id="1"><div class="meta"><span>no author here</span></div>
      <div class="meta"><span class="who">Jane</span><time datetime="2024-03-14T09:00:00Z"></time></div><div class="text">Hi</div></div>`);
    expect(read(doc)).toEqual([{ id: 'recipe:Test desk-1', side: 'client', author: 'Jane', at: '2024-03-14T09:00:00Z', type: 'message', text: 'Hi' }]);
  });

  test('alternatives are tried in order: the second serves entries the first does not match', () => {
    const doc = page(`<div class="entry" data-id="1"><span class="stamp" datetime="2024-03-14T08:00:00Z"></span><div class="meta"><span class="who">Jane</span><time datetime="2024-03-14T09:00:00Z"></time></div></div>
      <div class="entry staff" data-id="2"><span class="stamp" datetime="2024-03-14T10:00:00Z"></span></div>`);
    expect(read(doc).map(({ id, at, side }) => ({ id, at, side }))).toEqual([
      { id: 'recipe:Test desk-1', at: '2024-03-14T09:00:00Z', side: 'client' },
      { id: 'recipe:Test desk-2', at: '2024-03-14T10:00:00Z', side: 'partner' },
    ]);
  });

  test('each entry gets the first pick that yields a value for it, and the first time that reads as one', () => {
    const fallback: RecipeInput = {
      ...recipe,
      ticket: {
        ...recipe.ticket,
        timeline: {
          ...recipe.ticket.timeline,
          author: [{ selector: '.who' }, { selector: '.avatar', attr: 'title' }],
          time: [{ selector: 'time', attr: 'datetime' }, { selector: 'time', attr: 'data-utc' }],
        },
      },
    };
    const doc = page(`<div class="entry" data-id="1"><span class="who">Jane</span><time datetime="2024-03-14T09:00:00Z"></time></div>
      <div class="entry staff" data-id="2"><img class="avatar" title="Bob Agent"><time datetime="not a time" data-utc="2024-03-14T10:00:00Z"></time></div>
      <div class="entry" data-id="3"><span class="who">Jane</span><time datetime="2024-03-14T11:00:00Z"></time></div>`);
    const events = recipeAdapter(fallback).scrapeTicket(doc, new URL(URL_TICKET), ctx).events;
    expect(events.map(({ id, author, at }) => [id, author, at])).toEqual([
      ['recipe:Test desk-1', 'Jane', '2024-03-14T09:00:00Z'],
      ['recipe:Test desk-2', 'Bob Agent', '2024-03-14T10:00:00Z'],
      ['recipe:Test desk-3', 'Jane', '2024-03-14T11:00:00Z'],
    ]);
  });

  test('a page that changed between two readings is read afresh (single-page portals)', () => {
    const doc = page(`<div class="entry" data-id="1"><div class="meta"><span class="who">Jane</span><time datetime="2024-03-14T09:00:00Z"></time></div></div>`);
    const adapter = recipeAdapter(recipe);
    const first = adapter.scrapeTicket(doc, new URL(URL_TICKET), ctx).events;
    const meta = Object.assign(doc.createElement('div'), { className: 'meta' });
    const who = Object.assign(doc.createElement('span'), { className: 'who', textContent: 'Bob' });
    const time = doc.createElement('time');
    time.setAttribute('datetime', '2024-03-15T11:00:00Z');
    meta.append(who, time);
    doc.querySelector('.meta')!.replaceWith(meta);
    const second = adapter.scrapeTicket(doc, new URL(URL_TICKET), ctx).events;
    expect([first[0]?.author, second[0]?.author, second[0]?.at]).toEqual(['Jane', 'Bob', '2024-03-15T11:00:00Z']);
  });

  test('entries printed newest first come out oldest first', () => {
    const doc = page(`<div class="entry" data-id="2"><div class="meta"><time datetime="2024-03-15T09:00:00Z"></time></div></div>
      <div class="entry" data-id="1"><div class="meta"><time datetime="2024-03-14T09:00:00.000Z"></time></div></div>`);
    expect(read(doc).map(({ id, at }) => [id, at])).toEqual([
      ['recipe:Test desk-1', '2024-03-14T09:00:00Z'],
      ['recipe:Test desk-2', '2024-03-15T09:00:00Z'],
    ]);
  });
});
