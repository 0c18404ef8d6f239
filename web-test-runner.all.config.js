// `npm run test:all`: the same suite in three engines, using system browsers only.
//   Chromium  /usr/bin/chromium         via @web/test-runner-chrome (puppeteer-core, CDP)
//   Firefox   /usr/bin/firefox-esr      via @web/test-runner-puppeteer (puppeteer, WebDriver BiDi)
//   WebKit    WebKitGTK's MiniBrowser   via @web/test-runner-webdriver + WebKitWebDriver
//
// ENGINES=firefox,webkit picks a subset (aliases: chrome, ff, safari, wk; default: all three).
// MiniBrowser has no headless mode, so it needs an X display: if DISPLAY is unset, this config
// starts its own Xvfb (-displayfd, so no display-number race). Running under `xvfb-run -a` or a
// real desktop also works (set WTR_XVFB=1 to force a private Xvfb anyway).
// WebKitWebDriver is started on a free local port when the run starts and stopped when it ends.
// Both helpers are tied to this process through a pipe: even a SIGKILLed runner leaves no
// stray Xvfb/WebKitWebDriver behind.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { sharedConfig } from './web-test-runner.config.js';
import {
  chromiumPath,
  CHROMIUM_ARGS,
  firefoxPath,
  FIREFOX_PREFS,
  minibrowserPath,
  newWindowPage,
  webkitDriverPath,
  xvfbPath,
} from './test/browsers.js';

const ALIASES = { chrome: 'chromium', chromium: 'chromium', firefox: 'firefox', ff: 'firefox', webkit: 'webkit', wk: 'webkit', safari: 'webkit' };
const engines = [
  ...new Set(
    (process.env.ENGINES || 'chromium,firefox,webkit')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean)
      .map((e) => {
        if (!ALIASES[e]) throw new Error(`ENGINES: unknown engine "${e}" (use chromium, firefox, webkit).`);
        return ALIASES[e];
      }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Helper processes tied to this one: `sh` starts the command, then blocks reading our pipe; when
// the pipe closes (we end it, or this process dies in any way) it kills the command and waits.
const TIE = 'trap "" INT HUP; "$@" </dev/null & pid=$!; read _; kill "$pid" 2>/dev/null; wait "$pid"';

function spawnTied(cmd, args, { env = process.env, extraFds = 0 } = {}) {
  const child = spawn('/bin/sh', ['-c', TIE, 'tied', cmd, ...args], {
    env,
    stdio: ['pipe', 'ignore', 'pipe', ...Array(extraFds).fill('pipe')],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  child.stdin.on('error', () => {});
  child.exited = new Promise((r) => child.once('exit', r));
  child.stderrTail = () => stderr.trim();
  child.untie = async () => {
    child.stdin.end();
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await child.exited;
    clearTimeout(t);
  };
  return child;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startXvfb() {
  const xvfb = spawnTied(xvfbPath(), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
    extraFds: 1,
  });
  const display = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within 15s. ${xvfb.stderrTail()}`)), 15000);
    xvfb.stdio[3].on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${buf.trim()}`);
      }
    });
    xvfb.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready: ${xvfb.stderrTail()}`));
    });
  });
  return { xvfb, display };
}

async function startWebKitWebDriver(env) {
  const driverPath = webkitDriverPath();
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const driver = spawnTied(driverPath, [`--port=${port}`, '--host=local'], { env });
    let exited = false;
    driver.exited.then(() => (exited = true));
    const deadline = Date.now() + 15000;
    while (!exited && Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return { driver, port };
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    lastError = new Error(
      `${driverPath} --port=${port} ${exited ? 'exited' : 'did not answer /status within 15s'}. ${driver.stderrTail()}`,
    );
    await driver.untie();
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------------
// WebKit: WebdriverLauncher that owns its WebKitWebDriver (and Xvfb when needed), and always runs
// one test file at a time in a top-level page (SessionManager): the stock launcher picks its
// iframe mode whenever the *global* concurrency isn't 1, which would slow every other engine.
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    const binary = minibrowserPath();
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        // --automation is required (without it the session fails with "Failed to match
        // capabilities"); the GTK MiniBrowser has no --headless flag, hence the X display.
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        // Required too: webdriverio 9 otherwise adds `webSocketUrl: true` (BiDi), which this
        // WebKitWebDriver rejects with the same "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.concurrency = 1;
    this.helpers = [];
  }

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    const env = {
      ...process.env,
      // No accessibility bus / portals / GPU in CI: avoids D-Bus timeouts and blank frames.
      NO_AT_BRIDGE: '1',
      GTK_A11Y: 'none',
      GTK_USE_PORTAL: '0',
      WEBKIT_DISABLE_DMABUF_RENDERER: '1',
      LIBGL_ALWAYS_SOFTWARE: '1',
    };
    if (!process.env.DISPLAY || process.env.WTR_XVFB === '1') {
      const { xvfb, display } = await startXvfb();
      this.helpers.push(xvfb);
      env.DISPLAY = display;
    }
    const { driver, port } = await startWebKitWebDriver(env);
    this.helpers.push(driver);
    this.options.port = port;
  }

  async stop() {
    try {
      await super.stop(); // deletes the session, which closes MiniBrowser
    } finally {
      const helpers = this.helpers.reverse();
      this.helpers = [];
      for (const h of helpers) await h.untie();
    }
  }
}

// ---------------------------------------------------------------------------------------------
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
      // A window per test file, not a tab: background tabs are 'hidden' and get no animation
      // frames, so concurrent files would time out (see newWindowPage in test/browsers.js).
      createPage: newWindowPage,
    }),

  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        // puppeteer makes a fresh temporary profile per launch and deletes it afterwards.
        extraPrefsFirefox: FIREFOX_PREFS,
        env: {
          ...process.env,
          MOZ_CRASHREPORTER_DISABLE: '1',
          MOZ_DISABLE_AUTO_SAFE_MODE: '1',
          MOZ_HEADLESS: '1',
        },
      },
      // One window per test file rather than one tab, as for Chromium.
      createPage: newWindowPage,
    }),

  webkit: () => new WebKitGtkLauncher(),
};

export default {
  ...sharedConfig,
  // The engine smoke test (plain JS) runs with the suite, so a broken engine setup is obvious.
  files: [...sharedConfig.files, 'test/engines/*.test.js'],
  // Test files open at once *per engine* (WebKit is always 1). All engines run side by side, so
  // scale with the cores: on 2 cores, 2 per engine was slower (57-72s vs 36s) and let the first
  // axe-core check of a file time out in Chromium now and then. `--concurrency N` overrides.
  concurrency: Math.max(1, Math.floor(availableParallelism() / 4)),
  browsers: engines.map((e) => launchers[e]()),
  // Three engines share the machine: give slow WebKit session starts more room.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
};
