// Memory: JS heap and DOM nodes after rendering the 50,000-word article, and after removing it
// (after a full GC each time): the element must leave nothing behind.
import { call, gc, metrics, open } from '../lib/browser.js';
import { failed } from './render.js';

const MB = 1024 * 1024;

async function snapshot(cdp) {
  await gc(cdp);
  await gc(cdp); // a second pass frees what the first one's finalizers released
  const m = await metrics(cdp);
  return { heap: m.JSHeapUsedSize, nodes: m.Nodes };
}

/** The 50,000-word article; if the element refuses it, the next size down, with the refusal shown. */
export async function memory(context) {
  const rows = [];
  for (const size of [50000, 10000]) {
    try {
      return [...rows, ...(await measureMemory(context, size))];
    } catch (error) {
      const words = context.words[size].toLocaleString('en');
      rows.push(failed(`memory.${size}`, 'Memory', `${words}-word article`, undefined, error));
    }
  }
  return rows;
}

async function measureMemory({ browser, origin, words }, size) {
  const { page, cdp } = await open(browser, `${origin}/bench/page/index.html`);
  await call(page, 'load', size);
  // One whole cycle first, so one-time costs (Lit's template cache, the DOMPurify and marked
  // instances, label and abbreviation tables, compiled code) are in the baseline, not a leak.
  await call(page, 'ours', size);
  await call(page, 'toggle');
  await call(page, 'clear');
  const base = await snapshot(cdp);
  await call(page, 'ours', size);
  const rendered = await snapshot(cdp);
  await call(page, 'toggle');
  const summarized = await snapshot(cdp);
  await call(page, 'clear');
  const removed = await snapshot(cdp);
  // A leak grows with every cycle; compiled code and caches do not. So: a few cycles to settle,
  // then the growth per cycle over several more.
  const cycle = async () => {
    await call(page, 'ours', size);
    await call(page, 'toggle');
    await call(page, 'clear');
  };
  for (let i = 0; i < 8; i++) await cycle();
  const settled = await snapshot(cdp);
  const CYCLES = 6;
  for (let i = 0; i < CYCLES; i++) await cycle();
  const cycled = await snapshot(cdp);
  await page.close();

  const section = `Memory: JS heap after a full GC (CDP collectGarbage), ${words[size].toLocaleString('en')}-word article`;
  const delta = (s) => s.heap - base.heap;
  const nodes = (s) => `${s.nodes - base.nodes >= 0 ? '+' : ''}${s.nodes - base.nodes} DOM nodes`;
  return [
    { id: 'memory.baseline', section, label: 'baseline (after one warm-up cycle, article text fetched)', value: base.heap / MB, unit: 'MB', note: `${base.nodes} DOM nodes` },
    { id: 'memory.rendered', section, label: 'rendered, attached', value: delta(rendered) / MB, unit: 'MB', note: nodes(rendered) },
    { id: 'memory.summarized', section, label: '+ summary opened', value: delta(summarized) / MB, unit: 'MB', note: nodes(summarized) },
    {
      id: 'memory.removed',
      section,
      label: 'removed',
      value: delta(removed) / MB,
      unit: 'MB',
      note: nodes(removed),
      target: '≈ baseline (< 0.5 MB)',
      met: delta(removed) < 0.5 * MB,
    },
    {
      id: 'memory.per-cycle',
      section,
      label: `growth per further render → summary → remove cycle (${CYCLES} cycles)`,
      value: (cycled.heap - settled.heap) / CYCLES / 1024,
      unit: 'KB',
      note: `${cycled.nodes - settled.nodes} DOM nodes`,
      target: '< 16 KB per cycle',
      met: cycled.heap - settled.heap < 16 * 1024 * CYCLES,
    },
  ];
}
