/** A sentence as a sparse unit vector: term ids in increasing order and their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
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
 * "的") weighs almost nothing, so no stopword lists are needed. Terms become small integer ids
 * at once (`vocabulary` of them), which keeps the cost linear and the garbage collector idle.
 */
export function termVectors(sentences: string[], stem: number) {
  const idOf = new Map<string, number>();
  const bags = sentences.map((sentence) => {
    const ids: number[] = [];
    forEachTerm(sentence, stem, (term) => {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      ids.push(id);
    });
    return Int32Array.from(ids).sort();
  });
  const df = new Int32Array(idOf.size);
  for (const ids of bags) ids.forEach((id, i) => (i && ids[i - 1] === id) || df[id]++);
  const n = sentences.length;
  const vectors = bags.map((sorted): TermVector => {
    const ids: number[] = [];
    const weights: number[] = [];
    sorted.forEach((id, i) => {
      const w = Math.log((n + 1) / df[id]);
      if (i && sorted[i - 1] === id) weights[weights.length - 1] += w;
      else ids.push(id), weights.push(w);
    });
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    return { ids: Int32Array.from(ids), weights: Float64Array.from(weights, (w) => w / norm) };
  });
  return { vectors, vocabulary: idOf.size, lengths: bags.map((ids) => ids.length) };
}

/** The cosine similarity of two unit vectors (a merge of their sorted ids). */
export function cosine(a: TermVector, b: TermVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const d = a.ids[i] - b.ids[j];
    if (d === 0) sum += a.weights[i++] * b.weights[j++];
    else if (d < 0) i++;
    else j++;
  }
  return sum;
}
