import type { Article } from './article.js';
import { checkLength, renderMarkdown, sanitizeHtml } from '../internal/markdown/index.js';

/**
 * The article's body as a sanitized fragment. Markdown goes through marked; an HTML body (from a
 * CMS: WordPress, JSON Feed, Ghost) goes straight to the same sanitizer, as marked's limits for
 * markdown would misjudge a page of tags.
 */
export function renderBody(article: Article, headingLevel: number): DocumentFragment {
  if (article.bodyFormat !== 'html') return renderMarkdown(article.body, { headingLevel, where: 'body' });
  checkLength(article.body, 'body');
  return sanitizeHtml(article.body);
}
