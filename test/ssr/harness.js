// What the server-rendering tests share: the built package (dist/), the framework examples built
// with esbuild (server entry for Node, client entry for the browser), a local server for the
// pages, and headless system Chromium (test/browsers.js; nothing is downloaded).
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browsers.js';
import { serve } from '../../bench/lib/server.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
// Inside the project, so the Node bundles resolve react, vue and lit from node_modules.
const out = join(root, 'node_modules/.cache/news-article-ssr-test');

/** The package's entries, as an app imports them, pointed at the build in dist/. */
const PACKAGE = {
  'news-article-elements/server': join(dist, 'npm/server/index.js'),
  'news-article-elements': join(dist, 'news-article.js'),
};

/** Fails with what to do when the build, or its server entry, is missing. */
export function requireBuild() {
  for (const [name, file] of Object.entries(PACKAGE)) {
    if (!existsSync(file)) throw new Error(`${file} (${name}) is missing: run \`npm run build\` first.`);
  }
}

const packagePlugin = {
  name: 'news-article-elements from dist',
  setup(b) {
    b.onResolve({ filter: /^news-article-elements(\/server)?$/ }, (args) => ({ path: PACKAGE[args.path] }));
  },
};

/** Bundles `entry` for Node (`node`) or the browser (`browser`, development builds of React and Vue). */
async function bundle(entry, outfile, platform) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform,
    jsx: 'automatic',
    target: 'es2022',
    logLevel: 'warning',
    plugins: [packagePlugin],
    // Node: the frameworks and the package's own dependencies come from node_modules.
    ...(platform === 'node' && { packages: 'external' }),
    // The browser: development builds, so React and Vue report any hydration mismatch.
    ...(platform === 'browser' && {
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
      },
    }),
  });
}

/** A whole page around the app's server HTML; a classic script remembers the server's nodes. */
const pageHtml = (appHtml, title) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
<div id="root">${appHtml}</div>
<script>window.__serverParagraph = document.querySelector('#root .body p');</script>
<script type="module" src="./client.js"></script>
</body>
</html>
`;

/** The article the tests print: our own text, a written summary left out so the summarizer runs. */
export const ARTICLE = {
  title: 'Night ferries return to the northern isles',
  kicker: 'Transport',
  dek: 'The overnight crossing comes back after four winters, with fewer cabins and a café deck.',
  authors: [{ name: 'Ilse Marten', url: 'https://example.org/staff/ilse' }],
  published: '2026-03-02T06:00:00Z',
  lang: 'en',
  body: [
    'The first night ferry in four winters left the harbour at ten, with forty passengers and a hold full of post.',
    'The operator said the route would run three nights a week until May, then every night through the summer.',
    '## Fewer cabins',
    'Half of the old cabins became a café deck, which islanders had asked for at every public meeting since the route closed.',
    'Tickets cost a little more than before, but children under twelve travel free on weekdays.',
  ].join('\n\n'),
};

export async function ssrHarness() {
  requireBuild();
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const routes = {};
  const server = await serve(root, routes);
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

  /** Builds and server-renders examples/server/<framework>; serves it at /ssr/<framework>/. */
  async function frameworkPage(framework) {
    const dir = join(root, 'examples/server', framework);
    const ext = framework === 'react' ? 'jsx' : 'js';
    const serverFile = join(out, `${framework}-server.js`);
    const clientFile = join(out, `${framework}-client.js`);
    await bundle(join(dir, `server.${ext}`), serverFile, 'node');
    await bundle(join(dir, `client.${ext}`), clientFile, 'browser');
    const { renderApp } = await import(pathToFileURL(serverFile).href);
    const appHtml = await renderApp(ARTICLE);
    const html = pageHtml(appHtml, `${framework} SSR`);
    const { readFile } = await import('node:fs/promises');
    const client = await readFile(clientFile);
    routes[`/ssr/${framework}/index.html`] = () => ({ body: html, type: 'text/html; charset=utf-8' });
    routes[`/ssr/${framework}/client.js`] = () => ({ body: client, type: 'text/javascript; charset=utf-8' });
    // The control: the same page with one word of the app's own text changed after rendering.
    const tampered = pageHtml(appHtml.replace('Summary opened ', 'Summary shown '), `${framework} SSR, tampered`);
    routes[`/ssr/${framework}/tampered.html`] = () => ({ body: tampered, type: 'text/html; charset=utf-8' });
    return {
      appHtml,
      url: `${server.origin}/ssr/${framework}/index.html`,
      tamperedUrl: `${server.origin}/ssr/${framework}/tampered.html`,
    };
  }

  /** The page's rendered text (innerText: only what is laid out and visible). */
  async function visibleText(url, { javaScript = true } = {}) {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(javaScript);
      await page.goto(url, { waitUntil: 'load' });
      return await page.evaluate(() => document.body.innerText);
    } finally {
      await page.close();
    }
  }

  /** Loads `url`, waits for hydration, presses the summary toggle; reports what it saw. */
  async function hydrateAndToggle(url) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error' || /hydrat|mismatch/i.test(text)) problems.push(`console.${msg.type()}: ${text}`);
    });
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('main[data-hydrated]', { timeout: 15000 });
      await page.waitForFunction(() => customElements.get('news-article') && customElements.get('article-summary'));
      const status = () => page.$eval('.status', (p) => p.textContent);
      const statusBefore = await status();
      const sameNodes = await page.evaluate(
        () => window.__serverParagraph != null && document.querySelector('#root .body p') === window.__serverParagraph,
      );
      await page.evaluate(async () => {
        const summary = document.querySelector('#root news-article article-summary');
        await summary.updateComplete;
        summary.shadowRoot.querySelector('button').click();
      });
      await page.waitForFunction(() => document.querySelector('.status').textContent !== 'Summary opened 0 times', { timeout: 5000 }).catch(() => {});
      const statusAfter = await status();
      const shown = await page.evaluate(() => document.body.innerText);
      return { problems, sameNodes, statusBefore, statusAfter, shown };
    } finally {
      await page.close();
    }
  }

  return {
    article: ARTICLE,
    words: { headline: ARTICLE.title, firstParagraph: ARTICLE.body.split('\n\n')[0] },
    frameworkPage,
    visibleText,
    hydrateAndToggle,
    forget: (framework) => {
      delete routes[`/ssr/${framework}/index.html`];
      delete routes[`/ssr/${framework}/client.js`];
      delete routes[`/ssr/${framework}/tampered.html`];
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
