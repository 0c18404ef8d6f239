// In the browser: hydrate the server's HTML, with the article's HTML read back from the page (no
// second copy in a data script).
import { createSSRApp } from 'vue';
import 'news-article-elements';
import { App } from './app.js';

const root = document.getElementById('root');
const articleHtml = root.querySelector('.article-slot').innerHTML;
createSSRApp(App, { articleHtml }).mount(root);
