import type { Article } from './article.js';

/**
 * schema.org `NewsArticle` data of an article, for search engines (Google's article structured
 * data: headline, image, dates, authors; description and url when the article has them).
 */
export function newsArticleData(article: Article) {
  const { title, dek, image, published, updated, authors, url } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: dek,
    image: image && [image.src],
    datePublished: published?.toISOString(),
    dateModified: (updated ?? published)?.toISOString(),
    author: authors.map(({ name, url }) => ({ '@type': 'Person', name, url })),
    url,
    mainEntityOfPage: url,
  };
}

/** Characters that could end a `<script>` element or a JavaScript string, as JSON escapes. */
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * The article's `NewsArticle` data as the text of a `<script type="application/ld+json">`: no
 * field can close the script, since `<`, `>`, `&` and the line separators are escaped.
 */
export const newsArticleJsonLd = (article: Article) =>
  JSON.stringify(newsArticleData(article)).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
