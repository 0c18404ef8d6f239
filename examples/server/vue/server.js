// On the server: the article as HTML (renderArticle), then the app around it.
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { renderArticle } from 'news-article-elements/server';
import { App } from './app.js';

/** The app's HTML for `#root`. */
export async function renderApp(article) {
  const articleHtml = await renderArticle(article);
  return renderToString(createSSRApp(App, { articleHtml }));
}
