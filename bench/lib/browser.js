// Headless system Chromium through puppeteer-core: the same binary and flags as the tests.
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../test/browsers.js';

export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--window-size=1280,900', '--js-flags=--expose-gc'],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** A new page at `url`, with a CDP session; waits for `readyFlag` on window when given. */
export async function open(browser, url, readyFlag = 'benchReady') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(new Error(`${msg.text()} (${msg.location()?.url ?? url})`));
  });
  await page.goto(url, { waitUntil: 'load' });
  if (readyFlag) await page.waitForFunction(`window.${readyFlag}`, { timeout: 30000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp, errors };
}

/** A full, synchronous garbage collection. */
export const gc = (cdp) => cdp.send('HeapProfiler.collectGarbage');

/** Chromium's performance counters as an object (JSHeapUsedSize, Nodes, …). */
export async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** Calls `window.bench[name](...args)` in the page and returns its result. */
export const call = (page, name, ...args) =>
  page.evaluate((n, a) => window.bench[n](...a), name, args);
