import { Marked } from 'marked';
import createDOMPurify from 'dompurify';
import { linearTokenizer } from './linear-tokenizer.js';

/**
 * The only place HTML is made from strings. Markdown goes through marked, and marked's
 * output always goes through DOMPurify before anything reaches the DOM. The result is a
 * DocumentFragment, so no HTML string is ever assigned to a DOM sink (Trusted Types pages
 * only need to allow DOMPurify's own `dompurify` policy, plus Lit's `lit-html`).
 */

/** Longest markdown accepted, in characters (a long read is 60,000; 50,000 words about 300,000). */
export const MAX_MARKDOWN_LENGTH = 500_000;
/** Deepest blockquote or list nesting accepted: marked recurses once per level. */
export const MAX_MARKDOWN_DEPTH = 32;
/**
 * Most work accepted where marked's time grows faster than the length, summed over the input:
 * for each paragraph, its length times its inline markup (`*`, `_`, `~`, `[`, `<`, `|`, links…)
 * and times its lines when in a list or quote; for each line that starts with `<`, the length of
 * the rest (WebKit tries marked's HTML-block pattern at every position after it); plus 1,000 for
 * each line and each bit of inline markup. A list or quote counts as one paragraph. WebKit, the
 * slowest, takes about 1 s for 10 million; the bench's 50,000-word article is 3.9 million.
 */
export const MAX_MARKDOWN_WORK = 10_000_000;

/** Thrown for markdown we refuse to render; the message says what and where. */
export class MarkdownError extends Error {
  override name = 'MarkdownError';
}

const ALLOWED_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style', 'id', 'name'],
  ALLOWED_URI_REGEXP: ALLOWED_URL,
  RETURN_DOM_FRAGMENT: true as const,
};

let purifier: ReturnType<typeof createDOMPurify> | undefined;

function getPurifier() {
  if (purifier) return purifier;
  // A private instance, so our hooks never touch a DOMPurify the page itself uses.
  purifier = createDOMPurify(window);
  // Parsed once: otherwise every sanitize() call rebuilds the allow-lists from CONFIG.
  purifier.setConfig(CONFIG);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement) {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purifier;
}

function makeMarked(headingLevel: number) {
  return new Marked({
    gfm: true,
    async: false,
    tokenizer: linearTokenizer,
    // Body headings sit below the article's own headline: `#` and `##` become one level under it.
    renderer: {
      heading({ tokens, depth }) {
        const level = Math.min(6, Math.max(depth, 2) + headingLevel - 1);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });
}

const markedByLevel = new Map<number, Marked>();

/** Throws a MarkdownError (naming `where` and the line) for markdown too big, deep or slow to render. */
export function checkLimits(markdown: string, where: string) {
  if (markdown.length > MAX_MARKDOWN_LENGTH) {
    throw new MarkdownError(
      `${where}: ${markdown.length} characters is longer than the limit of ${MAX_MARKDOWN_LENGTH}.`,
    );
  }
  let work = 0;
  let weight = 0;
  let size = 0;
  let depth = 0;
  let blank = true;
  let rest = markdown.length;
  const endBlock = () => {
    work += weight * size;
    weight = size = 0;
  };
  markdown.split('\n').forEach((text, i) => {
    const fail = (why: string) => {
      throw new MarkdownError(`${where}, line ${i + 1}: ${why}`);
    };
    // Levels opened on this line: `>` and list markers, plus one per 4 columns of indentation
    // (not counting the space after each marker).
    const prefix = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/.exec(text)![0];
    const markers = prefix.match(/>|[-+*]|\d+[.)]/g)?.length ?? 0;
    const columns = prefix.replace(/[^ \t]/g, '').replace(/\t/g, '    ').length;
    if (markers) depth = markers + (Math.max(0, columns - markers) >> 2);
    else if (blank && /^\S/.test(text)) {
      // The list or quote ended: marked handles it as one block, blank lines and all.
      depth = 0;
      endBlock();
    }
    if (depth > MAX_MARKDOWN_DEPTH || columns > MAX_MARKDOWN_DEPTH * 4) {
      fail(`nested more than ${MAX_MARKDOWN_DEPTH} levels deep.`);
    }
    blank = !text.trim();
    if (blank) {
      if (!depth) endBlock();
    } else {
      const marks = text.split(/[*_~[<`!\\@|]|www\.|:\/\//).length - 1;
      // Each line and each bit of inline markup costs too: elements to build, patterns to try.
      work += (/^ {0,3}</.test(text) ? rest : 0) + (marks + 1) * 1000;
      size += text.length + 1;
      weight += depth + marks;
    }
    rest -= text.length + 1;
    if (work + weight * size > MAX_MARKDOWN_WORK) {
      fail('too slow to render: split long lists, quotes and paragraphs with much markup, or shorten the text.');
    }
  });
}

export interface MarkdownOptions {
  /** Level of the headline the markdown sits under (1–6); body headings go one below it. */
  headingLevel?: number;
  /** Names the input in error messages, e.g. `body` or `summary`. */
  where?: string;
}

/** Parses and sanitizes markdown into a fragment ready to insert. */
export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): DocumentFragment {
  const { headingLevel = 1, where = 'markdown' } = options;
  checkLimits(markdown, where);
  let marked = markedByLevel.get(headingLevel);
  if (!marked) markedByLevel.set(headingLevel, (marked = makeMarked(headingLevel)));
  let html: string;
  try {
    html = marked.parse(markdown) as string;
  } catch (error) {
    // marked recurses per nesting level; a stack overflow must not escape as an uncaught error.
    throw new MarkdownError(`${where}: could not be parsed as markdown (${String(error)}).`);
  }
  return sanitizeHtml(html);
}

/** The sanitizing sink: HTML in, inert DocumentFragment out. */
export function sanitizeHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, CONFIG);
}
