// The extractive summary: summarize() alone in the browser and in Node, and the whole
// "Get a summary" press in the element (read the text from the DOM, summarize, render).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { call, open } from '../lib/browser.js';
import { measure, pageGc } from '../lib/measure.js';
import { median } from '../lib/stats.js';
import { failed, timing } from './render.js';

const MAX_1000 = 3; // ms, median at 1,000 words
const MAX_GROWTH = 60; // 50,000 words ≤ 60 × 1,000 words
const REPS = { 1000: 20, 10000: 4, 50000: 1 }; // calls per measured run
const MAX_PER_100KB = 50; // ms in Node, median, on every adversarial text (issue #13)

/** summarize() on the adversarial texts of lib/adversarial.js, in Node: ms per 100 KB. */
function adversarialRows(runs) {
  const script = fileURLToPath(new URL('../lib/node-adversarial.js', import.meta.url));
  const times = JSON.parse(execFileSync(process.execPath, ['--expose-gc', script, String(runs)], { encoding: 'utf8' }));
  const section = `Summary: summarize(text) on adversarial text in Node ${process.version} (wall clock per 100 KB of text)`;
  return Object.entries(times).map(([name, { kb, wall, cpu, points }], i) => {
    const perHundred = (100 * median(wall)) / kb;
    return {
      id: `summary.adversarial.${i}`,
      section,
      label: `${name} (${kb.toFixed(0)} KB)`,
      value: perHundred,
      wall: median(wall),
      unit: 'ms',
      target: `≤ ${MAX_PER_100KB} ms / 100 KB`,
      met: perHundred <= MAX_PER_100KB,
      note: `${median(wall).toFixed(1)} ms for the text (process CPU ${((100 * median(cpu)) / kb).toFixed(1)} ms / 100 KB); ${points} point${points === 1 ? '' : 's'}`,
    };
  });
}

/** The first press on a freshly loaded page: the summarizer's code has never run. */
async function coldToggle(browser, origin, runs) {
  const { page } = await open(browser, `${origin}/bench/page/index.html`);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction('window.benchReady');
    await call(page, 'load', 1000);
    await call(page, 'ours', 1000);
    await pageGc(page);
    times.push(await call(page, 'toggle'));
  }
  await page.close();
  return median(times);
}

export async function summary({ browser, origin, sizes, runs, words }) {
  const { page, cdp } = await open(browser, `${origin}/bench/page/index.html`);
  const cases = {};
  for (const size of sizes) {
    await page.evaluate((s) => window.bench.load(s), size);
    cases[`browser ${size}`] = { run: ['summary', size, REPS[size] ?? 1], reps: REPS[size] ?? 1 };
  }
  const t = await measure({ page, cdp }, cases, { runs: runs * 2 });
  const toggleErrors = {};
  for (const size of sizes) {
    try {
      Object.assign(t, await measure({ page, cdp }, { [`toggle ${size}`]: { setup: ['ours', size], run: ['toggle'] } }, { runs }));
    } catch (error) {
      toggleErrors[size] = error;
    }
  }
  await page.close();
  const script = fileURLToPath(new URL('../lib/node-summary.js', import.meta.url));
  const node = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', script, String(runs * 2), ...sizes.map(String)], { encoding: 'utf8' }),
  );
  for (const size of sizes) t[`node ${size}`] = node[size];

  const rows = [];
  for (const [where, title] of [
    ['browser', 'Chromium'],
    ['node', `Node ${process.version} (“ours” = wall clock: Node has no thread CPU time, and process CPU counts the compiler and GC threads)`],
  ]) {
    const section = `Summary: summarize(text) in ${title}`;
    for (const size of sizes) {
      const row = timing(t, `${where} ${size}`, undefined, {
        id: `summary.${where}.${size}`,
        section,
        label: `${words[size].toLocaleString('en')} words`,
      });
      if (where === 'node') Object.assign(row, { note: `process CPU ${row.value.toFixed(2)} ms`, value: row.wall });
      if (size === 1000) Object.assign(row, { target: `≤ ${MAX_1000} ms`, met: row.value <= MAX_1000 });
      rows.push(row);
    }
    if (sizes.includes(1000) && sizes.includes(50000)) {
      const x = (k) => median(t[`${where} 50000`][k]) / median(t[`${where} 1000`][k]);
      const growth = where === 'node' ? x('wall') : x('cpu');
      rows.push({
        id: `summary.${where}.growth`,
        section,
        label: '50,000 words / 1,000 words',
        value: growth,
        wall: x('wall'),
        unit: '×',
        target: `≤ ${MAX_GROWTH}×`,
        met: growth <= MAX_GROWTH,
        note: `the text is ${(words[50000] / words[1000]).toFixed(0)}× longer`,
      });
    }
  }
  rows.push(...adversarialRows(Math.max(3, runs)));
  const section = 'Summary: press "Get a summary" → summary laid out (text from the DOM + summarize + render)';
  for (const size of sizes) {
    const id = `summary.toggle.${size}`;
    const label = `${words[size].toLocaleString('en')} words`;
    rows.push(toggleErrors[size] ? failed(id, section, label, undefined, toggleErrors[size]) : timing(t, `toggle ${size}`, undefined, { id, section, label }));
  }
  rows.push({
    id: 'summary.toggle.cold',
    section,
    label: `${words[1000].toLocaleString('en')} words, first press on a fresh page`,
    wall: await coldToggle(browser, origin, Math.max(3, Math.ceil(runs / 2))),
    unit: 'ms',
    note: 'the summarizer’s code compiles on this first call',
  });
  return rows;
}
