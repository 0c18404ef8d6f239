import type { Article } from './article.js';
import { machineDate } from '../internal/article-date.js';

/**
 * schema.org NewsArticle for search engines, from the validated article: what Google lists as
 * recommended for Article (headline, image, dates, author with name and url) plus the
 * description and the page's URL. URLs are already absolute and allowlisted (validate.ts).
 */
export function structuredData(article: Article): Record<string, unknown> {
  const { title, dek, image, published, updated, authors, url, lang } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: dek,
    image: image && [image.src],
    datePublished: published && machineDate(published),
    dateModified: updated && machineDate(updated),
    author: authors.length ? authors.map(({ name, url }) => ({ '@type': 'Person', name, url })) : undefined,
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`…,
 * so no field can close the script or open a comment, and U+2028/U+2029 as escapes, which some
 * parsers read as line breaks. The JSON means the same (JSON.parse gives the same object).
 */
export const jsonLdText = (data: unknown) =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
