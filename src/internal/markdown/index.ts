import { Marked } from 'marked';
import { linearTokenizer } from './linear-tokenizer.js';
import { checkLimits, MarkdownError } from './limits.js';
import { footnotes, followFootnoteLinks } from './footnotes.js';
import { figure } from './figures.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * The only place HTML is made from strings. Markdown goes through marked, and marked's output
 * always goes through DOMPurify (`sanitize.ts`) before anything reaches the DOM.
 */

export * from './limits.js';
export { sanitizeHtml };

function makeMarked(headingLevel: number) {
  return new Marked(
    {
      gfm: true,
      async: false,
      tokenizer: linearTokenizer,
      renderer: {
        // Body headings sit below the article's own headline: `#` and `##` become one level under it.
        heading({ tokens, depth }) {
          const level = Math.min(6, Math.max(depth, 2) + headingLevel - 1);
          return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
        },
        paragraph: figure,
      },
    },
    footnotes,
  );
}

const markedByLevel = new Map<number, Marked>();

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
  const fragment = sanitizeHtml(html);
  followFootnoteLinks(fragment);
  return fragment;
}
