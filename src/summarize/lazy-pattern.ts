/**
 * A regular expression made on its first use, from a pattern given as a string. The summarizer's
 * module-level patterns with Unicode classes are made this way: checking and parsing a `\p{…}`
 * class costs a fraction of a millisecond, which a regex literal pays twice before the article
 * shows (when the bundle is parsed, and when its module-level code runs), even on pages nobody
 * summarizes.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
