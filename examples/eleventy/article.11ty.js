// One page per article: renderArticle's HTML in a plain page with the element module.
import { renderArticle } from 'news-article-elements/server';

export const data = {
  pagination: { data: 'articles', size: 1, alias: 'entry' },
  permalink: (data) => `/news/${data.entry.slug}/`,
};

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export async function render(data) {
  const { entry } = data;
  // `base`: the page's own URL, so relative links and images in the article resolve (and the
  // JSON-LD gets absolute URLs).
  const article = await renderArticle(entry.source, { base: entry.base, format: entry.format });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg">
<title>${escapeHtml(entry.title)}</title>
<script>
  // The article is already in the page: load the module after the first paint (bench/README.md,
  // "Page level"), so its evaluation never holds the text back.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => import('/assets/news-article.js');
    channel.port2.postMessage(0);
  });
</script>
</head>
<body>
<main>
${article}
</main>
</body>
</html>
`;
}
