/** Where `<article-summary>` gets its text from, and the summarizers it can ask. */

/** Which tier a summary comes from: written by a person, or made by which summarizer. */
export type SummarySource = 'provided' | 'custom' | 'built-in' | 'extractive';

/** What a summarizer function is given besides the text. */
export interface SummarizerOptions {
  /** How many sentences (or key points) the reader asked for. */
  sentences: number;
  /** BCP 47 language of the text, when known. */
  lang?: string;
  /** Aborts when the panel closes or the source changes: stop work and downloads. */
  signal: AbortSignal;
}

/** A summary: plain text, key points, or text chunks streamed as they are made. */
export type SummarizerResult = string | string[] | AsyncIterable<string>;

/** A page-provided summarizer. Its output is shown as plain text, never as HTML. */
export type SummarizerFunction = (
  text: string,
  options: SummarizerOptions,
) => SummarizerResult | Promise<SummarizerResult>;

const SKIP =
  'figure,figcaption,nav,aside,script,style,template,noscript,button,[hidden],article-summary,article-nav';
const BLOCK = 'p,li,blockquote,dd,dt,pre,h2,h3,h4,h5,h6';
const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The readable text of an article: one paragraph per text block, separated by blank lines. */
export function articleText(root: Element): string {
  const blocks: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      const el = node as Element;
      if (el.matches(SKIP)) return NodeFilter.FILTER_REJECT;
      return el.matches(BLOCK) && !el.querySelector(BLOCK)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP;
    },
  });
  while (walker.nextNode()) blocks.push(clean(walker.currentNode.textContent));
  return (blocks.length ? blocks : [clean(root.textContent)]).filter(Boolean).join('\n\n');
}

/** The parts of the browser's Summarizer API we use (https://developer.chrome.com/docs/ai/summarizer-api). */
interface BuiltInSummarizer {
  availability(options: object): Promise<string>;
  create(options: object): Promise<{
    summarizeStreaming(text: string, options: { signal: AbortSignal }): AsyncIterable<string>;
    destroy(): void;
  }>;
}

/**
 * The browser's Summarizer API as a summarizer function. Throws when the API says it cannot
 * summarize this language; `onProgress` gets the model download's progress (0–1).
 */
export const builtInSummarizer =
  (onProgress: (loaded: number) => void): SummarizerFunction =>
  async (text, { sentences, lang, signal }) => {
    const api = (globalThis as { Summarizer?: BuiltInSummarizer }).Summarizer!;
    const code = lang?.split('-')[0];
    const options = {
      type: 'key-points',
      format: 'plain-text',
      length: sentences < 4 ? 'short' : sentences < 6 ? 'medium' : 'long',
      ...(code && { expectedInputLanguages: [code], outputLanguage: code }),
    };
    if ((await api.availability(options)) === 'unavailable') throw new Error('unavailable');
    const summarizer = await api.create({
      ...options,
      monitor: (m: EventTarget) =>
        m.addEventListener('downloadprogress', (e) => onProgress((e as ProgressEvent).loaded)),
    });
    // Too late (closed, or timed out while the model loaded): free it rather than leak it.
    if (signal.aborted) summarizer.destroy();
    signal.throwIfAborted();
    return (async function* () {
      try {
        yield* summarizer.summarizeStreaming(text, { signal });
      } finally {
        summarizer.destroy();
      }
    })();
  };
