import { isCandidate } from './candidates.js';
import type { Sentence } from './sentences.js';
import { cosine, termVectors, type Vector } from './terms.js';
import { lazyPattern } from './lazy-pattern.js';

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
/** Longer "sentences" (a run of abbreviations, a text without stops) are never shown. */
export const MAX_SENTENCE_LENGTH = 1000;
/**
 * Within a section, how much a sentence's facts (numbers, names: up to 3) raise its centrality.
 * Measured on dev's synthetically sectioned articles: R1 39.2 → 40.1 at 0.2 (flat from 0.1 to 0.3).
 * The same weight on the whole-text ranking lowered CNN/DM R1 (42.2 → 41.9), so it is not used there.
 */
const FACT_WEIGHT = 0.2;
const FACT = lazyPattern(String.raw`\p{N}+|\s\p{Lu}\p{L}+`, 'gu');
/** Most points a sectioned text gets by default: the lead's and one per section. */
const MAX_SECTIONED_DEFAULT = 5;

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
      add(later, vector);
      return scores;
    }, [])
    .reverse();
}

function add(sum: Vector, vector: Vector) {
  for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
}

/** The sections after the lead (the first section with text), each a list of sentence indices. */
function laterSections(sentences: Sentence[]): number[][] {
  const sections = new Map<number, number[]>();
  sentences.forEach(({ section }, i) => {
    if (!sections.has(section)) sections.set(section, []);
    sections.get(section)!.push(i);
  });
  return [...sections.values()].slice(1);
}

/** How many points a summary of `sentences` has when the page does not say: 3, or one per section. */
export const defaultCount = (sentences: Sentence[]) =>
  Math.max(3, Math.min(MAX_SECTIONED_DEFAULT, 1 + laterSections(sentences).length));

/**
 * Indices of the `count` key sentences, in document order. Without headings, the lead is the
 * backbone and a third of the picks (at least one) go to the sentences most echoed by the rest of
 * the text. With headings, the lead's key sentence comes first, then the most central sentence of
 * each of the longest sections. Questions, quotations, furniture, overlong sentences and
 * near-duplicates of chosen sentences are skipped; at most one point comes from the first block.
 */
export function pickKeySentences(sentences: Sentence[], count: number): number[] {
  const k = Math.max(0, Math.floor(count)) || 0;
  const texts = sentences.map((s) => s.text);
  // A point has words, not only numbers ("1.2.3.4.") or marks, and is not overlong ("U.S. U.S. …"):
  // other sentences are never shown, so their words are not read (the overlong would cost most).
  const { vectors, lengths } = termVectors(
    texts.map((text) => (text.length <= MAX_SENTENCE_LENGTH && /\p{L}/u.test(text) ? text : '')),
    STEM_LENGTH,
  );
  const usable = (i: number) => lengths[i] > 0;
  const order = texts.map((_, i) => i).filter(usable);
  if (k >= order.length) return order;
  const echo = echoScores(vectors);
  const isCandidateAt = (i: number) => isCandidate(texts[i], lengths[i], MIN_TERMS);
  const central = order
    .filter((i) => lengths[i] >= MIN_TERMS && lengths[i] <= MAX_CENTRAL_TERMS)
    .sort((a, b) => echo[b] - echo[a] || a - b);

  const chosen: number[] = [];
  const sections = laterSections(sentences);
  // A sectioned text has a point for the rest of the article: the lead's first paragraph gives one.
  const firstBlock = sections.length ? sentences[order[0]].block : -1;
  const take = (from: number[], upTo: number, ok: (i: number) => boolean) => {
    for (const i of from) {
      if (chosen.length >= upTo) return;
      const again = sentences[i].block === firstBlock && chosen.some((j) => sentences[j].block === firstBlock);
      if (!again && !chosen.includes(i) && chosen.every((j) => cosine(vectors[i], vectors[j]) <= MAX_OVERLAP) && ok(i)) {
        chosen.push(i);
      }
    }
  };
  if (sections.length) {
    const lead = sentences[order[0]].section;
    const inLead = (i: number) => sentences[i].section === lead;
    take(central.filter(inLead), 1, isCandidateAt);
    take(order.filter(inLead), 1, isCandidateAt);
    // The longest sections first; in each, the sentence closest to the section's own subject,
    // preferring one with facts.
    const terms = (section: number[]) => section.reduce((sum, i) => sum + lengths[i], 0);
    for (const section of sections.sort((a, b) => terms(b) - terms(a))) {
      const sum: Vector = new Map();
      for (const i of section) add(sum, vectors[i]);
      const score = (i: number) =>
        cosine(vectors[i], sum) * (1 + (FACT_WEIGHT * Math.min(3, texts[i].match(FACT())?.length ?? 0)) / 3);
      const ranked = section.filter(usable).sort((a, b) => score(b) - score(a) || a - b);
      take(ranked, Math.min(k, chosen.length + 1), isCandidateAt);
    }
  }
  take(central, Math.ceil(k * CENTRAL_SHARE), isCandidateAt);
  take(order, k, isCandidateAt);
  take(order, k, () => true);
  return chosen.sort((a, b) => a - b);
}
