// The npm entry in plain Node, with no DOM and no shim: what a server, a build script or a
// framework's prerender gets from `import 'news-article-elements'`. Uses the package's own exports
// map (a package can import itself by name), so it tests dist/ as built by `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../dist/npm/index.js', import.meta.url));
if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);

describe('the npm entry in Node', () => {
  test('has no DOM to start with', () => {
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  });

  test('imports without throwing and exports the public API', async () => {
    const pkg = await import('news-article-elements');
    for (const name of ['NewsArticleElement', 'ArticleSummaryElement', 'ArticleNavElement', 'NewsArticleLoadEvent', 'NewsArticleErrorEvent', 'parseArticle', 'summarize', 'ArticleError']) {
      assert.equal(typeof pkg[name], 'function', `${name} is not exported`);
    }
  });

  test('parses markdown with front matter into an article', async () => {
    const { parseArticle } = await import('news-article-elements');
    const article = parseArticle('---\ntitle: Ferry timetable changes\nauthors:\n  - name: Ines Duarte\n---\nThe evening ferry leaves at six from May.', {
      type: 'markdown',
    });
    assert.equal(article.title, 'Ferry timetable changes');
    assert.deepEqual(article.authors, [{ name: 'Ines Duarte' }]);
    assert.match(article.body, /evening ferry/);
  });

  test('rejects a bad article with an error that names the field', async () => {
    const { parseArticle, ArticleError } = await import('news-article-elements');
    assert.throws(() => parseArticle({ title: 42 }), (error) => error instanceof ArticleError && /title/.test(error.message));
  });

  test('summarizes text', async () => {
    const { summarize } = await import('news-article-elements');
    const text = [
      'The council approved a new bridge over the river on Tuesday.',
      'Construction of the bridge starts in spring and takes two years.',
      'Residents asked for a footpath, and the council added one to the bridge plans.',
      'The old ferry keeps running until the bridge opens.',
    ].join(' ');
    const points = summarize(text, { sentences: 2 });
    assert.equal(points.length, 2);
    for (const point of points) assert.ok(text.includes(point), `not verbatim: ${point}`);
  });

  test('the summarizer subpath is the same module as the one the entry uses', async () => {
    const fromEntry = await import('news-article-elements');
    const fromSubpath = await import('news-article-elements/summarize');
    assert.equal(fromSubpath.summarize, fromEntry.summarize);
  });
});
