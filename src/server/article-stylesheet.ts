import stylesheet from '../enhance/article.css?raw';

/**
 * The text of the article stylesheet (`news-article-elements/article.css`, dist/news-article.css)
 * that `renderArticle` inlines by default, so a printed article is styled before any script runs.
 */
export const ARTICLE_STYLESHEET: string = stylesheet;
