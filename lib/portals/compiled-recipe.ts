/**
 * A recipe compiled once (issue 6: selectors planned and regular expressions built per recipe, not per
 * entry or per page): what the engine runs. Compiling never touches the page.
 */
import type { RecipeInput, StatusCategory } from '../model';
import type { EntryKind } from '../model/recipe';
import { compileMatch, compilePattern, compilePicks, type CompiledMatch, type CompiledPicks } from './field-pick';

type SideFallback = 'requester-is-client' | 'client' | 'partner' | 'unknown';

export interface CompiledKind {
  readonly match: CompiledMatch;
  readonly type: EntryKind['type'];
  readonly from?: CompiledPicks;
  readonly to?: CompiledPicks;
}

export interface CompiledRecipe {
  readonly source: RecipeInput;
  readonly locales: readonly string[];
  readonly detect: {
    readonly ticketUrl: readonly RegExp[];
    readonly listUrl: readonly RegExp[];
    readonly all: readonly string[];
    readonly any: readonly string[];
    readonly none: readonly string[];
    readonly text: readonly { selector: string; pattern: RegExp }[];
  };
  /** Status text → category, whole text, case-insensitive. */
  readonly statuses: readonly { pattern: RegExp; category: StatusCategory }[];
  readonly ticket: {
    readonly ready?: string;
    readonly id: CompiledPicks;
    readonly subject: CompiledPicks;
    readonly status?: CompiledPicks;
    readonly priority?: CompiledPicks;
    readonly assignee?: CompiledPicks;
    readonly requester?: CompiledPicks;
    readonly createdAt?: CompiledPicks;
    readonly updatedAt?: CompiledPicks;
    readonly anchor: string;
  };
  readonly timeline: {
    readonly entry: string;
    readonly skip?: string;
    readonly id?: CompiledPicks;
    readonly idPrefix: string;
    readonly hashPrefix: string;
    readonly author?: CompiledPicks;
    readonly time: CompiledPicks;
    readonly body?: CompiledPicks;
    readonly side: {
      readonly system?: CompiledMatch;
      readonly partner?: CompiledMatch;
      readonly client?: CompiledMatch;
      readonly otherwise: SideFallback;
      readonly unmarkedWhenPartnerMarked?: 'client' | 'partner' | 'unknown';
    };
    readonly kinds: readonly CompiledKind[];
    /** Znuny/OTRS article bodies in iframes (hook `iframe-body`). */
    readonly iframeBodies: boolean;
  };
  readonly list?: {
    readonly ready?: string;
    readonly row: string;
    readonly id: CompiledPicks;
    readonly subject: CompiledPicks;
    readonly link: CompiledPicks;
    readonly status?: CompiledPicks;
    readonly createdAt?: CompiledPicks;
    readonly updatedAt?: CompiledPicks;
    readonly anchor: string;
  };
}

/** Optional fields stay absent (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function compileRecipe(recipe: RecipeInput): CompiledRecipe {
  const { detect, ticket, list } = recipe;
  const timeline = ticket.timeline;
  const side = timeline.side;
  const idPrefix = timeline.idPrefix ?? `${recipe.id}-`;
  return {
    source: recipe,
    locales: recipe.locales ?? ['en'],
    detect: {
      ticketUrl: detect.ticketUrl.map(compilePattern),
      listUrl: list ? (detect.listUrl ?? []).map(compilePattern) : [],
      all: detect.fingerprint.all ?? [],
      any: detect.fingerprint.any ?? [],
      none: detect.fingerprint.none ?? [],
      text: (detect.fingerprint.text ?? []).map(({ selector, pattern }) => ({ selector, pattern: compilePattern(pattern) })),
    },
    statuses: (recipe.statuses ?? []).map(({ pattern, category }) => ({ pattern: compilePattern(`^(?:${pattern})$`), category })),
    ticket: {
      ...optional('ready', ticket.ready),
      id: compilePicks(ticket.id),
      subject: compilePicks(ticket.subject),
      ...optional('status', compilePicks(ticket.status)),
      ...optional('priority', compilePicks(ticket.priority)),
      ...optional('assignee', compilePicks(ticket.assignee)),
      ...optional('requester', compilePicks(ticket.requester)),
      ...optional('createdAt', compilePicks(ticket.createdAt)),
      ...optional('updatedAt', compilePicks(ticket.updatedAt)),
      anchor: ticket.anchor,
    },
    timeline: {
      entry: timeline.entry,
      ...optional('skip', timeline.skip),
      ...optional('id', compilePicks(timeline.id)),
      idPrefix,
      hashPrefix: timeline.hashPrefix ?? idPrefix,
      ...optional('author', compilePicks(timeline.author)),
      time: compilePicks(timeline.time),
      ...optional('body', compilePicks(timeline.body)),
      side: {
        ...optional('system', side.system && compileMatch(side.system)),
        ...optional('partner', side.partner && compileMatch(side.partner)),
        ...optional('client', side.client && compileMatch(side.client)),
        otherwise: side.otherwise ?? 'unknown',
        ...optional('unmarkedWhenPartnerMarked', side.unmarkedWhenPartnerMarked),
      },
      kinds: (timeline.kinds ?? []).map((kind) => ({
        match: compileMatch(kind.match),
        type: kind.type,
        ...optional('from', compilePicks(kind.from)),
        ...optional('to', compilePicks(kind.to)),
      })),
      iframeBodies: recipe.hooks?.includes('iframe-body') ?? false,
    },
    ...optional(
      'list',
      list && {
        ...optional('ready', list.ready),
        row: list.row,
        id: compilePicks(list.id),
        subject: compilePicks(list.subject),
        link: compilePicks(list.link),
        ...optional('status', compilePicks(list.status)),
        ...optional('createdAt', compilePicks(list.createdAt)),
        ...optional('updatedAt', compilePicks(list.updatedAt)),
        anchor: list.anchor,
      },
    ),
  };
}
