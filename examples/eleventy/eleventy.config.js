// An Eleventy site whose article pages are printed by `renderArticle` (news-article-elements/server):
// every page has the whole article in its HTML (readable with JavaScript off, and by crawlers, with
// its NewsArticle JSON-LD), and the element module adds the summary and the previous / next cards.
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.js --input=examples/eleventy --output=examples/eleventy/_site
import { fileURLToPath } from 'node:url';

export default function (eleventyConfig) {
  // The browser module, copied from the installed package (dist/news-article.js).
  const bundle = fileURLToPath(import.meta.resolve('news-article-elements/bundle'));
  eleventyConfig.addPassthroughCopy({ [bundle]: 'assets/news-article.js' });
  eleventyConfig.addPassthroughCopy({ [fileURLToPath(new URL('favicon.svg', import.meta.url))]: 'favicon.svg' });
  // The pages are article.11ty.js; the article sources are data (read by _data/articles.js), so
  // markdown files are not made into pages of their own.
  eleventyConfig.setTemplateFormats(['11ty.js']);
}
