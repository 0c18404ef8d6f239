/**
 * The extractive summarizer: the key sentences of a text, verbatim and in document order, picked
 * in the browser with no model and no network. Pure functions, no DOM.
 */
import { pickKeySentences } from './select.js';
import { splitSentences } from './sentences.js';

export interface SummarizeOptions {
  /** How many sentences to return (default 3); a shorter text is returned whole. */
  sentences?: number;
  /** BCP 47 language of the text, for sentence segmentation and abbreviations. */
  lang?: string;
}

/** The key sentences of `text` (plain text, paragraphs separated by blank lines). */
export function summarize(text: string, options: SummarizeOptions = {}): string[] {
  const { sentences = 3, lang } = options;
  const all = splitSentences(text, lang);
  return pickKeySentences(all, sentences).map((i) => all[i]);
}

export { splitSentences } from './sentences.js';
