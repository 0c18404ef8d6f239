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
  vocabulary: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Scripts written without spaces between words: their terms are character bigrams. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * The terms of a sentence in any script, passed to `emit`: lower-cased words cut to their first
 * `stem` characters (a crude stemmer that needs no language data), or character bigrams where
 * words are not separated by spaces.
 */
export function forEachTerm(sentence: string, stem: number, emit: (term: string) => void): void {
  for (const [word] of sentence.toLowerCase().matchAll(WORD)) {
    if (!UNSPACED.test(word)) emit(word.slice(0, stem));
    else if (word.length === 1) emit(word);
    else for (let i = 0; i < word.length - 1; i++) emit(word.slice(i, i + 2));
  }
}

/**
 * Unit-length TF·ISF vectors, one per sentence: a term found in every sentence ("the", "de",
 * "的") weighs almost nothing, so no stopword lists are needed. Linear in the number of terms.
 */
export function termMatrix(sentences: string[], stem: number): TermMatrix {
  const n = sentences.length;
  const idOf = new Map<string, number>();
  const all: number[] = [];
  const start = new Int32Array(n + 1);
  const lengths = new Int32Array(n);
  sentences.forEach((sentence, i) => {
    forEachTerm(sentence, stem, (term) => {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      all.push(id);
    });
    start[i + 1] = all.length;
    lengths[i] = all.length - start[i];
  });
  // Sort each sentence's ids, then fold repeats into counts, compacting in place.
  const ids = Int32Array.from(all);
  const weights = new Float64Array(ids.length);
  const df = new Int32Array(idOf.size);
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
  return { start, ids, weights, lengths, vocabulary: idOf.size };
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
