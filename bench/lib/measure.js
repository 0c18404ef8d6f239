// Repeated, interleaved runs of in-page cases, each on an empty page after a full GC, timed two
// ways: wall clock in the page (what the case returns), and the CPU time of the renderer's main
// thread (Performance.getMetrics ThreadTime) less the cost of an empty call. On a busy machine
// the wall clock also counts the time other processes held the CPU; the CPU time does not, so
// ratios are computed on it (bench/README.md, "How it measures").
import { call, metrics } from './browser.js';
import { median } from './stats.js';

/** A major GC in the page (Chromium runs with --expose-gc): unlike CDP's collectGarbage, it
 * does not flush compiled code, which would make every run pay for compiling it again. */
export const pageGc = (page) => page.evaluate(() => window.gc());

/** Main-thread CPU ms of one call, measured around `fn`. */
async function cpuOf(cdp, fn) {
  const before = await metrics(cdp);
  const result = await fn();
  const after = await metrics(cdp);
  return { result, cpu: (after.ThreadTime - before.ThreadTime) * 1000 };
}

/** CPU ms of an empty call (CDP round trip and evaluation), subtracted from every measurement. */
export async function overhead({ page, cdp }, runs = 15) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push((await cpuOf(cdp, () => call(page, 'noop'))).cpu);
  return median(samples);
}

/**
 * `cases`: `{ name: { run: [fn, ...args], setup?: [fn, ...args], pick?: (result) => ms, reps? } }`;
 * `reps` is how many times `run` repeats the work in one call (CPU time is divided by it).
 * Every round runs each case once, in an order that alternates between rounds. Returns
 * `{ name: { wall: number[], cpu: number[], results: any[] } }` without the warm-up rounds.
 */
export async function measure({ page, cdp }, cases, { runs, warmup = 2 }) {
  const base = await overhead({ page, cdp });
  const names = Object.keys(cases);
  const out = Object.fromEntries(names.map((n) => [n, { wall: [], cpu: [], results: [] }]));
  for (let round = -warmup; round < runs; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const { run, setup, pick = (r) => r, reps = 1 } = cases[name];
      await call(page, 'clear');
      if (setup) await call(page, ...setup);
      await pageGc(page);
      const { result, cpu } = await cpuOf(cdp, () => call(page, ...run));
      if (round < 0) continue;
      out[name].wall.push(pick(result));
      out[name].cpu.push(Math.max(0, cpu - base) / reps);
      out[name].results.push(result);
    }
  }
  return out;
}
