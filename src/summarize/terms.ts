/**
 * Sentences as sparse unit vectors, packed in one set of arrays (few allocations, so long texts
 * cost no more per word than short ones): sentence `i` owns entries `start[i]` to `start[i + 1]`
 * of `ids` (term ids, increasing) and `weights`; `lengths[i]` counts its terms with repeats.
 */
export interface TermMatrix {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  lengths: Int32Array;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Scripts written without spaces between words: their terms are character bigrams. */
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** Terms are hashed into this many buckets ("the hashing trick"): bounded memory, no Map. */
export const BUCKETS = 1 << 14;

/**
 * Calls `emit` with the bucket of each term of a sentence, in any script: lower-cased words cut
 * to their first `stem` characters (a crude stemmer that needs no language data), or character
 * bigrams where words are not separated by spaces.
 */
export function forEachTerm(sentence: string, stem: number, emit: (bucket: number) => void): void {
  const hash = (text: string, from: number, to: number) => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) & (BUCKETS - 1);
  };
  for (const match of sentence.toLowerCase().matchAll(WORD)) {
    const [word] = match;
    if (!UNSPACED.test(word)) emit(hash(word, 0, Math.min(stem, word.length)));
    else if (word.length === 1) emit(hash(word, 0, 1));
    else for (let i = 0; i < word.length - 1; i++) emit(hash(word, i, i + 2));
  }
}

/**
 * Unit-length TF·ISF vectors, one per sentence: a term found in every sentence ("the", "de",
 * "的") weighs almost nothing, so no stopword lists are needed. Linear in the number of terms.
 */
export function termMatrix(sentences: string[], stem: number): TermMatrix {
  const n = sentences.length;
  // A sentence has at most one term per character: one allocation, no growing array.
  const ids = new Int32Array(sentences.reduce((sum, s) => sum + s.length, 0));
  const start = new Int32Array(n + 1);
  const lengths = new Int32Array(n);
  let count = 0;
  sentences.forEach((sentence, i) => {
    forEachTerm(sentence, stem, (bucket) => (ids[count++] = bucket));
    start[i + 1] = count;
    lengths[i] = count - start[i];
  });
  // Sort each sentence's ids, then fold repeats into counts, compacting in place.
  const weights = new Float64Array(ids.length);
  const df = new Int32Array(BUCKETS);
  let write = 0;
  for (let i = 0; i < n; i++) {
    const from = start[i];
    ids.subarray(from, start[i + 1]).sort();
    start[i] = write;
    for (let r = from; r < from + lengths[i]; r++) {
      if (r > from && ids[r] === ids[r - 1]) weights[write - 1]++;
      else (ids[write] = ids[r]), (weights[write++] = 1), df[ids[r]]++;
    }
  }
  start[n] = write;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let e = start[i]; e < start[i + 1]; e++) {
      weights[e] *= Math.log((n + 1) / df[ids[e]]);
      norm += weights[e] * weights[e];
    }
    norm = Math.sqrt(norm) || 1;
    for (let e = start[i]; e < start[i + 1]; e++) weights[e] /= norm;
  }
  return { start, ids, weights, lengths };
}

/** The cosine similarity of sentences `a` and `b` (a merge of their sorted ids). */
export function cosine({ start, ids, weights }: TermMatrix, a: number, b: number): number {
  let sum = 0;
  for (let i = start[a], j = start[b]; i < start[a + 1] && j < start[b + 1]; ) {
    const d = ids[i] - ids[j];
    if (d === 0) sum += weights[i++] * weights[j++];
    else if (d < 0) i++;
    else j++;
  }
  return sum;
}
