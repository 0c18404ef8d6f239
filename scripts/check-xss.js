// Runs XSS payloads through the BUILT bundle (dist/news-article.js) in real browsers and reports,
// per engine, how many ran, how many executed script and what dangerous markup survived.
//
//   npm run check:xss -- [file] [--engines chromium,firefox,webkit] [--batch 40] [--settle 300]
//                           [--bundle dist/news-article.js] [--parallel]
//
// file: a JSON-lines corpus ({id, kind, payload} per line; default ../shared/eval/xss.jsonl, read
// at run time only), or a JS module exporting `markup`, `urls` and `texts` arrays of {id, payload}
// (e.g. test/fixtures/hostile/vectors.js). Every payload goes through an article's `body` and
// `summary` (the summary panel is opened); `url` payloads also go through `url`, `image.src`,
// `authors[].url`, `prev.url`, `next.url` and <article-nav prev-href/next-href>.
//
// The browsers are the system's, started by the same launchers as `npm run test:all`
// (web-test-runner.all.config.js: Chromium and Firefox through puppeteer, WebKit through
// WebKitWebDriver and MiniBrowser, under a private Xvfb when there is no display). The page
// traps alert, confirm, prompt, print and a canary, renders a batch, waits `--settle` ms for
// async handlers (image errors…), walks every shadow root with the oracle of the browser tests
// (test/security/helpers.ts: event handlers, script URLs, <script>, <iframe>, <object>, <embed>,
// <form>, <style>…), and re-runs a batch one payload at a time to name the payload that ran.
// Exit code 1 if anything executed or survived in any engine (or an engine failed to run).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const engines = option('engines', process.env.ENGINES || 'chromium,firefox,webkit');
const batchSize = Number(option('batch', 40));
const settleMs = Number(option('settle', 300));
const parallel = args.includes('--parallel') && Boolean(args.splice(args.indexOf('--parallel'), 1));
const bundle = resolve(option('bundle', 'dist/news-article.js'));
const file = resolve(args[0] ?? '../shared/eval/xss.jsonl');
/** An engine that reports no progress for this long has hung, crashed or navigated away. */
const STALL_MS = 90_000;

if (!existsSync(bundle)) fail(`${bundle} is missing: run \`npm run build\` first.`);
if (!existsSync(file)) fail(`${file} not found.`);

function fail(message) {
  console.error(`check-xss: ${message}`);
  process.exit(2);
}

/** Rows {id, kind, payload} from a JSON-lines corpus or a vectors module. */
async function readRows(path) {
  if (/\.[cm]?js$/.test(path)) {
    const m = await import(pathToFileURL(path).href);
    return [
      ...(m.markup ?? []).map((v) => ({ ...v, kind: 'markdown' })),
      ...(m.urls ?? []).map((v) => ({ ...v, kind: 'url' })),
      ...(m.texts ?? []).map((v) => ({ ...v, kind: 'markdown' })),
    ];
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, k) => {
      try {
        const { id, kind, payload } = JSON.parse(line);
        if (typeof payload !== 'string') throw new Error('no payload string');
        return { id: String(id ?? `row-${k + 1}`), kind: String(kind ?? 'html'), payload };
      } catch (error) {
        fail(`${path}:${k + 1}: ${error.message}`);
      }
    });
}

// The page side. Served as a module; `helpers` is test/security/helpers.ts compiled to JS.
async function harness({ findDanger, installTraps, shadowRoots }) {
  const params = new URLSearchParams(location.search);
  const engine = params.get('engine');
  const post = (path, data) =>
    fetch(`${path}?engine=${engine}`, { method: 'POST', body: JSON.stringify(data) }).catch(() => {});
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  try {
    await import('/dist/news-article.js');
    const { rows, batchSize, settleMs } = await (await fetch('/rows')).json();
    const traps = installTraps();
    const uncaught = [];
    addEventListener('error', (e) => uncaught.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
    // Refused articles and dropped URLs are logged by design; keep the console quiet.
    console.warn = console.error = () => {};

    const make = (row, path) => {
      const el = document.createElement(path === 'nav' ? 'article-nav' : 'news-article');
      el.id = `${row.id}--${path}`;
      const p = row.payload;
      if (path === 'body+summary') el.article = { title: 'T', body: p, summary: p };
      if (path === 'url-fields') {
        el.article = {
          title: 'T', body: 'Body.', url: p, image: { src: p, alt: 'a' }, authors: [{ name: 'A', url: p }],
          prev: { title: 'P', url: p }, next: { title: 'N', url: p },
        };
      }
      if (path === 'nav') {
        el.setAttribute('prev-href', p);
        el.setAttribute('next-href', p);
        el.setAttribute('prev-title', 'P');
      }
      return el;
    };
    const pathsOf = (row) => (row.kind === 'url' ? ['body+summary', 'url-fields', 'nav'] : ['body+summary']);

    /** Renders the rows, opens every summary, waits; returns what ran and what survived. */
    async function render(list) {
      const root = document.createElement('div');
      document.body.append(root);
      for (const row of list) for (const path of pathsOf(row)) root.append(make(row, path));
      const articles = [...root.querySelectorAll('news-article')];
      const deadline = Date.now() + 10_000;
      while (articles.some((a) => a.state === 'loading') && Date.now() < deadline) await sleep(10);
      await Promise.all(articles.map((a) => a.updateComplete));
      const summaries = shadowRoots(root).flatMap((r) => [...r.querySelectorAll('article-summary')]);
      for (const s of summaries) s.open = true;
      await Promise.all(summaries.map((s) => s.updateComplete));
      await sleep(settleMs);
      const result = { hits: traps.hits.splice(0), danger: findDanger(root), errors: uncaught.splice(0) };
      root.remove();
      return result;
    }

    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const { hits, danger, errors } = await render(batch);
      const executed = [];
      if (hits.length) {
        for (const row of batch) {
          const one = await render([row]);
          if (one.hits.length) executed.push({ id: row.id, hits: one.hits });
        }
        // Timing-dependent: it ran in the batch but not alone. Still a failure.
        if (!executed.length) executed.push({ id: `batch ${i / batchSize + 1}`, hits });
      }
      await post('/progress', {
        done: i + batch.length,
        renders: batch.reduce((n, row) => n + pathsOf(row).length, 0),
        executed,
        survivors: danger,
        errors,
      });
    }
    await post('/done', {});
  } catch (error) {
    await post('/done', { error: String(error?.stack ?? error) });
  }
}

const helpersJs = ts.transpileModule(readFileSync(resolve('test/security/helpers.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
}).outputText;

const rows = await readRows(file);
const state = new Map(); // engine -> { runs, renders, executed[], survivors[], errors[], done }

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, type, body) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const s = state.get(url.searchParams.get('engine'));
    const data = JSON.parse(body || '{}');
    if (s && url.pathname === '/progress') {
      s.alive();
      s.runs = data.done;
      s.renders += data.renders;
      s.executed.push(...data.executed);
      s.survivors.push(...data.survivors);
      s.errors.push(...data.errors);
    }
    if (s && url.pathname === '/done') {
      if (data.error) s.errors.push(data.error);
      s.done();
    }
    return send(204, 'text/plain', '');
  }
  switch (url.pathname) {
    case '/':
      return send(200, 'text/html', '<!doctype html><meta charset="utf-8"><title>check-xss</title><script type="module" src="/harness.js"></script><body></body>');
    case '/harness.js':
      return send(200, 'text/javascript', `import * as helpers from '/helpers.js';\n(${harness})(helpers);\n`);
    case '/helpers.js':
      return send(200, 'text/javascript', helpersJs);
    case '/dist/news-article.js':
      return send(200, 'text/javascript', readFileSync(bundle));
    case '/rows':
      return send(200, 'application/json', JSON.stringify({ rows, batchSize, settleMs }));
    default:
      return send(404, 'text/plain', 'not found');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// The browsers of `npm run test:all`, for the engines asked for.
process.env.ENGINES = engines;
const { default: allConfig } = await import(pathToFileURL(resolve('web-test-runner.all.config.js')).href);
const engineNames = engines.split(',').map((e) => e.trim()).filter(Boolean);
const launchers = allConfig.browsers;

console.log(`check-xss: ${rows.length} payloads from ${file}, in ${engineNames.join(', ')} (batches of ${batchSize}, ${settleMs} ms each)`);
const started = Date.now();

async function runEngine(launcher, k) {
  const engine = engineNames[k];
  const s = { runs: 0, renders: 0, executed: [], survivors: [], errors: [], finished: false };
  const finished = new Promise((resolve, reject) => {
    s.done = () => {
      s.finished = true;
      resolve();
    };
    // Re-armed on every progress report from the page.
    s.alive = () => {
      clearTimeout(s.timer);
      s.timer = setTimeout(() => reject(new Error(`no progress for ${STALL_MS / 1000} s`)), STALL_MS);
    };
  });
  state.set(engine, s);
  const sessionId = `check-xss-${engine}`;
  try {
    s.alive();
    await launcher.initialize({ concurrency: 1, coverage: false, coverageConfig: {}, browserLogs: false }, []);
    // A real dialog (from a frame the traps do not reach) would block the page: count it as
    // executed script and dismiss it. Puppeteer reports dialogs; WebDriver dismisses an open one
    // (and says so) on the next command, so it is pinged every 2 s.
    const dialog = (text) => s.executed.push({ id: 'a real dialog', hits: [String(text)] });
    s.poll = setInterval(() => {
      launcher.driver?.execute('return 0').catch((error) => {
        if (/alert|prompt|dialog/i.test(error.message)) dialog(error.message.split('\n')[0]);
      });
    }, 2000);
    const session = launcher.startSession(sessionId, `${origin}/?engine=${engine}`);
    session.catch(() => {}); // reported through `finished` (stall) when it matters
    await Promise.race([session, finished]);
    if (launcher.getPage) {
      launcher.getPage(sessionId).on('dialog', (d) => {
        dialog(`${d.type()}(${d.message()})`);
        d.dismiss().catch(() => {});
      });
    }
    s.alive();
    await finished;
  } catch (error) {
    s.errors.push(`${engine}: ${error.message}`);
  } finally {
    clearTimeout(s.timer);
    clearInterval(s.poll);
    await launcher.stopSession(sessionId).catch(() => {});
    await launcher.stop().catch(() => {});
  }
  if (!s.finished) s.errors.push(`${engine}: the page stopped reporting after ${s.runs} payloads (it navigated away or crashed).`);
  return [engine, s];
}

// Launchers poll their browsers in the background (WebDriver heartbeats); one that fails while a
// page is blocked must not end this process before the report.
process.on('unhandledRejection', (error) => console.error(`check-xss: (background) ${error?.message ?? error}`.split('\n')[0]));
// One engine at a time: three browsers starting at once on a small machine can stall WebKit's
// WebDriver session (--parallel runs them together).
const results = [];
if (parallel) results.push(...(await Promise.all(launchers.map(runEngine))));
else for (const [k, launcher] of launchers.entries()) results.push(await runEngine(launcher, k));
server.close();

let failed = false;
console.log('');
for (const [engine, s] of results) {
  const bad = s.executed.length || s.survivors.length || s.errors.length || s.runs !== rows.length;
  failed ||= bad;
  console.log(
    `${bad ? '✗' : '✓'} ${engine.padEnd(9)} payloads run: ${s.runs}/${rows.length} (${s.renders} renders)   executed: ${s.executed.length}   dangerous survivors: ${s.survivors.length}   errors: ${s.errors.length}`,
  );
  for (const e of s.executed) console.log(`    executed  ${e.id}: ${e.hits.join(', ')}`);
  for (const d of s.survivors) console.log(`    survivor  ${d}`);
  for (const e of s.errors) console.log(`    error     ${e}`);
}
console.log(`\ncheck-xss: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
