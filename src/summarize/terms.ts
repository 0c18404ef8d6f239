import { lazyPattern } from './lazy-pattern.js';

/** A sentence as a sparse vector: term → weight. A term is a word, or a bigram as a number. */
export type Vector = Map<string | number, number>;

const WORD = lazyPattern(String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*`, 'gu');
/** Scripts written without spaces between words: their terms are character bigrams. */
const UNSPACED = lazyPattern(
  String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]`,
  'u',
);

/**
 * The terms of a sentence, in any script, as term → count: lower-cased words cut to their first
 * `stem` characters (a crude stemmer that needs no language data), or character bigrams where
 * words are not separated by spaces.
 */
function termCounts(sentence: string, stem: number): Vector {
  const counts: Vector = new Map();
  const add = (term: string | number) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [word] of sentence.toLowerCase().matchAll(WORD())) {
    if (!UNSPACED().test(word)) add(word.slice(0, stem));
    // Two UTF-16 code units as one number: no string to make and hash for each of them.
    else for (let i = 0; i < word.length - 1 || !i; i++) add(word.charCodeAt(i) * 65536 + (word.charCodeAt(i + 1) || 0));
  }
  return counts;
}

/**
 * Unit-length TF·ISF vectors, one per sentence, and each sentence's number of terms: a term
 * found in every sentence ("the", "de", "的") weighs almost nothing, so no stopword lists are
 * needed. Linear in the number of terms.
 */
export function termVectors(sentences: string[], stem: number) {
  const lengths: number[] = [];
  const df = new Map<string | number, number>();
  const vectors = sentences.map((sentence) => {
    const counts = termCounts(sentence, stem);
    let length = 0;
    for (const [term, count] of counts) df.set(term, (df.get(term) ?? 0) + 1), (length += count);
    lengths.push(length);
    return counts;
  });
  // Each distinct term's inverse sentence frequency, computed once.
  for (const [term, count] of df) df.set(term, Math.log((sentences.length + 1) / count));
  for (const vector of vectors) {
    let norm = 0;
    for (const [term, count] of vector) norm += (count * df.get(term)!) ** 2;
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (const [term, count] of vector) vector.set(term, count * df.get(term)! * scale);
  }
  return { vectors, lengths };
}

/** The cosine similarity of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}
