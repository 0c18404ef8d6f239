// In the browser: hydrate the server's HTML. The article's HTML is given back to React from the
// page itself (no second copy in a data script), so it hydrates unchanged whether or not the
// element module has already adopted it.
import { hydrateRoot } from 'react-dom/client';
import 'news-article-elements';
import { App } from './app.jsx';

const root = document.getElementById('root');
const articleHtml = root.querySelector('.article-slot').innerHTML;
hydrateRoot(root, <App articleHtml={articleHtml} />);
