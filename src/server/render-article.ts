import type { Article, ArticleLink } from '../article/article.js';
import type { ArticleInput } from '../article/input.js';
import { parseArticle } from '../article/parse-article.js';
import { jsonLdText, structuredData } from '../article/structured-data.js';
import { checkLength } from '../internal/markdown/limits.js';
import { markdownToHtml } from '../internal/markdown/marked-html.js';
import { labelsFor, type Labels } from '../internal/labels.js';
import { ARTICLE_STYLESHEET } from './article-stylesheet.js';
import { attr, escapeHtml } from './escape.js';
import { printFigure, printHeader } from './print-header.js';
import { hasToggle, SUMMARY_POSITIONS } from '../internal/summary-position.js';
import { sanitizeBody } from './sanitize-body.js';

export interface RenderArticleOptions {
  /** Absolute URL the article's relative URLs resolve against (its page); without it they are dropped. */
  base?: string;
  /** Level of the headline, 1–6 (default 1); body headings go below it. */
  headingLevel?: number;
  /** Prints the article stylesheet in a `<style>` before the element (default); `false` for pages that link it. */
  styles?: boolean;
  /** Where the summary toggles go, as the element's `summary-position` (default `both`). */
  summaryPosition?: 'both' | 'top' | 'bottom' | 'none';
  /** Replaces built-in labels (the "Updated" and reading-time text, the summary's toggle). */
  labels?: Partial<Labels>;
  /** Forces the format of a string input, as in `parseArticle`. */
  format?: 'json' | 'markdown';
}


/**
 * The article as HTML for a server to print: `<news-article>` holding the documented structure
 * (README, "Server rendering") and a NewsArticle JSON-LD block. Takes what `parseArticle` takes
 * and throws the same `ArticleError`s (and a `MarkdownError` for markdown too long or deep to
 * render); text is escaped, HTML from data is sanitized with sanitize-html. Needs no DOM.
 */
export function renderArticle(input: ArticleInput | object, options: RenderArticleOptions = {}): string {
  const { base, headingLevel = 1, styles = true, summaryPosition = 'both', format } = options;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
    throw new RangeError(`renderArticle: headingLevel ${JSON.stringify(headingLevel)} is not 1–6.`);
  }
  if (!SUMMARY_POSITIONS.includes(summaryPosition)) {
    throw new RangeError(`renderArticle: summaryPosition ${JSON.stringify(summaryPosition)} is not both, top, bottom or none.`);
  }
  const article = parseArticle(input, { base: base ?? 'about:blank', format });
  const lang = article.lang ?? 'en';
  const labels = { ...labelsFor(lang), ...options.labels };
  const summary = (where: string) => printSummary(article, where, labels);
  const body = sanitizeBody(bodyHtml(article, headingLevel), base ?? 'about:blank');
  const parts = [
    printHeader(article, headingLevel, lang, labels),
    printFigure(article),
    hasToggle(summaryPosition, 'top') ? summary('top') : '',
    `<div class="body">${body}</div>`,
    hasToggle(summaryPosition, 'bottom') ? summary('bottom') : '',
    article.tags.length ? `<ul class="tags">${article.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` : '',
    printNav(article.prev, article.next),
  ];
  const style = styles && ARTICLE_STYLESHEET ? `<style>${ARTICLE_STYLESHEET}</style>` : '';
  return `${style}<news-article><article${attr('lang', article.lang)}${attr('dir', article.dir)} class="news-article">${parts.join('')}</article><script type="application/ld+json">${jsonLdText(structuredData(article))}</script></news-article>`;
}

/** The body as unsanitized HTML: markdown through the project's marked setup, or a CMS's HTML. */
function bodyHtml(article: Article, headingLevel: number): string {
  if (article.bodyFormat !== 'html') return markdownToHtml(article.body, headingLevel, 'body');
  checkLength(article.body, 'body');
  return article.body;
}

/**
 * A summary toggle's place: empty (the element fills it), or a written summary in a native
 * `<details>`, readable with JavaScript off; the element uses its content as the summary.
 */
function printSummary(article: Article, where: string, labels: Labels): string {
  const { summary } = article;
  let html = '';
  if (Array.isArray(summary)) html = `<ul>${summary.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
  else if (summary) html = sanitizeBody(markdownToHtml(summary, 1, 'summary'), 'about:blank');
  const toggle = html && `<details><summary>${escapeHtml(`${labels.prompt} ${labels.show}`)}</summary>${html}</details>`;
  return `<article-summary class="summary summary-${where}">${toggle}</article-summary>`;
}

/** Plain previous / next links (they work with JavaScript off; the element makes cards of them). */
function printNav(prev?: ArticleLink, next?: ArticleLink): string {
  const link = (rel: string, l?: ArticleLink) => (l?.url ? `<a rel="${rel}"${attr('href', l.url)}>${escapeHtml(l.title)}</a>` : '');
  const links = [link('prev', prev), link('next', next)].filter(Boolean);
  return links.length ? `<article-nav class="nav">${links.join(' ')}</article-nav>` : '';
}
