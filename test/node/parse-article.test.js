// parseArticle runs outside a browser too (a build step, a server): the TypeScript source of
// src/article, bundled in memory with esbuild, read in Node, with the project's CMS fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../../src/article/index.ts', import.meta.url));
const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node' });
const { parseArticle, ArticleError } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const fixture = (name) => readFileSync(fileURLToPath(new URL(`../fixtures/cms/${name}`, import.meta.url)), 'utf8');
const base = 'https://news.example/';

test('reads a WordPress post in Node, decoding its title without a DOM', () => {
  const article = parseArticle(fixture('wordpress-post.json'), { base });
  assert.equal(article.title, 'The City’s first tram line in 60 years opens – on time');
  assert.deepEqual(article.tags, ['Trams', 'Roads & Rails']);
  assert.equal(article.bodyFormat, 'html');
});

test('reads a JSON Feed item and a Ghost response in Node', () => {
  assert.equal(parseArticle(fixture('json-feed-item.json'), { base }).dek, 'A weekend survey finds the otter population growing.');
  assert.equal(parseArticle(fixture('ghost-posts.json'), { base }).title, 'Harbour seals return to the estuary');
});

test('drops a BOM and refuses a duplicate key in Node', () => {
  assert.equal(parseArticle('\uFEFF---\r\ntitle: Tide tables\r\n---\r\nHigh water.', { base }).title, 'Tide tables');
  assert.throws(() => parseArticle('{"title": "A", "body": "B", "title": "C"}', { base }), (error) => {
    assert.ok(error instanceof ArticleError);
    assert.equal(error.message, 'invalid JSON at line 1, column 29: duplicate key "title"');
    return true;
  });
});
