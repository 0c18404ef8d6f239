/** A sparse term vector: term → weight. */
export type TermVector = Map<string, number>;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Scripts written without spaces between words: their terms are character bigrams. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * The terms of a sentence in any script: lower-cased words cut to their first `stem` characters
 * (a crude stemmer that needs no language data), or character bigrams where words are unspaced.
 */
export function termsOf(sentence: string, stem: number): string[] {
  const terms: string[] = [];
  for (const [word] of sentence.toLowerCase().matchAll(WORD)) {
    if (UNSPACED.test(word)) {
      for (let i = 0; i < word.length - 1; i++) terms.push(word.slice(i, i + 2));
      if (word.length === 1) terms.push(word);
    } else terms.push(word.slice(0, stem));
  }
  return terms;
}

/**
 * Unit-length TF·ISF vectors, one per sentence: a term in every sentence ("the", "de", "的")
 * weighs nothing, so no stopword lists are needed. Linear in the number of terms.
 */
export function termVectors(sentences: string[][]): TermVector[] {
  const df = new Map<string, number>();
  for (const terms of sentences) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return sentences.map((terms) => {
    const v: TermVector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + Math.log((n + 1) / df.get(t)!));
    let norm = 0;
    for (const w of v.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** The dot product of two sparse vectors. */
export function dot(a: TermVector, b: TermVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let sum = 0;
  for (const [t, w] of a) sum += w * (b.get(t) ?? 0);
  return sum;
}

/** Adds `v` into `acc` in place. */
export function addInto(acc: TermVector, v: TermVector): void {
  for (const [t, w] of v) acc.set(t, (acc.get(t) ?? 0) + w);
}
