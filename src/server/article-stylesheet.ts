/**
 * The text of the article stylesheet (`news-article-elements/article.css`, dist/news-article.css)
 * that `renderArticle` inlines by default. HOOK: empty until the stylesheet for the printed
 * structure lands (the "enhance" work); then this module exports its text.
 */
export const ARTICLE_STYLESHEET = '';
