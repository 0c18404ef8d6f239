/**
 * Placeholder extractive summarizer: the first `sentences` sentences, verbatim, in order.
 * To be replaced by the position-aware summarizer (see src/summarize/README or issue 3).
 */
export interface SummarizeOptions {
  /** How many sentences to return (default 3). */
  sentences?: number;
  /** BCP 47 language of the text, for sentence segmentation. */
  lang?: string;
}

export function summarize(text: string, options: SummarizeOptions = {}): string[] {
  const { sentences = 3, lang } = options;
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (sentence) out.push(sentence);
    if (out.length >= sentences) break;
  }
  return out;
}
