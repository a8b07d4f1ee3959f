/**
 * HaloPSA / HaloITSM self-service portal (a React single-page app). UNVERIFIED MARKUP: built from the
 * class names a public restyling project documents (../shared/reference/portal-markup.md §9.1,
 * Interconnekt/HaloPSA-Styling), not from real pages; one fixture, tests/fixtures/halo. Halo marks no
 * side on its action history: entries are `unknown` until Settings name the client's people or e-mail
 * domains ("us"). Bodies are in same-origin iframes, read once loaded. The list view is a react-table
 * without links, so only ticket pages are read.
 */
import type { RecipeInput } from '../../model/recipe';

export const haloRecipe: RecipeInput = {
  format: 'plumbline-recipe',
  version: 1,
  id: 'halo',
  name: 'HaloPSA portal',
  verified: false,
  locales: ['en-GB', 'en'],
  hooks: ['iframe-body'],
  detect: {
    ticketUrl: ['/portal/ticket\\?(?:[^#]*&)?id=\\d+'],
    fingerprint: { all: ['.portal'], any: ['.portal-ticket-splitter', 'button.nhd-nav-btn'] },
    spa: true,
  },
  ticket: {
    ready: '.portal-ticket-splitter .page-title h1',
    id: [{ from: 'url', pattern: '[?&]id=(\\d+)' }],
    subject: [{ selector: '.portal-ticket-splitter .page-title h1' }],
    timeline: {
      entry: '.action-history-item.wcontainer',
      id: [{ attr: 'data-note-id' }],
      idPrefix: 'halo-action-',
      hashPrefix: 'halo-',
      author: [{ selector: '.detailsholder .who' }],
      time: [{ selector: '.detailsholder .when' }],
      side: { otherwise: 'unknown' },
    },
    anchor: '.portal-ticket-splitter .page-title h1',
  },
};
