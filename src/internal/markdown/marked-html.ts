import { Marked } from 'marked';
import { linearTokenizer } from './linear-tokenizer.js';
import { checkLimits, MarkdownError } from './limits.js';
import { footnotes } from './footnotes.js';
import { figure } from './figures.js';

/**
 * The project's marked setup (GFM, footnotes, figures, body headings below the headline), with
 * no DOM: the browser sanitizes its output with DOMPurify (index.ts), the server with
 * sanitize-html (src/server/). Its output is NOT safe until one of them has.
 */

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

/** Markdown to UNSANITIZED HTML, after the limits check (a MarkdownError names `where`). */
export function markdownToHtml(markdown: string, headingLevel: number, where: string): string {
  checkLimits(markdown, where);
  let marked = markedByLevel.get(headingLevel);
  if (!marked) markedByLevel.set(headingLevel, (marked = makeMarked(headingLevel)));
  try {
    return marked.parse(markdown) as string;
  } catch (error) {
    // marked recurses per nesting level; a stack overflow must not escape as an uncaught error.
    throw new MarkdownError(`${where}: could not be parsed as markdown (${String(error)}).`);
  }
}
