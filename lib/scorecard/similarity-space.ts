/**
 * The similarity of an origin's tickets (metrics.md §9.2 M8): sim = max(Jaccard of the normalised subject
 * tokens, TF-IDF cosine over subject + first message). TF-IDF over the origin's tickets:
 * tf = 1 + ln(count), idf = ln((1 + N) / (1 + df)) + 1, vectors of unit length.
 *
 * Tickets with exactly the same tokens share one "text class" (one vector, computed once): portals are
 * full of identical subjects ("Password reset") and the recurrence search works on classes where it can.
 *
 * Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007, "Scaling up all-pairs similarity
 * search") says which tokens to index and look up by: tokens get one global order, rarest first; a class's
 * subject prefix is its first |A| − ⌈θ|A|⌉ + 1 subject tokens in that order, its text prefix its first
 * text tokens until what is left has a length under θ. Two classes with sim ≥ θ always share a prefix
 * token: for Jaccard ≥ θ the subject prefixes intersect (the prefix-filter principle); for cosine ≥ θ the
 * first shared token in the global order lies in both text prefixes — otherwise every shared token is in
 * one class's suffix and the dot product is at most that suffix's length, < θ (Cauchy–Schwarz). Rare tokens
 * have short postings, so a lookup meets few candidates.
 */
import type { ScoredTicket } from './scored-ticket';

export interface TextClass {
  /** Distinct subject token ids, ascending. */
  subject: Int32Array;
  /** Text token ids, ascending, with their unit-length TF-IDF weights. */
  terms: Int32Array;
  weights: Float64Array;
  subjectPrefix: Int32Array;
  textPrefix: Int32Array;
  /** False when the ticket has no token at all: it is similar to nothing, not even its twins. */
  comparable: boolean;
}

export interface SimilaritySpace {
  classes: TextClass[];
  /** Text class of each ticket, by the ticket's position in the input. */
  classOf: Int32Array;
  termCount: number;
  /** Similarity of two classes; also leaves its two parts in `lastSubject` / `lastText`. */
  similarity(a: number, b: number): number;
  lastSubject: number;
  lastText: number;
}

export function buildSimilaritySpace(tickets: readonly ScoredTicket[], threshold: number): SimilaritySpace {
  // Token ids, and one class per distinct (subject tokens, text tokens) signature.
  const vocabulary = new Map<string, number>();
  const id = (token: string) => {
    let value = vocabulary.get(token);
    if (value === undefined) {
      value = vocabulary.size;
      vocabulary.set(token, value);
    }
    return value;
  };
  const signatures = new Map<string, number>();
  const classOf = new Int32Array(tickets.length);
  const raw: { subject: Int32Array; text: Int32Array }[] = [];
  tickets.forEach((ticket, position) => {
    let cls = signatures.get(ticket.similarity.signature);
    if (cls === undefined) {
      cls = raw.length;
      signatures.set(ticket.similarity.signature, cls);
      const subject = Int32Array.from(new Set(ticket.similarity.subjectTokens.map(id)));
      subject.sort();
      const text = Int32Array.from(ticket.similarity.textTokens, id);
      text.sort();
      raw.push({ subject, text });
    }
    classOf[position] = cls;
  });
  const termCount = vocabulary.size;

  // Document frequency over tickets (twins count each), then the global order: rarest first.
  const df = new Int32Array(termCount);
  const classSize = new Int32Array(raw.length);
  for (const cls of classOf) classSize[cls]! += 1;
  const distinctTerms = raw.map(({ subject, text }) => {
    const terms = Int32Array.from(new Set([...text, ...subject]));
    terms.sort();
    return terms;
  });
  distinctTerms.forEach((terms, cls) => {
    for (const term of terms) df[term]! += classSize[cls]!;
  });
  const order = Int32Array.from({ length: termCount }, (_, term) => term).sort((a, b) => df[a]! - df[b]! || a - b);
  const rank = new Int32Array(termCount);
  order.forEach((term, position) => (rank[term] = position));
  const byRank = (values: Int32Array) => Int32Array.from(values, (term) => rank[term]!).sort().map((position) => order[position]!);

  const n = tickets.length;
  const thresholdSquared = threshold * threshold * (1 - 1e-9);
  const classes: TextClass[] = raw.map(({ subject, text }, cls) => {
    const terms = distinctTerms[cls]!;
    const weights = new Float64Array(terms.length);
    let norm = 0;
    let t = 0;
    terms.forEach((term, index) => {
      // Count in the text (subject tokens are part of it; a subject token missing there counts once).
      let count = 0;
      while (t < text.length && text[t]! < term) t += 1;
      while (t < text.length && text[t] === term) {
        count += 1;
        t += 1;
      }
      const weight = (1 + Math.log(Math.max(1, count))) * (Math.log((1 + n) / (1 + df[term]!)) + 1);
      weights[index] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let index = 0; index < weights.length; index += 1) weights[index]! /= norm;

    const subjectOrdered = byRank(subject);
    const subjectPrefix = subjectOrdered.slice(0, Math.max(0, subjectOrdered.length - Math.ceil(threshold * subjectOrdered.length - 1e-9) + 1));
    const weightOf = new Map<number, number>();
    terms.forEach((term, index) => weightOf.set(term, weights[index]!));
    const textPrefix: number[] = [];
    let remaining = 1;
    for (const term of byRank(terms)) {
      if (remaining < thresholdSquared) break;
      textPrefix.push(term);
      const weight = weightOf.get(term)!;
      remaining -= weight * weight;
    }
    return { subject, terms, weights, subjectPrefix, textPrefix: Int32Array.from(textPrefix), comparable: terms.length > 0 };
  });

  // Comparisons spread one class over the vocabulary; a comparison is then one pass over the other's terms.
  const spreadWeights = new Float64Array(termCount);
  const spreadSubject = new Uint8Array(termCount);
  let spread = -1;
  const load = (cls: number) => {
    if (spread === cls) return;
    if (spread >= 0) {
      for (const term of classes[spread]!.terms) spreadWeights[term] = 0;
      for (const term of classes[spread]!.subject) spreadSubject[term] = 0;
    }
    const loaded = classes[cls]!;
    for (let k = 0; k < loaded.terms.length; k += 1) spreadWeights[loaded.terms[k]!] = loaded.weights[k]!;
    for (const term of loaded.subject) spreadSubject[term] = 1;
    spread = cls;
  };

  const space: SimilaritySpace = {
    classes,
    classOf,
    termCount,
    lastSubject: 0,
    lastText: 0,
    similarity(a, b) {
      const first = classes[a]!;
      const other = classes[b]!;
      if (!first.comparable || !other.comparable) {
        space.lastSubject = 0;
        space.lastText = 0;
        return 0;
      }
      // Keep the loaded class when it is one of the two (the caller usually holds one fixed).
      const [fixed, moving] = spread === b ? [b, a] : [a, b];
      load(fixed);
      const m = classes[moving]!;
      let dot = 0;
      for (let k = 0; k < m.terms.length; k += 1) dot += spreadWeights[m.terms[k]!]! * m.weights[k]!;
      let shared = 0;
      for (let k = 0; k < m.subject.length; k += 1) shared += spreadSubject[m.subject[k]!]!;
      const subjectSize = classes[fixed]!.subject.length + m.subject.length;
      space.lastSubject = shared > 0 ? shared / (subjectSize - shared) : 0;
      // Rounding can push identical texts a hair over 1.
      space.lastText = Math.min(1, dot);
      return Math.max(space.lastSubject, space.lastText);
    },
  };
  return space;
}
