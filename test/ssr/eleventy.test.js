// The Eleventy example (examples/eleventy/) built by Eleventy: every article page has the article
// and its JSON-LD in the HTML, shows it with JavaScript off, and upgrades without an error.
// Uses the built package (dist/) through the package's own name: `npm run build` first.
// Run: node --test test/ssr/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Eleventy from '@11ty/eleventy';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browsers.js';
import { serve } from '../../bench/lib/server.js';
import { requireBuild, root } from './harness.js';

const example = join(root, 'examples/eleventy');
const site = join(root, 'node_modules/.cache/news-article-eleventy-test');

/** What each article of examples/eleventy/articles/ must show: its headline and a body sentence. */
const PAGES = {
  '/news/night-ferries/': {
    headline: 'Night ferries return to the northern isles',
    sentence: 'The first night ferry in four winters left the harbour at ten',
  },
  '/news/lighthouse/': {
    headline: "A lighthouse keeper's last winter",
    sentence: 'Every evening for thirty years, Aldo Brenner climbed one hundred and twelve steps',
  },
};

const decode = (html) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('Eleventy example: article pages printed by renderArticle', () => {
  let server;
  let browser;
  before(async () => {
    requireBuild();
    await rm(site, { recursive: true, force: true });
    const eleventy = new Eleventy(relative(process.cwd(), example), relative(process.cwd(), site), {
      configPath: relative(process.cwd(), join(example, 'eleventy.config.js')),
      quietMode: true,
    });
    await eleventy.write();
    server = await serve(site);
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes one page per article with the article and its NewsArticle JSON-LD in the HTML', async () => {
    for (const [path, { headline, sentence }] of Object.entries(PAGES)) {
      const html = decode(await readFile(join(site, path, 'index.html'), 'utf8'));
      assert.match(html, /<news-article[\s>][\s\S]*<article[\s>]/, `${path}: the printed structure`);
      assert.ok(html.includes(headline), `${path}: the headline`);
      assert.ok(html.includes(sentence), `${path}: the body`);
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
      assert.ok(ld, `${path}: a JSON-LD block`);
      const data = JSON.parse(ld[1]);
      assert.equal(data['@type'], 'NewsArticle', `${path}: JSON-LD type`);
      assert.equal(data.headline, headline, `${path}: JSON-LD headline`);
    }
    await readFile(join(site, 'assets/news-article.js')); // the module was copied beside the pages
  });

  for (const javaScript of [false, true]) {
    it(`shows every article ${javaScript ? 'after the module upgrades it (summary toggle added), with no error' : 'with JavaScript off'}`, async () => {
      for (const [path, { headline, sentence }] of Object.entries(PAGES)) {
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
        try {
          await page.setJavaScriptEnabled(javaScript);
          await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
          if (javaScript) {
            await page.waitForFunction(() => customElements.get('news-article') && customElements.get('article-summary'));
            await page.evaluate(() => document.querySelector('news-article').updateComplete);
            const toggle = await page.evaluate(async () => {
              const summary = document.querySelector('news-article article-summary');
              await summary?.updateComplete;
              return summary?.shadowRoot?.querySelector('button')?.textContent.trim();
            });
            assert.ok(toggle, `${path}: the upgrade added the summary toggle`);
          }
          const shown = await page.evaluate(() => document.body.innerText);
          assert.ok(shown.includes(headline), `${path}: headline shown; saw: ${shown.slice(0, 200)}`);
          assert.ok(shown.includes(sentence), `${path}: body shown`);
          assert.deepEqual(problems, [], `${path}: no error`);
        } finally {
          await page.close();
        }
      }
    });
  }
});
