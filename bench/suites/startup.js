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
    await page.goto(`${origin}/bench/page/startup.html?module=${module}`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.__evalEnd);
    return await page.evaluate((tags) => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('.timed.js'));
      return {
        evaluate: globalThis.__evalEnd - globalThis.__evalStart,
        compile: globalThis.__evalStart - entry.responseEnd,
        defined: tags.every((t) => customElements.get(t)),
      };
    }, TAGS);
  } finally {
    await context.close();
  }
}

export async function startup({ browser, origin, runs, words }) {
  // Interleaved with the deps-only bundle (Lit + marked + DOMPurify, no code of ours): its floor.
  const visits = { ours: [], deps: [] };
  for (let i = -1; i < runs; i++) {
    for (const [which, module] of [['ours', '../.out/news-article.timed.js'], ['deps', '../.out/deps/deps.timed.js']]) {
      const visit = await firstVisit(browser, origin, module);
      if (which === 'ours' && !visit.defined) throw new Error('the module evaluated without defining all three elements');
      if (i >= 0) visits[which].push(visit);
    }
  }
  const section = 'Startup (first visit: a new browser context each run; floor = Lit + marked + DOMPurify alone)';
  // A new renderer process: no CPU time of its own to read, so these are wall clock only.
  const row = (id, label, key) => ({
    id,
    section,
    label,
    wall: median(visits.ours.map((v) => v[key])),
    floorWall: median(visits.deps.map((v) => v[key])),
    wallRatio: medianRatio(visits.ours.map((v) => v[key]), visits.deps.map((v) => v[key])),
    unit: 'ms',
  });
  const rows = [
    row('startup.evaluate', 'module evaluation → 3 elements defined', 'evaluate'),
    row('startup.compile', 'bundle received → evaluation starts (parse, compile)', 'compile'),
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
