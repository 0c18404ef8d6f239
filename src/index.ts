/**
 * news-article-elements: registers `<news-article>`, `<article-summary>` and `<article-nav>`,
 * and exports their classes, `parseArticle` and `summarize`.
 */
export { NewsArticleElement } from './news-article/news-article.js';
export { NewsArticleLoadEvent, NewsArticleErrorEvent } from './news-article/events.js';
export { ArticleSummaryElement } from './article-summary/article-summary.js';
export { ArticleNavElement } from './article-nav/article-nav.js';
export { parseArticle, ArticleError } from './article/index.js';
export type { Article, ArticleImage, ArticleLink, Author } from './article/index.js';
export { summarize } from './summarize/index.js';
export type { SummarizeOptions } from './summarize/index.js';
