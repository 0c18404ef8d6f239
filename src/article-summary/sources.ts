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

/** Parts of an article that are not its running text: never read for a summary. */
const SKIP = [
  'figure,figcaption,table,pre,nav,aside,button,script,style,template,noscript,[hidden]',
  'article-summary,article-nav,.embed,section.footnotes,[data-footnotes],[data-footnote-ref]',
].join();
/** The blocks that hold running text; headings only mark where a section starts. */
const BLOCK = 'p,li,blockquote,dd,dt,h2,h3,h4,h5,h6';
const HEADING = /^H[2-6]$/;
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of `node` without the parts to skip (footnote references, hidden spans…). */
function textOf(node: Node): string {
  if (node instanceof Element && node.matches(SKIP)) return '';
  if (node.nodeName === 'BR') return ' ';
  return node.nodeType === Node.TEXT_NODE ? node.nodeValue! : [...node.childNodes].map(textOf).join('');
}

/**
 * The readable text of an article for the summarizer, from its structure: one block per
 * innermost paragraph, quotation or list item, separated by blank lines, and each heading as a
 * `## Heading` line that starts a section. Captions, figures, tables, code, footnotes, embeds,
 * navigation and buttons are left out. Of an article with a `.body` child (server-printed), only
 * that body is read.
 */
export function articleText(root: Element): string {
  root = root.querySelector(':scope > .body') ?? root; // a server-printed article's body
  const blocks = [...root.querySelectorAll(BLOCK)].filter((el) => {
    const skip = el.closest(SKIP); // figures, navigation, hidden parts… inside the article
    return !el.querySelector(BLOCK) && !(skip && skip !== root && root.contains(skip));
  });
  return (blocks.length ? blocks : [root])
    .map((el) => {
      const text = clean(textOf(el));
      return text && HEADING.test(el.tagName) ? `## ${text}` : text;
    })
    .filter(Boolean)
    .join('\n\n');
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

/** Rejects as soon as `signal` aborts, even if `promise` never settles. */
const until = <T>(promise: Promise<T>, signal: AbortSignal) =>
  new Promise<T>((resolve, reject) => {
    signal.throwIfAborted();
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });

/**
 * Runs a summarizer and checks that what it made is text. A stream is read chunk by chunk,
 * `onText` getting the text so far. Rejects when `options.signal` aborts (even if the
 * summarizer ignores it), when the summarizer fails, or when its output is empty or not text.
 */
export async function runSummarizer(
  summarizer: SummarizerFunction,
  text: string,
  options: SummarizerOptions,
  onText: (text: string) => void,
): Promise<string | string[]> {
  const { signal } = options;
  let out: unknown = await until(Promise.resolve(summarizer(text, options)), signal);
  if (out && typeof out === 'object' && Symbol.asyncIterator in out) {
    const chunks = (out as AsyncIterable<string>)[Symbol.asyncIterator]();
    let all = '';
    try {
      for (let r; !(r = await until(chunks.next(), signal)).done;) onText((all += r.value));
    } catch (error) {
      void chunks.return?.();
      throw error;
    }
    out = all;
  }
  const points = [out].flat();
  if (points.join('').trim() && points.every((p) => typeof p === 'string'))
    return out as string | string[];
  throw new TypeError('expected text, an array of text or an async iterable of text');
}
