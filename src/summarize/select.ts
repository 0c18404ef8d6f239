import { isCandidate } from './candidates.js';
import { cosine, termVectors, type Vector } from './terms.js';

// Measured on the dev split of shared/eval (see scripts/eval-summary.js); flat near these values.
/** Share of the summary chosen by centrality (rounded up); the lead gives the rest. */
const CENTRAL_SHARE = 1 / 3;
/** Cosine similarity above which a sentence repeats one already chosen. */
const MAX_OVERLAP = 0.5;
/** Fewer terms: a heading, a caption or a fragment. */
const MIN_TERMS = 5;
/** More terms: often captions run into a sentence; never picked for centrality alone. */
const MAX_CENTRAL_TERMS = 45;
/** Words are compared by their first characters: a stemmer that needs no language data. */
const STEM_LENGTH = 6;

/**
 * Directed centrality (as in PacSum): how much each sentence is echoed by the sentences after
 * it, the sum of its cosine similarities with them. One pass from the end with a running sum of
 * the later vectors, so the cost is linear in the text, with no pairwise comparison.
 */
export function echoScores(vectors: Vector[]): number[] {
  const later: Vector = new Map();
  return vectors
    .reduceRight((scores: number[], vector) => {
      scores.push(cosine(vector, later));
      for (const [term, weight] of vector) later.set(term, (later.get(term) ?? 0) + weight);
      return scores;
    }, [])
    .reverse();
}

/**
 * Indices of the `count` key sentences, in document order. The lead is the backbone; a third of
 * the picks (at least one) go to the sentences most echoed by the rest of the text; questions,
 * quotations, furniture and near-duplicates of chosen sentences are skipped.
 */
export function pickKeySentences(sentences: string[], count: number): number[] {
  const k = Math.max(0, Math.floor(count)) || 0;
  const order = sentences.map((_, i) => i);
  if (k >= sentences.length) return order;
  const { vectors, lengths } = termVectors(sentences, STEM_LENGTH);
  const echo = echoScores(vectors);
  const isCandidateAt = (i: number) => isCandidate(sentences[i], lengths[i], MIN_TERMS);
  const central = order
    .filter((i) => lengths[i] >= MIN_TERMS && lengths[i] <= MAX_CENTRAL_TERMS)
    .sort((a, b) => echo[b] - echo[a] || a - b);

  const chosen: number[] = [];
  const take = (from: number[], upTo: number, ok: (i: number) => boolean) => {
    for (const i of from) {
      if (chosen.length >= upTo) return;
      if (ok(i) && !chosen.includes(i) && chosen.every((j) => cosine(vectors[i], vectors[j]) <= MAX_OVERLAP)) {
        chosen.push(i);
      }
    }
  };
  take(central, Math.ceil(k * CENTRAL_SHARE), isCandidateAt);
  take(order, k, isCandidateAt);
  take(order, k, () => true);
  return chosen.sort((a, b) => a - b);
}
