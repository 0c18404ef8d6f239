import { Marked, type Token } from 'marked';
import createDOMPurify from 'dompurify';

/**
 * The only place HTML is made from strings. Markdown goes through marked, and marked's
 * output always goes through DOMPurify before anything reaches the DOM. The result is a
 * DocumentFragment, so no HTML string is ever assigned to a DOM sink (Trusted Types pages
 * only need to allow DOMPurify's own `dompurify` policy, plus Lit's `lit-html`).
 */

/** Longest markdown accepted, in characters: larger bodies would freeze the page while parsing. */
export const MAX_MARKDOWN_LENGTH = 2_000_000;
/** Deepest blockquote or list nesting accepted: marked recurses once per level. */
export const MAX_MARKDOWN_DEPTH = 64;

/** Thrown for markdown we refuse to render; the message says what and where. */
export class MarkdownError extends Error {
  override name = 'MarkdownError';
}

const ALLOWED_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let purifier: ReturnType<typeof createDOMPurify> | undefined;

function getPurifier() {
  if (purifier) return purifier;
  // A private instance, so our hooks never touch a DOMPurify the page itself uses.
  purifier = createDOMPurify(window);
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
    // Body headings sit below the article's own headline: `#` and `##` become one level under it.
    walkTokens(token: Token) {
      if (token.type === 'heading') {
        token.depth = Math.min(6, Math.max(token.depth, 2) + headingLevel - 1);
      }
    },
  });
}

const markedByLevel = new Map<number, Marked>();

/** Fails with a clear message on input marked cannot handle safely. */
function checkLimits(markdown: string, where: string) {
  if (markdown.length > MAX_MARKDOWN_LENGTH) {
    const mb = (markdown.length / 1e6).toFixed(1);
    throw new MarkdownError(
      `${where}: ${mb} million characters is longer than the limit of ${MAX_MARKDOWN_LENGTH / 1e6} million.`,
    );
  }
  let line = 1;
  for (const text of markdown.split('\n')) {
    const quotes = /^[\s>]*/.exec(text)![0].split('>').length - 1;
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (quotes > MAX_MARKDOWN_DEPTH || indent > MAX_MARKDOWN_DEPTH * 4) {
      throw new MarkdownError(
        `${where}, line ${line}: nested more than ${MAX_MARKDOWN_DEPTH} levels deep.`,
      );
    }
    line++;
  }
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
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    FORBID_ATTR: ['style', 'id', 'name'],
    ALLOWED_URI_REGEXP: ALLOWED_URL,
    RETURN_DOM_FRAGMENT: true,
  });
}
