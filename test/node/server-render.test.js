// `news-article-elements/server` in plain Node (no DOM), through the package's exports map, so it
// tests dist/ as built by `npm run build`; then the same module bundled for an edge runtime and run
// in @edge-runtime/vm, a context with only web globals (no require, process or DOM); and in Bun
// (the `bun` devDependency ships its binary), from the same built files.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EdgeVM } from '@edge-runtime/vm';

const entry = fileURLToPath(new URL('../../dist/npm/server/index.js', import.meta.url));
if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
const { renderArticle, ArticleError, MarkdownError } = await import('news-article-elements/server');
const { parseArticle } = await import('news-article-elements');

const fixture = (path) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const base = 'https://news.example/energy/';
/** The classes of the article's top-level parts, in the order printed. */
const partsOf = (html) => [...html.matchAll(/<[\w-]+ class="([\w -]+)"/g)].map((m) => m[1]).filter((c) => /^(header|figure|summary|body|tags|nav)$|^summary /.test(c));

describe('renderArticle in Node', () => {
  test('has no DOM to work with', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.DOMParser, 'undefined');
  });

  test('prints the documented structure for a JSON article, in order', () => {
    const html = renderArticle(fixture('news/tidal-energy.json'), { base, styles: false });
    assert.match(html, /^<news-article><article[^>]* class="news-article">/);
    assert.match(html, /<\/article><script type="application\/ld\+json">\{.*\}<\/script><\/news-article>$/);
    assert.deepEqual(partsOf(html), ['header', 'figure', 'summary summary-top', 'body', 'summary summary-bottom', 'tags', 'nav']);
    const article = parseArticle(fixture('news/tidal-energy.json'), { base });
    assert.ok(html.includes(`<h1 class="headline">${article.title}</h1>`), 'the headline is an h1 with the title');
  });

  test('reads markdown with front matter; body headings go below the headline level', () => {
    const html = renderArticle('---\ntitle: Harbour market\n---\n# Getting there\n\nBus 12.\n\n### Parking\n\nNone.', { headingLevel: 2 });
    assert.ok(html.includes('<h2 class="headline">Harbour market</h2>'));
    assert.ok(html.includes('<h3>Getting there</h3>'));
    assert.ok(html.includes('<h4>Parking</h4>'));
  });

  test('escapes text fields and sanitizes the body', () => {
    const html = renderArticle({
      title: '<img src=x onerror=alert(1)>',
      kicker: '"><script>alert(2)</script>',
      authors: [{ name: 'A & B', url: 'javascript:alert(3)' }],
      body: 'Text <script>alert(4)</script> [x](javascript:alert(5)) <a href="https://example.org/">ok</a>',
    });
    assert.ok(html.includes('<h1 class="headline">&lt;img src=x onerror=alert(1)&gt;</h1>'));
    assert.ok(html.includes('<p class="kicker">&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p>'));
    assert.ok(html.includes('<p class="byline">A &amp; B</p>'), 'the dropped URL leaves the name as text');
    assert.ok(!/alert\(4\)|javascript:/.test(html.replace(/<script type="application\/ld\+json">.*<\/script>/, '')));
    assert.ok(html.includes('<a href="https://example.org/" rel="noopener noreferrer">ok</a>'));
  });

  test('keeps the body markup the browser keeps, and drops what it drops', () => {
    const body = [
      '<p aria-label="Note: tides" class="lead">Lead</p>',
      '<img src="/a.jpg" srcset="/a-2x.jpg 2x" alt="A">',
      '<img src="/b.jpg" srcset="/b-2x.jpg 2x, javascript:alert(1) 3x" alt="B">',
      '<p id="top" name="x" style="color:red" onclick="alert(2)">Styled</p>',
      '<form action="/send"><input name="q"><button>Go</button></form>',
      '<svg><circle r="4"/></svg>',
      '<iframe src="https://video.example/v/1" title="The launch"></iframe>',
      '<iframe src="javascript:alert(3)">fallback</iframe>',
    ].join('\n');
    const html = renderArticle({ title: 'T', body }, { base, styles: false });
    const printed = html.slice(html.indexOf('<div class="body">'), html.indexOf('<article-summary class="summary summary-bottom">'));
    assert.ok(printed.includes('<p aria-label="Note: tides" class="lead">Lead</p>'));
    assert.ok(printed.includes('<img src="/a.jpg" srcset="/a-2x.jpg 2x" alt="A" loading="lazy" decoding="async" />'));
    assert.ok(printed.includes('<img src="/b.jpg" alt="B" loading="lazy" decoding="async" />'), 'a srcset with one bad URL is dropped whole');
    assert.ok(printed.includes('<p>Styled</p>'));
    assert.ok(printed.includes('<div class="embed"><a href="https://video.example/v/1" rel="noopener noreferrer">The launch</a></div>'));
    assert.doesNotMatch(printed, /<form|<input|<button|<svg|<circle|<iframe|fallback|javascript|onclick|style=|id="top"/);
  });

  test('reads a CMS shape: a WordPress post with an HTML body', () => {
    const html = renderArticle(fixture('cms/wordpress-post.json'), { base });
    assert.ok(html.includes('<h1 class="headline">The City’s first tram line in 60 years opens – on time</h1>'));
    assert.ok(html.includes('<li>Roads &amp; Rails</li>'));
  });

  test('prints a written summary in <details>, in both places, readable with no script', () => {
    const html = renderArticle({ title: 'T', body: 'Body.', summary: ['First point', 'Second <point>'] });
    const details = '<details><summary>No time to read? Get a summary</summary><ul><li>First point</li><li>Second &lt;point&gt;</li></ul></details>';
    assert.ok(html.includes(`<article-summary class="summary summary-top">${details}</article-summary>`));
    assert.ok(html.includes(`<article-summary class="summary summary-bottom">${details}</article-summary>`));
    const none = renderArticle({ title: 'T', body: 'Body.' }, { summaryPosition: 'none' });
    assert.ok(!none.includes('<article-summary'));
  });

  test('prints only the element with styles: false (pages that link the stylesheet)', () => {
    assert.match(renderArticle({ title: 'T', body: 'x' }, { styles: false }), /^<news-article>.*<\/news-article>$/s);
  });

  test('writes dates, the reading time and labels in the article language', () => {
    const html = renderArticle({ title: 'T', body: 'Texto.', lang: 'es', published: '2026-03-20', updated: '2026-03-21T09:05:00Z' });
    assert.ok(html.includes('<time datetime="2026-03-20" dir="auto">20 de marzo de 2026</time>'));
    assert.ok(html.includes('<span class="updated" dir="auto">Actualizado <time datetime="2026-03-21T09:05:00.000Z" dir="auto">'));
    assert.ok(html.includes('1 min de lectura'));
    assert.ok(html.includes('<article lang="es" class="news-article">'));
  });

  test('throws the same errors as parseArticle, and says what is wrong with an option', () => {
    for (const input of ['{"title": "T", "body": 1}', { title: '', body: 'x' }, '---\ntitle: T\ntitle: U\n---\nx', '[1, 2]']) {
      let expected;
      try {
        parseArticle(input);
      } catch (error) {
        expected = error;
      }
      assert.ok(expected instanceof ArticleError);
      assert.throws(() => renderArticle(input), (error) => error instanceof ArticleError && error.message === expected.message);
    }
    assert.throws(() => renderArticle({ title: 'T', body: '>'.repeat(40) + ' deep' }), MarkdownError);
    assert.throws(() => renderArticle({ title: 'T', body: 'x' }, { headingLevel: 7 }), /headingLevel 7 is not 1–6/);
    assert.throws(() => renderArticle({ title: 'T', body: 'x' }, { summaryPosition: 'left' }), /summaryPosition "left"/);
  });
});

describe('renderArticle in an edge runtime (@edge-runtime/vm: web globals only)', async () => {
  // Bundled as a worker bundler (wrangler, Vercel) bundles it: browser field, one script.
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'server', platform: 'browser', logLevel: 'silent' });
  const vm = new EdgeVM();
  vm.evaluate(outputFiles[0].text);

  test('has no require, process or DOM there', () => {
    assert.equal(vm.evaluate('[typeof require, typeof process, typeof document, typeof DOMParser].join()'), 'undefined,undefined,undefined,undefined');
  });

  test('prints what Node prints', () => {
    const input = fixture('news/harbour-market.md');
    const inVm = vm.evaluate(`server.renderArticle(${JSON.stringify(input)}, { base: ${JSON.stringify(base)} })`);
    assert.equal(inVm, renderArticle(input, { base }));
  });

  test('throws an ArticleError there too', () => {
    assert.equal(vm.evaluate(`(() => { try { server.renderArticle({ body: 'x' }); } catch (e) { return e.name + ': ' + e.message; } })()`), 'ArticleError: title: expected a non-empty string, got nothing');
  });
});

describe('renderArticle in Bun', () => {
  const bun = fileURLToPath(new URL('../../node_modules/.bin/bun', import.meta.url));

  test('prints what Node prints', (t) => {
    if (!existsSync(bun)) return t.skip(`${bun} is missing: the Bun check needs the bun devDependency installed.`);
    const input = fixture('news/harbour-market.md');
    const script = `const { renderArticle } = await import(${JSON.stringify(entry)});
      console.log(JSON.stringify({ dom: typeof document, html: renderArticle(${JSON.stringify(input)}, { base: ${JSON.stringify(base)} }) }));`;
    const out = JSON.parse(execFileSync(bun, ['--eval', script], { encoding: 'utf8', timeout: 60_000 }));
    assert.equal(out.dom, 'undefined');
    assert.equal(out.html, renderArticle(input, { base }));
  });
});
