// Run with plain Node in the folder the tarball was installed in: no DOM, no shim.
import assert from 'node:assert/strict';
import { parseArticle, summarize, NewsArticleElement } from 'news-article-elements';

const article = parseArticle('---\ntitle: Ferry timetable\n---\nThe ferry leaves at six. It returns at ten. Tickets cost less this year.', { format: 'markdown' });
assert.equal(article.title, 'Ferry timetable');
const points = summarize(article.body, { sentences: 2 });
assert.equal(points.length, 2);
assert.equal(typeof NewsArticleElement, 'function');
console.log(`node: parseArticle → "${article.title}", summarize → ${points.length} sentences`);

// The server entry from the installed tarball (sanitize-html comes in as its dependency).
const { renderArticle } = await import('news-article-elements/server');
const html = renderArticle({ title: 'Ferry timetable', body: 'The ferry leaves at six. <img src=x onerror=alert(1)>' }, { styles: false });
assert.match(html, /^<news-article><article class="news-article">.*<h1 class="headline">Ferry timetable<\/h1>/s);
assert.doesNotMatch(html, /onerror/);
console.log(`node: renderArticle → ${html.length} characters of HTML`);
