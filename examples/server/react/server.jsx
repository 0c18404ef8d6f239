// On the server: the article as HTML (renderArticle), then the app around it (renderToString).
import { renderToString } from 'react-dom/server';
import { renderArticle } from 'news-article-elements/server';
import { App } from './app.jsx';

/** The app's HTML for `#root`. */
export async function renderApp(article) {
  const articleHtml = await renderArticle(article);
  return renderToString(<App articleHtml={articleHtml} />);
}
