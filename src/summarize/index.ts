/**
 * The extractive summarizer: the key sentences of a text, verbatim and in document order, picked
 * in the browser with no model and no network. Pure functions, no DOM.
 */
import { defaultCount, pickKeySentences } from './select.js';
import { readSentences } from './sentences.js';

export interface SummarizeOptions {
  /**
   * How many sentences to return; a shorter text is returned whole. By default 3, or for a text
   * with headings one for the lead and one per section, up to 5.
   */
  sentences?: number;
  /** BCP 47 language of the text, for sentence segmentation and abbreviations. */
  lang?: string;
}

/**
 * The key sentences of `text`: plain text with paragraphs separated by blank lines, or markdown
 * whose `## headings` divide it into sections. Empty when the text has no usable sentence.
 */
export function summarize(text: string, options: SummarizeOptions = {}): string[] {
  const all = readSentences(text, options.lang);
  return pickKeySentences(all, options.sentences ?? defaultCount(all)).map((i) => all[i].text);
}

export { splitSentences } from './sentences.js';
