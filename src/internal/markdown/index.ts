import { markdownToHtml, type MarkdownOptions } from './marked-html.js';
import { followFootnoteLinks } from './footnotes.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * The only place HTML is made from strings. Markdown goes through marked (set up in
 * marked-html.ts), and marked's output always goes through DOMPurify (`sanitize.ts`) before
 * anything reaches the DOM.
 */

export * from './limits.js';
export { sanitizeHtml, type MarkdownOptions };

/** Parses and sanitizes markdown into a fragment ready to insert. */
export function renderMarkdown(markdown: string, { headingLevel = 1, where = 'markdown' }: MarkdownOptions = {}): DocumentFragment {
  const fragment = sanitizeHtml(markdownToHtml(markdown, headingLevel, where));
  followFootnoteLinks(fragment);
  return fragment;
}
