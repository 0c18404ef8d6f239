/**
 * `make()`'s result, made on the first call and kept. The summarizer's Unicode patterns are made
 * this way: parsing a `\p{…}` class costs a fraction of a millisecond, and a module-level pattern
 * costs it while the bundle loads, before the article shows, on pages nobody summarizes.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
