/** Article data: parse any input (object, JSON, markdown) into a validated `Article`. */
export { parseArticle, type ParseArticleOptions } from './parse-article.js';
export { ArticleError } from './errors.js';
export type { Article, ArticleImage, ArticleLink, Author } from './article.js';
export type { FrontMatterValue } from './front-matter.js';
export type { ArticleData, ArticleInput } from './input.js';
