// React 19 and Vue 3 server rendering of a page with <news-article> (examples/server/): the
// server HTML holds the article (renderArticle), a reader with JavaScript off sees it, and after
// hydration the article's nodes are the server's, the summary toggle's listener runs, and nothing
// logs a hydration mismatch. Uses the built package (dist/): `npm run build` first.
// Run: node --test test/ssr/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ssrHarness } from './harness.js';

const harness = await ssrHarness();
const { article, words } = harness;

for (const framework of ['react', 'vue']) {
  describe(`${framework} server render with <news-article>`, () => {
    let page;
    before(async () => {
      page = await harness.frameworkPage(framework);
    });
    after(() => harness.forget(framework));

    it('prints the article in the server HTML, before any script runs', () => {
      assert.match(page.appHtml, /<news-article[\s>]/);
      assert.ok(page.appHtml.includes(words.headline), 'the headline is in the HTML');
      assert.ok(page.appHtml.includes(words.firstParagraph), 'the first paragraph is in the HTML');
    });

    it('shows the headline and the body to a reader with JavaScript off', async () => {
      const shown = await harness.visibleText(page.url, { javaScript: false });
      assert.ok(shown.includes(article.title), `headline shown; saw: ${shown.slice(0, 200)}`);
      assert.ok(shown.includes(words.firstParagraph), 'first paragraph shown');
    });

    it('hydrates over the server nodes, fires the summary listener, and logs no mismatch', async () => {
      const run = await harness.hydrateAndToggle(page.url);
      assert.deepEqual(run.problems, [], 'no console error, hydration warning or page error');
      assert.ok(run.sameNodes, 'the article paragraph after hydration is the node the server printed');
      assert.equal(run.statusBefore, 'Summary opened 0 times');
      assert.equal(run.statusAfter, 'Summary opened 1 times', 'the listener added by the framework ran');
      assert.ok(run.shown.includes(words.firstParagraph), 'the article is still shown after hydration');
    });

    it('reports a mismatch in the app around the article (control: the check above can fail)', async () => {
      const run = await harness.hydrateAndToggle(page.tamperedUrl);
      assert.ok(
        run.problems.some((p) => /hydrat|mismatch/i.test(p)),
        `a hydration problem is logged; saw: ${run.problems.join(' | ') || 'nothing'}`,
      );
    });
  });
}

after(() => harness.close());
