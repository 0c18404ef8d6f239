// The consumer test: the package as an app gets it from npm. Packs this repository (after
// `npm run build`), installs the tarball with React, Vue and Svelte in a clean temporary folder
// and checks, in that folder:
// 1. plain Node imports it and runs parseArticle and summarize (no DOM, no shim);
// 2. strict TypeScript, TSX (React 19), a Vue SFC (vue-tsc, strictTemplates) and a Svelte file
//    (svelte-check) that use every element, property and event type-check, and typos do not;
// 3. the three examples in examples/ build with Vite and work in headless Chromium: the article
//    renders from a property, the summary toggle opens, the next link routes without a page load;
// 4. a page that loads dist/news-article.js from two URLs shows the article with no error.
// Usage: npm run build && npm run test:package [-- --keep] (--keep leaves the folder for a look).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browsers.js';
import { elementsOf } from '../build/framework-types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const consumerFiles = join(root, 'test/package/consumer');
const keep = process.argv.includes('--keep');

// What an app installs besides the package (versions an app would pick today).
const APP_DEPENDENCIES = {
  typescript: '~5.9.0',
  vite: '^8.0.0',
  react: '^19.2.0',
  'react-dom': '^19.2.0',
  '@types/react': '^19.2.0',
  '@types/react-dom': '^19.2.0',
  '@vitejs/plugin-react': '^6.0.0',
  vue: '^3.5.0',
  'vue-tsc': '^3.0.0',
  '@vitejs/plugin-vue': '^6.0.0',
  svelte: '^5.40.0',
  'svelte-check': '^4.3.0',
  '@sveltejs/vite-plugin-svelte': '^7.0.0',
};

const results = [];
function step(name, run) {
  process.stdout.write(`• ${name} … `);
  const started = Date.now();
  return Promise.resolve()
    .then(run)
    .then((detail) => {
      results.push({ name, ok: true });
      console.log(`ok (${((Date.now() - started) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
    })
    .catch((error) => {
      results.push({ name, ok: false });
      console.log('FAILED');
      console.error(`  ${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`.trim().replace(/\n/g, '\n  '));
    });
}

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function run(command, args, cwd, options = {}) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

if (!existsSync(join(root, 'dist/npm/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'news-article-consumer-'));
console.log(`consumer folder: ${dir}`);

await step('npm pack', () => {
  const [{ filename, size, entryCount }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'news-article-elements': `file:./${filename}`, ...APP_DEPENDENCIES } }, null, 2),
  );
  return `${filename}, ${entryCount} files, ${size} bytes`;
});

await step('npm install (tarball + React, Vue, Svelte, TypeScript, Vite)', () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir, { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' } });
});

cpSync(consumerFiles, join(dir, 'consumer'), { recursive: true });
cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
const bin = (name) => join(dir, 'node_modules/.bin', name);

await step('Node: import, parseArticle, summarize', () => run(process.execPath, ['consumer/node-import.mjs'], dir).trim());

await step('the consumer files use every element, property, attribute and event of the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/news-article-elements/dist/custom-elements.json'), 'utf8'));
  const missing = [];
  for (const file of ['elements.tsx', 'Elements.vue', 'Elements.svelte']) {
    const text = readFileSync(join(dir, 'consumer', file), 'utf8');
    const vue = file.endsWith('.vue');
    for (const e of elementsOf(manifest)) {
      // What is written between each `<tag` and its `</tag>`.
      const uses = text.split(`<${e.tag}`).slice(1).map((rest) => ` ${rest.slice(0, rest.indexOf(`</${e.tag}>`))}`).join('\n');
      if (!uses) missing.push(`${file}: <${e.tag}>`);
      const used = (name) => new RegExp(`[\\s:@]${escape(name)}[\\s=>]`).test(uses);
      // A property counts as used as itself or as its attribute; not the ones the element sets itself (`state`).
      const properties = e.properties.filter((p) => !/^Set by the element/.test(p.description ?? ''));
      for (const p of properties) if (!used(vue ? kebab(p.name) : p.name) && !(p.attribute && used(p.attribute))) missing.push(`${file}: <${e.tag}> ${p.name}`);
      const names = [...e.attributes.map((a) => a.name), ...e.events.map((ev) => (vue ? `@${ev.name}` : `on${ev.name}`))];
      for (const name of names) if (!used(name)) missing.push(`${file}: <${e.tag}> ${name}`);
    }
  }
  if (missing.length) throw new Error(`add these to test/package/consumer/:\n${missing.join('\n')}`);
});

await step('TypeScript strict: the API and React 19 JSX', () => {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        types: [],
        skipLibCheck: false,
      },
      files: ['consumer/strict.ts', 'consumer/elements.tsx'],
    }),
  );
  run(bin('tsc'), ['-p', 'tsconfig.json'], dir);
});

await step('vue-tsc strictTemplates: a Vue SFC', () => {
  writeFileSync(
    join(dir, 'tsconfig.vue.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], types: [], skipLibCheck: true },
      vueCompilerOptions: { strictTemplates: true },
      files: ['consumer/Elements.vue'],
    }),
  );
  run(bin('vue-tsc'), ['-p', 'tsconfig.vue.json'], dir);
});

await step('svelte-check: a Svelte file, and one with typos that must fail', () => {
  const check = (file) => {
    const folder = join(dir, `svelte-${file}`);
    mkdirSync(folder);
    cpSync(join(dir, 'consumer', file), join(folder, file));
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], types: [], skipLibCheck: true, verbatimModuleSyntax: true } }),
    );
    try {
      return { ok: true, output: run(bin('svelte-check'), ['--workspace', folder, '--output', 'human', '--fail-on-warnings'], dir) };
    } catch (error) {
      return { ok: false, output: `${error.stdout}${error.stderr}` };
    }
  };
  const good = check('Elements.svelte');
  if (!good.ok) throw new Error(`Elements.svelte does not check:\n${good.output}`);
  const typo = check('Typo.svelte');
  if (typo.ok || !/articel/.test(typo.output) || !/sepia/.test(typo.output)) throw new Error(`Typo.svelte should fail on "articel" and "sepia":\n${typo.output}`);
});

const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const framework of ['react', 'vue', 'svelte']) {
    const app = join(dir, 'examples', framework);
    await step(`examples/${framework}: build`, () => {
      run(bin('vite'), ['build', '--config', join(app, 'vite.config.js'), '--logLevel', 'warn'], dir);
    });
    await step(`examples/${framework}: article, summary toggle, SPA routing in Chromium`, () => checkExample(browser, join(app, 'dist')));
  }
  await step('dist/news-article.js loaded from two URLs', () => checkBundleTwice(browser, join(dir, 'node_modules/news-article-elements/dist')));
} finally {
  await browser.close();
}

if (!keep) rmSync(dir, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} of ${results.length} consumer checks passed${failed.length ? `; failed: ${failed.map((r) => r.name).join('; ')}` : ''}.`);
process.exit(failed.length ? 1 : 0);

/** Serves `folder` (any unknown path gets index.html, as an SPA host does) until closed. */
async function serve(folder, pages = {}) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    let file = resolve(folder, `.${path}`);
    if (!file.startsWith(folder) || !existsSync(file) || path.endsWith('/')) file = join(folder, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => (server.close(done), server.closeAllConnections())) };
}

/** Text of the first match of `selectors`, each inside the previous one's shadow root. */
function deepText(page, selectors) {
  return page.evaluate((path) => {
    let node = document;
    for (const [i, selector] of path.entries()) {
      node = (i ? node.shadowRoot : node)?.querySelector(selector);
      if (!node) return null;
    }
    return node.textContent.replace(/\s+/g, ' ').trim();
  }, selectors);
}

async function waitFor(what, check, timeout = 10_000) {
  const end = Date.now() + timeout;
  if (process.env.DEBUG) console.log(`  waiting for ${what}`);
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function checkExample(browser, dist) {
  const { articles } = await import(join(dir, 'examples/articles.js'));
  const server = await serve(dist);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(server.url, { waitUntil: 'load', timeout: 15_000 });
    const headline = () => deepText(page, ['news-article', 'h1']);
    await waitFor(`the headline "${articles[0].title}"`, async () => (await headline()) === articles[0].title);
    await page.evaluate(() => (window.sameDocument = true));

    // The summary toggle: the reader presses the button, the panel shows sentences of the article.
    await page.evaluate(() => {
      const summary = document.querySelector('news-article').shadowRoot.querySelector('article-summary');
      summary.shadowRoot.querySelector('[part~="button"]').click();
    });
    await waitFor('"Summary open" from the article-summary-toggle event', async () => (await page.$eval('#summary-state', (p) => p.textContent)) === 'Summary open');
    const panel = await waitFor('the summary panel', () => deepText(page, ['news-article', 'article-summary', '[part~="panel"]']));
    const firstSentence = articles[0].body.split('\n\n')[0];
    if (!panel.includes(firstSentence.slice(0, 40))) throw new Error(`the summary panel does not quote the article: "${panel}"`);

    // SPA routing: the next link's cancelable event is cancelled and the app routes itself.
    await page.evaluate(() => {
      const nav = document.querySelector('news-article').shadowRoot.querySelector('article-nav');
      nav.shadowRoot.querySelector('a[rel="next"]').click();
    });
    await waitFor(`the next headline "${articles[1].title}"`, async () => (await headline()) === articles[1].title);
    const state = await page.evaluate(() => ({ path: location.pathname, same: window.sameDocument === true }));
    if (state.path !== articles[1].url) throw new Error(`the route is ${state.path}, not ${articles[1].url}`);
    if (!state.same) throw new Error('the next link loaded a new page instead of routing in the app');
    await page.evaluate(() => history.back());
    await waitFor('the first headline again after Back', async () => (await headline()) === articles[0].title);
    if (errors.length) throw new Error(`errors on the page: ${errors.join(' | ')}`);
    return 'headline, summary panel, next → route, back';
  } finally {
    await page.close();
    await server.close();
  }
}

async function checkBundleTwice(browser, dist) {
  const article = JSON.stringify({ title: 'Loaded twice, shown once', body: 'Two script tags load the bundle; the page still works.' });
  const server = await serve(dist, {
    '/twice.html': `<!doctype html><meta charset="utf-8">
      <script type="module" src="/news-article.js"></script>
      <script type="module" src="/news-article.js?from=a-widget"></script>
      <news-article><script type="application/json">${article}</script></news-article>`,
  });
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'error' ? errors : message.type() === 'warn' ? warnings : []).push(message.text()));
  try {
    await page.goto(`${server.url}/twice.html`, { waitUntil: 'load' });
    await waitFor('the headline', async () => (await deepText(page, ['news-article', 'h1'])) === 'Loaded twice, shown once');
    if (errors.length) throw new Error(`errors on the page: ${errors.join(' | ')}`);
    const tags = warnings.filter((w) => /already defined/.test(w)).length;
    return `no error; ${tags} "already defined" warnings from the second copy`;
  } finally {
    await page.close();
    await server.close();
  }
}
