// Page level: whole pages loaded in headless Chromium as a reader's phone would (CPU 4× slower,
// 40 ms RTT and 10 Mbit/s, gzip, no cache, a new browser context each load), rounds interleaved
// (each round loads every page once, in a rotating order), for the time until the article's text
// is painted and the main thread's blocking from navigation. Pages: bench/page/pages.js.
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { pagesWith, VENDOR_MAP, writePages } from '../page/pages.js';
import { serve } from '../lib/server.js';
import { median } from '../lib/stats.js';

export const PAGE_SIZES = [1000, 10000];
const CPU_SLOWDOWN = 4;
const NETWORK = { offline: false, latency: 40, downloadThroughput: (10 * 1e6) / 8, uploadThroughput: (10 * 1e6) / 8 };
/** A page is done when its text is painted, it has loaded, and no long task came for this long. */
const QUIET_MS = 500;
const LOAD_TIMEOUT = 60000;

const require = createRequire(import.meta.url);

/** The local copies of what md-block and zero-md would fetch from a CDN, and the two elements. */
async function vendor(root) {
  const dir = join(root, 'bench/.out/page/vendor');
  await mkdir(dir, { recursive: true });
  const entries = {
    'marked-4.js': join(root, 'node_modules/marked-4/lib/marked.esm.js'),
    'dompurify.js': require.resolve('dompurify'),
    'marked.js': join(root, 'node_modules/marked/lib/marked.esm.js'),
    'marked-base-url.js': join(root, 'node_modules/marked-base-url/src/index.js'),
    'marked-gfm-heading-id.js': join(root, 'node_modules/marked-gfm-heading-id/src/index.js'),
    'marked-alert.js': join(root, 'node_modules/marked-alert/dist/index.js'),
    'marked-highlight.js': join(root, 'node_modules/marked-highlight/src/index.js'),
    // md-block ships unminified source; a site would minify it as it minifies its own scripts.
    'md-block.js': join(root, 'node_modules/md-block/md-block.js'),
  };
  if (Object.keys(entries).filter((f) => f !== 'md-block.js').sort().join() !== Object.values(VENDOR_MAP).sort().join()) {
    throw new Error('bench/suites/page.js builds other vendor files than bench/page/pages.js maps');
  }
  for (const [file, entry] of Object.entries(entries)) {
    await esbuild({
      entryPoints: [entry],
      outfile: join(dir, file),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'warning',
      // md-block imports its libraries by URL at run time: left as they are, for the import map.
      external: ['https://*'],
    });
  }
  await copyFile(join(root, 'node_modules/zero-md/dist/index.min.js'), join(dir, 'zero-md.js'));
}

/** `renderArticle` from the server entry of the build under test, or undefined if it has none. */
async function serverEntry(dist) {
  const file = join(dist, 'npm/server/index.js');
  if (!existsSync(file)) return undefined;
  const { renderArticle } = await import(pathToFileURL(file).href);
  return renderArticle;
}

/** One load of `url` in a fresh context, throttled; resolves to the probe's numbers. */
async function load(browser, url, origin) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    const foreign = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && foreign.push(request.url()));
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    try {
      await page.waitForFunction(
        (quiet) => {
          const p = window.__probe;
          const now = performance.now();
          const lastTask = Math.max(0, ...p.longTasks.map((t) => t.start + t.duration));
          return p.painted > 0 && p.lcp > 0 && now - p.painted > quiet && now - lastTask > quiet;
        },
        { timeout: LOAD_TIMEOUT, polling: 100 },
        QUIET_MS,
      );
    } catch {
      throw new Error(`the article's text never showed${errors.length ? `: ${errors[0]}` : ''}`);
    }
    if (foreign.length) throw new Error(`requested from outside this machine: ${foreign.join(', ')}`);
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    const probe = await page.evaluate(() => window.__probe);
    // When the last script and the article's data arrived: what is left before the paint is work.
    const arrived = await page.evaluate(() => {
      const last = (pattern) =>
        Math.max(0, ...performance.getEntriesByType('resource').filter((e) => pattern.test(new URL(e.name).pathname)).map((e) => e.responseEnd));
      return { scripts: last(/\.js$/), data: last(/\.(json|md)$/) };
    });
    const blocking = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    const before = probe.longTasks.filter((t) => t.start < probe.painted);
    return {
      lcp: probe.lcp,
      painted: probe.painted,
      tbt: blocking(probe.longTasks),
      tbtBefore: blocking(before),
      longBefore: before.length,
      longest: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
      scripts: arrived.scripts,
      data: arrived.data,
    };
  } finally {
    await context.close();
  }
}

const quartiles = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (s.length - 1) * q;
    return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
  };
  return [at(0.25), at(0.5), at(0.75)];
};

/** "1.23 (1.10–1.40)": the median of per-round ratios a/b and their interquartile range. */
function ratioText(a, b) {
  if (!a || !b) return '';
  const [q1, m, q3] = quartiles(a.map((x, i) => x / b[i]));
  return `${m.toFixed(2)} (${q1.toFixed(2)}–${q3.toFixed(2)})`;
}

/** The markdown table of the results (also printed), one per article size. */
export function pageTable(results, words, meta) {
  const lines = [];
  for (const size of Object.keys(results)) {
    const r = results[size];
    lines.push(
      '',
      `${Number(words[size]).toLocaleString('en')} words — medians of ${meta.rounds} rounds; ratios: median of per-round ratios (IQR)`,
      '',
      '| page | LCP | text painted | last script received | data received | render after data | LCP ÷ (a) static | LCP ÷ (e) hand-written | render after data ÷ (e) | TBT before text | long tasks before text | TBT total | longest task |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    // From what the page renders after (its data, or its last script) to the text painted.
    const afterData = (runs, renders) => runs?.map((x) => x.painted - (renders === 'data' ? x.data : x.scripts));
    for (const { id, label, renders } of pagesWith(meta.against)) {
      const runs = r[id];
      if (!runs?.length) {
        lines.push(`| ${label} | ${r.missing?.[id] ?? 'pending'} | | | | | | | | | | | |`);
        continue;
      }
      const col = (key) => runs.map((x) => x[key]);
      const ms = (key) => `${Math.round(median(col(key)))} ms`;
      const after = renders && afterData(runs, renders);
      lines.push(
        `| ${label} | ${ms('lcp')} | ${ms('painted')} | ${median(col('scripts')) ? ms('scripts') : '–'} | ${median(col('data')) ? ms('data') : '–'} | ${after ? `${Math.round(median(after))} ms` : '–'} | ${ratioText(col('lcp'), r.static?.map((x) => x.lcp))} | ${ratioText(col('lcp'), r.hand?.map((x) => x.lcp))} | ${after ? ratioText(after, afterData(r.hand, 'data')) : '–'} | ${ms('tbtBefore')} | ${median(col('longBefore'))} | ${ms('tbt')} | ${ms('longest')} |`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * Runs the page bench: `rounds` interleaved rounds (plus one warm-up round not counted) of
 * every page at every size. Prints its own table and keeps the results in `extra.page` (saved with the run); adds no
 * rows to the main table.
 */
export async function page({ root, browser, dist, pageRounds: rounds = 5, words, against, extra = {} }) {
  await vendor(root);
  if (against) await copyFile(against, join(root, 'bench/.out/against.js'));
  const renderArticle = await serverEntry(dist);
  const results = {};
  const pending = 'pending: this build has no `renderArticle` (npm/server/index.js)';
  const missing = renderArticle ? {} : { server: pending, 'server-late': pending };
  const { generateArticle } = await import('../lib/generate.js');
  const pages = {};
  for (const size of PAGE_SIZES) {
    pages[size] = await writePages(root, size, generateArticle(size, size), { renderArticle, against: !!against });
    results[size] = { missing };
  }
  const server = await serve(root, {}, { gzip: true });
  try {
    for (let round = -1; round < rounds; round++) {
      process.stderr.write(`bench: page round ${round + 1}/${rounds}${round < 0 ? ' (warm-up)' : ''}…\n`);
      for (const size of PAGE_SIZES) {
        // Rotate the order each round, so no page always goes first after a quiet moment.
        const ids = pages[size];
        const order = ids.map((_, i) => ids[(i + Math.max(round, 0)) % ids.length]);
        for (const id of order) {
          const url = `${server.origin}/bench/.out/page/${size}/${id}.html`;
          try {
            const result = await load(browser, url, server.origin);
            if (round >= 0) (results[size][id] ??= []).push(result);
          } catch (error) {
            throw new Error(`page bench, ${id} at ${size} words: ${error.message}`);
          }
        }
      }
    }
  } finally {
    await server.close();
  }
  const sizes = Object.fromEntries(PAGE_SIZES.map((s) => [s, words?.[s] ?? s]));
  const table = pageTable(results, sizes, { rounds, against: !!against });
  console.log(
    `\nPage level: Chromium, CPU ${CPU_SLOWDOWN}× slower, ${NETWORK.latency} ms RTT, 10 Mbit/s, gzip, no cache, a new context per load` +
      `\n(a) = the limit; (e) = the hand-written page. "text painted": the frame that first shows the body's first paragraph;
"received": responseEnd of the last script / of the article's JSON or markdown (from navigation).\n${table}\n`,
  );
  extra.page = { rounds, results, table };
  return [];
}
