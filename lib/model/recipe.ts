import { z } from './zod';
import { StatusCategorySchema } from './status';
import { OriginSchema, PortalIdSchema } from './snapshot';

/**
 * A recipe: how to recognise one helpdesk portal and read its requester pages, as data (issue 4,
 * DESIGN.md "one recipe per portal, one engine that runs them"). Built-in recipes live in
 * lib/portals/recipes/; users teach new ones with the picker and share them as JSON files, so every
 * field here is validated and bounded: an imported recipe is untrusted input.
 *
 * How the engine reads a recipe (lib/portals/engine.ts):
 * - A `FieldPick` reads one string. Its scope is the document for page fields, the entry for timeline
 *   fields and the row for list fields. `selector` finds the first match inside the scope (no selector:
 *   the scope itself); `label` looks inside the matches for a label element (dt, th, label, `.label`,
 *   `.Label`, `.Key`) whose text, trimmed, lower-cased and without a trailing colon, equals one of the
 *   labels, and reads the element that follows it (the next sibling element, else the label's parent's
 *   text after the label); `column` reads, in a table row, the cell under the header whose text matches;
 *   `from: 'url'` reads the page address instead of the DOM. Then `attr` reads that attribute instead of
 *   the text, `remove` drops matching descendants before reading text, and `pattern` keeps its first
 *   capture group (or the whole match). An empty result counts as missing. A field's value is a list of
 *   picks: the first that yields a value wins.
 * - A time field's string becomes a UTC instant: an ISO 8601 string with an offset is taken as is;
 *   anything else is display text read in the recipe's `locales` as wall-clock time in the user's zone
 *   ("Thu Mar 14 09:02:11 2024", "03/14/2024 09:02", "14 mars 2024 à 09:02") or relative text ("2 hours
 *   ago", "il y a 3 jours") against the capture time (lib/portals/display-time.ts).
 * - A `Match` says whether an element (an entry) is of some kind: it matches when the element itself
 *   matches `selector` or contains a match, and, when `pattern` is set, the text read by `pick` (default:
 *   the element's text) matches the pattern (case-insensitive).
 */

/** Longest selector or pattern we accept: imported recipes are untrusted input. */
const MAX_SELECTOR = 500;
const MAX_PATTERN = 300;

export const SelectorSchema = z.string().trim().min(1).max(MAX_SELECTOR);

/** A regular expression source, compiled case-insensitive. Refused when it does not compile. */
export const PatternSchema = z
  .string()
  .min(1)
  .max(MAX_PATTERN)
  .refine((source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

export const FieldPickSchema = z
  .object({
    selector: SelectorSchema.optional(),
    label: z.array(z.string().trim().min(1).max(100)).min(1).max(20).optional(),
    column: z.array(z.string().trim().min(1).max(100)).min(1).max(20).optional(),
    from: z.literal('url').optional(),
    attr: z.string().regex(/^[a-z][a-z0-9_:-]{0,60}$/i, 'not an attribute name').optional(),
    remove: SelectorSchema.optional(),
    pattern: PatternSchema.optional(),
    /** `block` keeps paragraphs and line breaks (message bodies); `inline` (default) collapses spaces. */
    text: z.enum(['inline', 'block']).optional(),
  })
  .strict();
export type FieldPick = z.infer<typeof FieldPickSchema>;

/** One pick or fallbacks in order. */
export const FieldPicksSchema = z.array(FieldPickSchema).min(1).max(8);
export type FieldPicks = z.infer<typeof FieldPicksSchema>;

/** Time fields are picks too; how their string becomes an instant is said above. */
export const TimePicksSchema = FieldPicksSchema;

export const MatchSchema = z
  .object({
    selector: SelectorSchema.optional(),
    pattern: PatternSchema.optional(),
    pick: FieldPicksSchema.optional(),
  })
  .strict()
  .refine((match) => match.selector !== undefined || match.pattern !== undefined, 'a match needs a selector or a pattern');
export type Match = z.infer<typeof MatchSchema>;

/**
 * Which side wrote an entry (DESIGN.md "Contract rules"): the first of `system`, `partner`, `client`
 * that matches decides; otherwise `otherwise`: `requester-is-client` compares the entry's author with
 * the ticket's requester (same name: client, else partner), the other values are taken as they are.
 */
export const SideRuleSchema = z
  .object({
    system: MatchSchema.optional(),
    partner: MatchSchema.optional(),
    client: MatchSchema.optional(),
    otherwise: z.enum(['requester-is-client', 'client', 'partner', 'unknown']).default('unknown'),
    /**
     * Themes that mark agents on some pages only: when at least one entry of the page matches `partner`,
     * entries that match nothing get this side instead of `otherwise` (Zendesk's agent icon, §1.2).
     */
    unmarkedWhenPartnerMarked: z.enum(['client', 'partner', 'unknown']).optional(),
  })
  .strict();
export type SideRule = z.infer<typeof SideRuleSchema>;

/**
 * Entries that are not messages: a status change (its `from`/`to` read as status text and mapped through
 * the recipe's statuses) or an assignment (`to` is the new owner; no `to`: the entry's author took it).
 */
export const EntryKindSchema = z
  .object({
    match: MatchSchema,
    type: z.enum(['status_change', 'assignment', 'other']),
    from: FieldPicksSchema.optional(),
    to: FieldPicksSchema.optional(),
  })
  .strict();
export type EntryKind = z.infer<typeof EntryKindSchema>;

export const TimelineRecipeSchema = z
  .object({
    /** Every timeline entry, messages and events, in document order. */
    entry: SelectorSchema,
    /** Entries to leave out (say, a form or a "load more" row that shares the entry's class). */
    skip: SelectorSchema.optional(),
    /** The portal's own id for the entry, stored as `idPrefix` + id; missing: `hashPrefix` + a hash of author + time + text. */
    id: FieldPicksSchema.optional(),
    idPrefix: z.string().regex(/^[\w:.-]{1,40}$/).optional(),
    hashPrefix: z.string().regex(/^[\w:.-]{1,40}$/).optional(),
    author: FieldPicksSchema.optional(),
    time: TimePicksSchema,
    body: FieldPicksSchema.optional(),
    side: SideRuleSchema,
    kinds: z.array(EntryKindSchema).max(20).default([]),
  })
  .strict();
export type TimelineRecipe = z.infer<typeof TimelineRecipeSchema>;

export const TicketPageRecipeSchema = z
  .object({
    /** The page is only read once this exists (single-page portals render late). */
    ready: SelectorSchema.optional(),
    id: FieldPicksSchema,
    subject: FieldPicksSchema,
    status: FieldPicksSchema.optional(),
    priority: FieldPicksSchema.optional(),
    assignee: FieldPicksSchema.optional(),
    requester: FieldPicksSchema.optional(),
    createdAt: TimePicksSchema.optional(),
    updatedAt: TimePicksSchema.optional(),
    timeline: TimelineRecipeSchema,
    /** Where the ticket badge goes (after this element). */
    anchor: SelectorSchema,
  })
  .strict();
export type TicketPageRecipe = z.infer<typeof TicketPageRecipeSchema>;

export const ListPageRecipeSchema = z
  .object({
    ready: SelectorSchema.optional(),
    row: SelectorSchema,
    id: FieldPicksSchema,
    subject: FieldPicksSchema,
    /** The ticket's address (an `href`, resolved against the page). */
    link: FieldPicksSchema,
    status: FieldPicksSchema.optional(),
    createdAt: TimePicksSchema.optional(),
    updatedAt: TimePicksSchema.optional(),
    /** Inside the row, where its badge goes (appended). */
    anchor: SelectorSchema,
  })
  .strict();
export type ListPageRecipe = z.infer<typeof ListPageRecipeSchema>;

/** Status text → category, tried in order (case-insensitive, whole text); unmatched text is `unknown`. */
export const StatusMappingSchema = z.array(z.object({ pattern: PatternSchema, category: StatusCategorySchema }).strict()).max(100);
export type StatusMapping = z.infer<typeof StatusMappingSchema>;

/**
 * How to recognise the portal: an address pattern for each page kind (tested against path + query +
 * hash, so hash-routed single-page portals work) and a DOM fingerprint, so a portal on a custom domain is
 * recognised and a look-alike is not. A page is recognised when its address matches and the fingerprint
 * holds: every `all` selector exists, at least one `any` selector exists or `text` pattern matches (when
 * either is given), and no `none` selector exists.
 */
export const DetectSchema = z
  .object({
    ticketUrl: z.array(PatternSchema).min(1).max(10),
    listUrl: z.array(PatternSchema).max(10).default([]),
    fingerprint: z
      .object({
        all: z.array(SelectorSchema).max(10).default([]),
        any: z.array(SelectorSchema).max(10).default([]),
        none: z.array(SelectorSchema).max(10).default([]),
        text: z.array(z.object({ selector: SelectorSchema, pattern: PatternSchema }).strict()).max(10).default([]),
      })
      .strict(),
    /** Single-page portals: watch the DOM and the hash for page changes. */
    spa: z.boolean().default(false),
  })
  .strict();
export type Detect = z.infer<typeof DetectSchema>;

export const RECIPE_FORMAT = 'plumbline-recipe';
export const RECIPE_VERSION = 1;

export const RecipeSchema = z
  .object({
    format: z.literal(RECIPE_FORMAT),
    version: z.literal(RECIPE_VERSION),
    /** A built-in portal id (`osticket`) or `recipe:<name>` for a taught one. */
    id: PortalIdSchema,
    name: z.string().trim().min(1).max(100),
    /** Taught recipes apply only on the origins they were taught on; built-ins anywhere. */
    origins: z.array(OriginSchema).max(50).optional(),
    /** Built-in only: whether the markup was checked against real pages or public templates. */
    verified: z.boolean().optional(),
    /** Languages of the dates the portal prints (BCP 47: en, en-GB, fr, de), tried in order. */
    locales: z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)).max(10).default(['en']),
    detect: DetectSchema,
    statuses: StatusMappingSchema.default([]),
    ticket: TicketPageRecipeSchema,
    list: ListPageRecipeSchema.optional(),
    /**
     * Named code hooks of the engine, for what data cannot express (say, Znuny's article bodies inside
     * iframes). Unknown names are ignored, so a shared recipe never runs code of its own.
     */
    hooks: z.array(z.string().regex(/^[a-z][a-z0-9-]{1,40}$/)).max(10).default([]),
  })
  .strict();
export type Recipe = z.infer<typeof RecipeSchema>;
export type RecipeInput = z.input<typeof RecipeSchema>;

/** A file of shared recipes ("Export recipes" / "Import recipes"). */
export const RECIPE_FILE_FORMAT = 'plumbline-recipes';
export const RecipeFileSchema = z
  .object({
    format: z.literal(RECIPE_FILE_FORMAT),
    version: z.literal(RECIPE_VERSION),
    exportedAt: z.iso.datetime().optional(),
    recipes: z.array(RecipeSchema).min(1).max(200),
  })
  .strict();
export type RecipeFile = z.infer<typeof RecipeFileSchema>;
