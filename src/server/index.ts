/**
 * `news-article-elements/server`: the article as HTML for any server or edge runtime (no DOM).
 * Print it inside a page; the `<news-article>` element adopts it when the module loads.
 */
export { renderArticle, type RenderArticleOptions } from './render-article.js';
export { ArticleError } from '../article/errors.js';
export { MarkdownError } from '../internal/markdown/limits.js';
export { structuredData, jsonLdText } from '../article/structured-data.js';
export type { Article, ArticleImage, ArticleLink, Author } from '../article/article.js';
export type { ArticleData, ArticleInput } from '../article/input.js';
