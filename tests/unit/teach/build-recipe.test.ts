/**
 * Teaching a portal (issue 4): the picks a user makes on one ticket page become a recipe that reads that
 * page and the portal's other ticket pages — checked on the Harbor IT fixtures, which no built-in knows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { RecipeSchema } from '../../../lib/model';
import { recognisePage } from '../../../lib/portals';
import { entriesSelector, repeatingAncestor, selectorWithin } from '../../../lib/teach/candidates';
import { buildRecipe, guessCategory } from '../../../lib/teach/build-recipe';

const DIR = join(__dirname, '../../fixtures/taught');
const FIRST = 'https://clients.harbor-it.example/client/cases/HB-2041';
const SECOND = 'https://clients.harbor-it.example/client/cases/HB-2057';
const ctx = { now: new Date('2024-05-13T12:00:00Z'), timeZone: 'Europe/London' };

function load(file: string, url: string): Document {
  return new JSDOM(readFileSync(join(DIR, file), 'utf8'), { url }).window.document;
}

function taught(doc: Document) {
  const q = (selector: string) => {
    const element = doc.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
  // What the user clicks: somewhere in our first message, its author, time and text; the partner's reply; subject; status.
  const entry = repeatingAncestor(q('article[data-post="9001"] .post-text'));
  return buildRecipe(doc, FIRST, {
    entry,
    author: q('article[data-post="9001"] .post-author'),
    time: q('article[data-post="9001"] .post-date'),
    text: q('article[data-post="9001"] .post-text'),
    partnerEntry: q('article[data-post="9004"] .post-text'),
    subject: q('.case-title'),
    status: q('.case-state'),
  });
}

describe('teach this portal (issue 4)', () => {
  test('a click anywhere in a message picks the whole message, and the selector finds every message', () => {
    const doc = load('harbor-case-open.html', FIRST);
    const entry = repeatingAncestor(doc.querySelector('article[data-post="9007"] .post-text')!);
    expect(entry.getAttribute('data-post')).toBe('9007');
    expect(doc.querySelectorAll(entriesSelector(doc, entry))).toHaveLength(5);
    expect(selectorWithin(entry, entry.querySelector('.post-author')!)).toBe('span.post-author');
  });

  test('the recipe is valid, names the origin, and reads the taught page: ids, sides, times, status', () => {
    const doc = load('harbor-case-open.html', FIRST);
    const recipe = RecipeSchema.parse(taught(doc));
    expect(recipe.origins).toEqual(['https://clients.harbor-it.example']);
    const scrape = recognisePage(doc, FIRST, ctx, [recipe]);
    expect(scrape?.page).toBe('ticket');
    if (scrape?.page !== 'ticket') return;
    expect(scrape.ticket).toMatchObject({ ticketId: 'HB-2041', subject: 'Scanner on reception sends blank PDFs', status: { raw: 'In progress', category: 'open' } });
    expect(scrape.ticket.events.map((event) => [event.id, event.side, event.at])).toEqual([
      ['taught-9001', 'client', '2024-05-06T08:12:00Z'],
      ['taught-9004', 'partner', '2024-05-06T10:30:00Z'],
      ['taught-9007', 'client', '2024-05-06T10:41:00Z'],
      ['taught-9012', 'client', '2024-05-08T09:00:00Z'],
      ['taught-9015', 'client', '2024-05-10T08:30:00Z'],
    ]);
  });

  test('the same recipe reads another ticket of the portal, and nothing on another site', () => {
    const recipe = RecipeSchema.parse(taught(load('harbor-case-open.html', FIRST)));
    const second = recognisePage(load('harbor-case-second.html', SECOND), SECOND, ctx, [recipe]);
    expect(second?.page === 'ticket' && second.ticket.ticketId).toBe('HB-2057');
    expect(second?.page === 'ticket' && second.ticket.events.map((event) => event.side)).toEqual(['client', 'partner']);
    const elsewhere = 'https://other.example/client/cases/HB-2057';
    expect(recognisePage(load('harbor-case-second.html', elsewhere), elsewhere, ctx, [recipe])).toBeNull();
  });

  test.each([
    ['In progress', 'open'], ['Waiting for you', 'waiting_on_client'], ['Résolu', 'solved'], ['Closed', 'closed'], ['On hold', 'on_hold'], ['New', 'new'],
  ])('status "%s" is first guessed as %s', (status, category) => {
    expect(guessCategory(status)).toBe(category);
  });
});
