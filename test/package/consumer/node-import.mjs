// Run with plain Node in the folder the tarball was installed in: no DOM, no shim.
import assert from 'node:assert/strict';
import { parseArticle, summarize, NewsArticleElement } from 'news-article-elements';

const article = parseArticle('---\ntitle: Ferry timetable\n---\nThe ferry leaves at six. It returns at ten. Tickets cost less this year.', { format: 'markdown' });
assert.equal(article.title, 'Ferry timetable');
const points = summarize(article.body, { sentences: 2 });
assert.equal(points.length, 2);
assert.equal(typeof NewsArticleElement, 'function');
console.log(`node: parseArticle → "${article.title}", summarize → ${points.length} sentences`);
