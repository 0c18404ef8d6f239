// `--profile`: where the render time goes. CPU profiles (V8 sampler, 50 µs) of the element and
// the floor rendering the same article, interleaved, attributed to original source files through
// the bundles' source maps; and the fixed cost (one-line body) alone. Printed, not tabled.
import { call, open } from '../lib/browser.js';
import { pageGc } from '../lib/measure.js';
import { attribute, cpuProfile, inclusive, printAttribution } from '../lib/profile.js';
import { traceWork } from '../lib/trace.js';

export async function profile({ browser, origin, root }) {
  const { page, cdp } = await open(browser, `${origin}/bench/page/index.html`);
  const maps = {
    [`${origin}/bench/.out/news-article.js`]: `${root}/bench/.out/news-article.js.map`,
    [`${origin}/bench/.out/floor.js`]: `${root}/bench/.out/floor.js.map`,
  };
  for (const [words, runs] of [[10000, 10], [50000, 4]]) {
    await call(page, 'load', words);
    try {
      for (const which of ['ours', 'floor']) await call(page, which, words);
    } catch (error) {
      console.log(`\nRender ${words} words: not profiled, ${String(error.message).split('\n')[0]}`);
      continue;
    }
    const p = await cpuProfile(cdp, async () => {
      for (let i = 0; i < runs; i++) {
        for (const which of ['ours', 'floor']) {
          await call(page, 'clear');
          await pageGc(page);
          await call(page, which, words);
        }
      }
    });
    printAttribution(`Render ${words} words, ours + floor per round (floor: = the floor bundle)`, attribute(p, maps), runs, 25);
  }
  await call(page, 'load', 1000);
  const n = 200;
  const p = await cpuProfile(cdp, async () => {
    for (let i = 0; i < n; i++) {
      await call(page, 'clear');
      await call(page, 'ours', 1000, { short: true });
    }
  });
  printAttribution('Fixed cost: full article with a one-line body', attribute(p, maps), n, 25);
  console.log('  by function, with what it calls (inclusive ms per render):');
  for (const [name, ms] of inclusive(p, maps, root).slice(0, 25)) console.log(`    ${(ms / n).toFixed(3).padStart(8)}  ${name}`);

  // The same by kind of work, from a trace (main-thread CPU per render).
  const runs = 50;
  console.log('\nFixed cost, browser work by kind (trace, main-thread CPU ms per render, one-line body;');
  console.log('script is in the profile above):');
  for (const which of ['ours', 'floor']) {
    const totals = await traceWork(page, async () => {
      for (let i = 0; i < runs; i++) {
        await call(page, 'clear');
        await call(page, which, 1000, { short: true });
      }
    });
    const line = Object.entries(totals)
      .filter(([kind]) => !kind.startsWith('script'))
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .map(([kind, { cpu }]) => `${kind} ${(cpu / runs).toFixed(2)}`)
      .join(', ');
    console.log(`  ${which.padEnd(5)} ${line}`);
  }
  await page.close();
}
