/**
 * Recurrence (metrics.md §9.2 M8, §7 "Recurrence"): a new ticket T2 "came back" from an earlier T1 when
 *
 *   - both are on the same portal origin (the same partner, the same client), and
 *   - 0 ≤ T2.created − T1.resolved ≤ 30 days (Settings.thresholds.recurrenceWatchDays; ≤ 7 days,
 *     recurrenceAlertDays, is an alert, beyond it a watch), and
 *   - T2 names T1 explicitly — its subject or first message contains "#<T1 id>", "re: #<T1 id>" or
 *     "ticket <T1 id>" — or sim(T1, T2) ≥ θ (recurrenceSimilarity, 0.6; rubyclassifier duplicate detector),
 *     where sim = max(Jaccard of the normalised subject tokens, TF-IDF cosine over subject + first message).
 *
 * Of several earlier tickets, T2 came back from the one it names, else the most similar (ties: the most
 * recently resolved). Normalisation is in similarity-text.ts. TF-IDF is computed per origin:
 * tf = 1 + ln(count), idf = ln((1 + N) / (1 + df)) + 1, vectors of unit length.
 *
 * Recurring problems ("problem candidates", M8): tickets connected by similarity ≥ θ, an edge only between
 * tickets created at most 90 days apart; a connected group of at least 3 tickets of which at least 3 were
 * created within one 90-day span. The group lists every connected ticket, so a problem that keeps coming
 * back all year is one group, not several.
 *
 * Speed (10,000 tickets): tickets with identical tokens form one text class, compared once
 * (similarity-space.ts); the twins of a class are cut into "runs" spanning at most 7 days (by creation for
 * recurring problems, by resolution for comebacks), so an inverted index on the classes' prefix tokens,
 * sorted by time, finds every run inside the time window that may be similar — never a pair above θ lost
 * (the prefix filter), and never one comparison per twin. Pairs sharing no token have similarity 0.
 */
import type { Thresholds } from '../model/settings';
import type { ScoredTicket } from './scored-ticket';
import { buildSimilaritySpace, type SimilaritySpace } from './similarity-space';

const DAY = 86_400_000;

export interface RecurrenceOptions {
  /** Days after T1's resolution within which T2 counts (metrics.md M8 extended window, 30). */
  watchDays: number;
  /** Within this many days the recurrence is an alert (M8 strict window, 7). */
  alertDays: number;
  /** θ, 0–1 (0.6). */
  similarity: number;
  /** Recurring problems: tickets created within this many days (90). */
  groupWindowDays?: number;
  /** Recurring problems: at least this many tickets (3). */
  minGroupSize?: number;
}

export function recurrenceOptions(thresholds: Pick<Thresholds, 'recurrenceWatchDays' | 'recurrenceAlertDays' | 'recurrenceSimilarity'>): RecurrenceOptions {
  return { watchDays: thresholds.recurrenceWatchDays, alertDays: thresholds.recurrenceAlertDays, similarity: thresholds.recurrenceSimilarity };
}

export interface CameBack {
  /** The later ticket (T2). */
  key: string;
  /** The earlier ticket it came back from (T1). */
  fromKey: string;
  /** max(subjectSimilarity, textSimilarity). */
  similarity: number;
  subjectSimilarity: number;
  textSimilarity: number;
  reason: 'explicit-link' | 'similar';
  /** T2.created − T1.resolved. */
  gapMs: number;
  /** Within recurrenceAlertDays = alert, else watch (metrics.md M8: 7 d red, 30 d amber). */
  level: 'alert' | 'watch';
}

export interface RecurringGroup {
  origin: string;
  /** Oldest first. */
  keys: string[];
  firstCreatedAtMs: number;
  lastCreatedAtMs: number;
}

export interface Recurrence {
  /** By the later ticket's key: the earlier ticket it came back from. */
  cameBack: ReadonlyMap<string, CameBack>;
  groups: RecurringGroup[];
}

/** Twins of one text class whose times (creation or resolution) span at most RUN_SPAN_MS. */
interface Run {
  cls: number;
  /** Ticket positions, by time. */
  members: number[];
  /** Their times, ascending. */
  times: number[];
  first: number;
  last: number;
}
const RUN_SPAN_MS = 7 * DAY;

/** Cuts each class's tickets into runs by a time (ascending); tickets without that time are left out. */
function runsOf(classOf: Int32Array, classCount: number, time: Float64Array): Run[] {
  const byClass: number[][] = Array.from({ length: classCount }, () => []);
  classOf.forEach((cls, position) => {
    if (Number.isFinite(time[position]!)) byClass[cls]!.push(position);
  });
  const runs: Run[] = [];
  byClass.forEach((positions, cls) => {
    positions.sort((a, b) => time[a]! - time[b]! || a - b);
    let run: Run | null = null;
    for (const position of positions) {
      const at = time[position]!;
      if (!run || at - run.first > RUN_SPAN_MS) {
        run = { cls, members: [], times: [], first: at, last: at };
        runs.push(run);
      }
      run.members.push(position);
      run.times.push(at);
      run.last = at;
    }
  });
  runs.sort((a, b) => a.first - b.first || a.cls - b.cls);
  return runs;
}

/**
 * An inverted index in compressed rows: the runs of term t are entries[offsets[t] … offsets[t + 1]),
 * sorted by their first time, kept alongside (keys), so a time window is one binary search away.
 */
interface Postings {
  offsets: Int32Array;
  entries: Int32Array;
  keys: Float64Array;
}

function buildPostings(runs: readonly Run[], space: SimilaritySpace): Postings {
  const offsets = new Int32Array(space.termCount + 1);
  const termsOf = (run: Run) => {
    const cls = space.classes[run.cls]!;
    return cls.comparable ? new Set([...cls.subjectPrefix, ...cls.textPrefix]) : new Set<number>();
  };
  const runTerms = runs.map(termsOf);
  for (const terms of runTerms) for (const term of terms) offsets[term + 1]! += 1;
  for (let term = 0; term < space.termCount; term += 1) offsets[term + 1]! += offsets[term]!;
  const fill = offsets.slice(0, space.termCount);
  const entries = new Int32Array(offsets[space.termCount]!);
  const keys = new Float64Array(entries.length);
  runTerms.forEach((terms, index) => {
    for (const term of terms) {
      const at = fill[term]!++;
      entries[at] = index;
      keys[at] = runs[index]!.first;
    }
  });
  return { offsets, entries, keys };
}

/** First position in [from, to) of a sorted array whose value is ≥ min. */
function lowerBound(values: ArrayLike<number>, from: number, to: number, min: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < min) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Runs in the index that share a prefix token with class `cls` and start in [min, max], each once (in no
 * order), written to `out`; returns how many.
 */
function candidateRuns(postings: Postings, space: SimilaritySpace, cls: number, min: number, max: number, seen: Int32Array, stamp: number, out: Int32Array): number {
  const textClass = space.classes[cls]!;
  if (!textClass.comparable) return 0;
  let found = 0;
  for (let side = 0; side < 2; side += 1) {
    const prefix = side === 0 ? textClass.subjectPrefix : textClass.textPrefix;
    for (let p = 0; p < prefix.length; p += 1) {
      const term = prefix[p]!;
      const end = postings.offsets[term + 1]!;
      for (let position = lowerBound(postings.keys, postings.offsets[term]!, end, min); position < end; position += 1) {
        if (postings.keys[position]! > max) break;
        const run = postings.entries[position]!;
        if (seen[run] === stamp) continue;
        seen[run] = stamp;
        out[found++] = run;
      }
    }
  }
  return found;
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }
  find(value: number): number {
    let root = value;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[value] !== root) {
      const next = this.parent[value]!;
      this.parent[value] = root;
      value = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

function originRecurrence(tickets: readonly ScoredTicket[], options: Required<RecurrenceOptions>, cameBack: Map<string, CameBack>, groups: RecurringGroup[]): void {
  const inputCreated = Float64Array.from(tickets, (ticket) => ticket.createdAtMs);
  const sorted = Array.from(tickets, (_, index) => index)
    .sort((a, b) => inputCreated[a]! - inputCreated[b]! || (tickets[a]!.key < tickets[b]!.key ? -1 : tickets[a]!.key > tickets[b]!.key ? 1 : 0))
    .map((index) => tickets[index]!);
  const threshold = options.similarity;
  const space = buildSimilaritySpace(sorted, threshold);
  const { classOf } = space;
  const count = sorted.length;
  const classCount = space.classes.length;
  const createdAt = Float64Array.from(sorted, (ticket) => ticket.createdAtMs);
  const resolvedAt = Float64Array.from(sorted, (ticket) => ticket.resolvedAtMs ?? Infinity);
  const similar = (value: number) => value >= threshold && value > 0;
  const watchMs = options.watchDays * DAY;
  const alertMs = options.alertDays * DAY;
  const groupMs = options.groupWindowDays * DAY;

  // Came back: for each ticket, the earlier ticket it names, else the most similar resolved within the
  // watch window before it was created (ties: the most recently resolved).
  const resolutionRuns = runsOf(classOf, classCount, resolvedAt);
  const resolutionIndex = buildPostings(resolutionRuns, space);
  const seenRun = new Int32Array(resolutionRuns.length).fill(-1);
  const found = new Int32Array(resolutionRuns.length);
  const byId = new Map<string, number>();
  sorted.forEach((ticket, position) => byId.set(ticket.ticketId.toLowerCase(), position));
  // Class by class (a class's vector stays loaded for its comparisons), each ticket in creation order.
  const byClass = Array.from({ length: classCount }, (): number[] => []);
  classOf.forEach((cls, position) => byClass[cls]!.push(position));
  let stamp = 0;
  let created = 0;
  let bestFrom = -1;
  let bestLink = false;
  let best = 0;
  let bestSubject = 0;
  let bestText = 0;
  const consider = (from: number, similarity: number, link: boolean) => {
    const resolved = resolvedAt[from]!;
    const better = bestFrom < 0 || (link && !bestLink) || (link === bestLink && (similarity > best || (similarity === best && resolved > resolvedAt[bestFrom]!)));
    if (!better) return;
    bestFrom = from;
    bestLink = link;
    best = similarity;
    bestSubject = space.lastSubject;
    bestText = space.lastText;
  };
  const memo = new Float64Array(classCount);
  const memoSubject = new Float64Array(classCount);
  const memoText = new Float64Array(classCount);
  const memoStamp = new Int32Array(classCount).fill(-1);
  let memoFor = -1;
  for (const positions of byClass) {
    memoFor += 1;
    for (const position of positions) {
      const ticket = sorted[position]!;
      created = createdAt[position]!;
      const cls = classOf[position]!;
      bestFrom = -1;
      bestLink = false;
      best = 0;
      for (const id of ticket.similarity.referencedIds) {
        const from = byId.get(id);
        if (from === undefined || from === position) continue;
        const resolved = resolvedAt[from]!;
        if (resolved <= created && created - resolved <= watchMs) consider(from, space.similarity(cls, classOf[from]!), true);
      }
      const candidates = candidateRuns(resolutionIndex, space, cls, created - watchMs - RUN_SPAN_MS, created, seenRun, stamp++, found);
      for (let c = 0; c < candidates; c += 1) {
        const run = resolutionRuns[found[c]!]!;
        // The run's most recent ticket resolved by this ticket's creation, within the watch window.
        let at = lowerBound(run.times, 0, run.times.length, created + 1) - 1;
        if (at >= 0 && run.members[at] === position) at -= 1;
        if (at < 0 || created - run.times[at]! > watchMs) continue;
        // Every ticket of this class meets the same classes: compare each pair once.
        if (memoStamp[run.cls] !== memoFor) {
          memoStamp[run.cls] = memoFor;
          memo[run.cls] = space.similarity(cls, run.cls);
          memoSubject[run.cls] = space.lastSubject;
          memoText[run.cls] = space.lastText;
        }
        const similarity = memo[run.cls]!;
        space.lastSubject = memoSubject[run.cls]!;
        space.lastText = memoText[run.cls]!;
        if (similar(similarity)) consider(run.members[at]!, similarity, false);
      }
      if (bestFrom >= 0) {
        const gapMs = created - resolvedAt[bestFrom]!;
        cameBack.set(ticket.key, {
          key: ticket.key,
          fromKey: sorted[bestFrom]!.key,
          similarity: best,
          subjectSimilarity: bestSubject,
          textSimilarity: bestText,
          reason: bestLink ? 'explicit-link' : 'similar',
          gapMs,
          level: gapMs <= alertMs ? 'alert' : 'watch',
        });
      }
    }
  }

  // Recurring problems: tickets linked by similarity, created at most 90 days apart. Twins in a run
  // (≤ 7 days) are linked; consecutive runs of a class when ≤ 90 days apart; two runs of different
  // classes when similar and some of their tickets ≤ 90 days apart — then the first ticket of the later
  // run is ≤ 90 days after a ticket of the earlier one (runs span ≤ 7 days ≤ 90).
  const creationRuns = runsOf(classOf, classCount, createdAt);
  const creationIndex = buildPostings(creationRuns, space);
  const sets = new DisjointSets(count);
  const lastRunOfClass = new Int32Array(classCount).fill(-1);
  const seenGroupRun = new Int32Array(creationRuns.length).fill(-1);
  const near = new Int32Array(creationRuns.length);
  creationRuns.forEach((run, runIndex) => {
    const comparable = space.classes[run.cls]!.comparable;
    const head = run.members[0]!;
    if (comparable) for (const member of run.members) sets.union(head, member);
    const previous = lastRunOfClass[run.cls]!;
    if (comparable && previous >= 0 && run.first - creationRuns[previous]!.last <= groupMs) sets.union(creationRuns[previous]!.members[0]!, head);
    lastRunOfClass[run.cls] = runIndex;
    const candidates = candidateRuns(creationIndex, space, run.cls, run.first - groupMs - RUN_SPAN_MS, run.first, seenGroupRun, runIndex, near);
    for (let c = 0; c < candidates; c += 1) {
      const otherIndex = near[c]!;
      if (otherIndex >= runIndex) continue;
      const other = creationRuns[otherIndex]!;
      if (other.cls === run.cls || other.last < run.first - groupMs) continue;
      if (sets.find(other.members[0]!) === sets.find(head)) continue;
      if (similar(space.similarity(run.cls, other.cls))) sets.union(other.members[0]!, head);
    }
  });

  const components = new Map<number, number[]>();
  for (let position = 0; position < count; position += 1) {
    const root = sets.find(position);
    const members = components.get(root);
    if (members) members.push(position);
    else components.set(root, [position]);
  }
  for (const members of components.values()) {
    if (members.length < options.minGroupSize) continue;
    // At least minGroupSize of them created within one group window (members are in creation order).
    let dense = false;
    for (let start = 0, end = 0; end < members.length && !dense; end += 1) {
      while (createdAt[members[end]!]! - createdAt[members[start]!]! > groupMs) start += 1;
      dense = end - start + 1 >= options.minGroupSize;
    }
    if (!dense) continue;
    groups.push({
      origin: sorted[members[0]!]!.origin,
      keys: members.map((member) => sorted[member]!.key),
      firstCreatedAtMs: createdAt[members[0]!]!,
      lastCreatedAtMs: createdAt[members.at(-1)!]!,
    });
  }
}

/** Recurrences among the given tickets (all origins; tickets are only ever compared within their origin). */
export function findRecurrences(tickets: readonly ScoredTicket[], options: RecurrenceOptions): Recurrence {
  const full: Required<RecurrenceOptions> = { ...options, groupWindowDays: options.groupWindowDays ?? 90, minGroupSize: options.minGroupSize ?? 3 };
  const byOrigin = new Map<string, ScoredTicket[]>();
  for (const ticket of tickets) {
    const list = byOrigin.get(ticket.origin);
    if (list) list.push(ticket);
    else byOrigin.set(ticket.origin, [ticket]);
  }
  const cameBack = new Map<string, CameBack>();
  const groups: RecurringGroup[] = [];
  for (const list of byOrigin.values()) originRecurrence(list, full, cameBack, groups);
  groups.sort((a, b) => a.firstCreatedAtMs - b.firstCreatedAtMs || (a.origin < b.origin ? -1 : 1));
  return { cameBack, groups };
}
