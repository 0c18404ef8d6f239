// Startup: evaluating the module until all three elements are defined, on a first visit (a new
// browser context, so a new renderer process with no compiled code); and 20 elements on one page.
import { open } from '../lib/browser.js';
import { measure } from '../lib/measure.js';
import { median, medianRatio } from '../lib/stats.js';
import { timing } from './render.js';

const TAGS = ['news-article', 'article-summary', 'article-nav'];

async function firstVisit(browser, origin, module) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    // The trace gives the renderer's thread CPU time of the module's parse, compile and evaluation.
    await page.tracing.start({ categories: ['devtools.timeline', 'v8'] });
    await page.goto(`${origin}/bench/page/startup.html?module=${module}`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.__evalEnd);
    const visit = await page.evaluate((tags) => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('.timed.js'));
      return {
        evaluate: globalThis.__evalEnd - globalThis.__evalStart,
        compile: globalThis.__evalStart - entry.responseEnd,
        defined: tags.every((t) => customElements.get(t)),
      };
    }, TAGS);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    return { ...visit, ...moduleCpu(events) };
  } finally {
    await context.close();
  }
}

/**
 * Thread CPU ms (`tdur`) of the timed module: `evaluateCpu`, its evaluation on the main thread;
 * `compileCpu`, its parse (streamed on a background thread while it downloads) and compile.
 */
function moduleCpu(events) {
  const timed = (e) => JSON.stringify(e.args ?? {}).includes('.timed.js');
  const compile = events.find((e) => e.name === 'v8.compileModule' && timed(e));
  if (!compile) throw new Error('startup: no v8.compileModule event for the timed module in the trace');
  // The module's evaluation: the longest one on the thread that compiled it, after it did.
  const evaluation = events
    .filter((e) => e.name === 'v8.evaluateModule' && e.pid === compile.pid && e.tid === compile.tid && e.ts > compile.ts)
    .sort((a, b) => b.dur - a.dur)[0];
  const parse = events.filter((e) => e.name === 'v8.parseOnBackground' && timed(e));
  const ms = (e) => (e?.tdur ?? 0) / 1000;
  return { evaluateCpu: ms(evaluation), compileCpu: ms(compile) + parse.reduce((sum, e) => sum + ms(e), 0) };
}

export async function startup({ browser, origin, runs, words }) {
  // Interleaved with the deps-only bundle (Lit + marked + DOMPurify, no code of ours): its floor.
  const visits = { ours: [], deps: [] };
  const bundles = [['ours', '../.out/news-article.timed.js'], ['deps', '../.out/deps/deps.timed.js']];
  for (let i = -1; i < runs; i++) {
    // The order alternates every round, as in the other suites.
    for (const [which, module] of i % 2 ? bundles : [...bundles].reverse()) {
      const visit = await firstVisit(browser, origin, module);
      if (which === 'ours' && !visit.defined) throw new Error('the module evaluated without defining all three elements');
      if (i >= 0) visits[which].push(visit);
    }
  }
  const section = 'Startup (first visit: a new browser context each run; floor = Lit + marked + DOMPurify alone)';
  // Thread CPU time from the trace in the ours / floor / ratio columns; the wall clock beside it
  // also counts the time other processes held the CPU.
  const row = (id, label, key) => ({
    id,
    section,
    label,
    value: median(visits.ours.map((v) => v[`${key}Cpu`])),
    floor: median(visits.deps.map((v) => v[`${key}Cpu`])),
    ratio: medianRatio(visits.ours.map((v) => v[`${key}Cpu`]), visits.deps.map((v) => v[`${key}Cpu`])),
    wall: median(visits.ours.map((v) => v[key])),
    floorWall: median(visits.deps.map((v) => v[key])),
    wallRatio: medianRatio(visits.ours.map((v) => v[key]), visits.deps.map((v) => v[key])),
    unit: 'ms',
  });
  // Ids new with the CPU columns: baselines before them hold only the wall clock.
  const rows = [
    row('startup.evaluate-cpu', 'module evaluation → 3 elements defined', 'evaluate'),
    row('startup.compile-cpu', 'bundle received → evaluation starts (parse, compile)', 'compile'),
  ];

  const { page, cdp } = await open(browser, `${origin}/bench/page/index.html`);
  await page.evaluate(() => window.bench.load(1000));
  const t = await measure({ page, cdp }, {
    ours: { run: ['many', 20, 1000, 'ours'] },
    floor: { run: ['many', 20, 1000, 'floor'] },
    oursShort: { run: ['many', 20, 1000, 'ours', { short: true }] },
    floorShort: { run: ['many', 20, 1000, 'floor', { short: true }] },
  }, { runs });
  await page.close();
  const w = words[1000].toLocaleString('en');
  for (const [id, label, a, b] of [
    ['startup.many', `20 × <news-article>, ${w} words each`, 'ours', 'floor'],
    ['startup.many-short', '20 × <news-article>, one-line body', 'oursShort', 'floorShort'],
  ]) {
    const r = timing(t, a, b, { id, section: 'Startup: 20 elements on one page, appended at once, until all are laid out', label });
    rows.push({ ...r, note: `${(r.value / 20).toFixed(2)} ms per element` });
  }
  return rows;
}
