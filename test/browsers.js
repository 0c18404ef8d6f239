// Finds the system browsers the tests drive. Nothing here downloads a browser.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver'];
const XVFB_PATHS = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'];

// WebKitGTK's MiniBrowser is not on PATH: Debian/Ubuntu ship it in the multiarch lib dir of
// libwebkit2gtk-4.1-0 (or -4.0-37), Fedora in /usr/libexec. Prefer the 4.1 API (libsoup3).
function minibrowserPaths() {
  const paths = [];
  for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
    let triplets = [];
    try {
      triplets = readdirSync('/usr/lib').filter((d) => d.includes('-linux-'));
    } catch {
      // no /usr/lib (macOS, Windows)
    }
    for (const t of ['x86_64-linux-gnu', 'aarch64-linux-gnu', ...triplets]) {
      paths.push(join('/usr/lib', t, api, 'MiniBrowser'));
    }
    paths.push(join('/usr/libexec', api, 'MiniBrowser'), join('/usr/lib', api, 'MiniBrowser'));
  }
  return [...new Set(paths)];
}

function find(envName, paths, howToInstall) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName}=${fromEnv} does not exist.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No browser found: set ${envName} or install one (${howToInstall}). Looked in ${paths.join(', ')}.`,
  );
}

export const chromiumPath = () =>
  find('CHROME_PATH', CHROMIUM_PATHS, 'Debian/Ubuntu: sudo apt-get install chromium');
export const firefoxPath = () =>
  find('FIREFOX_PATH', FIREFOX_PATHS, 'Debian/Ubuntu: sudo apt-get install firefox-esr');
export const webkitDriverPath = () =>
  find('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_PATHS, 'Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb');
export const minibrowserPath = () =>
  find(
    'MINIBROWSER_PATH',
    minibrowserPaths(),
    'Debian/Ubuntu: sudo apt-get install libwebkit2gtk-4.1-0 webkit2gtk-driver (MiniBrowser ships in the library package)',
  );
// Only needed when DISPLAY is unset: MiniBrowser (GTK) has no headless mode.
export const xvfbPath = () =>
  find('XVFB_PATH', XVFB_PATHS, 'Debian/Ubuntu: sudo apt-get install xvfb; or run with DISPLAY set / under xvfb-run -a');

// Flags for headless system Chromium: root needs --no-sandbox; the rest keep it off the network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Extra prefs for the (fresh, temporary) profile puppeteer creates for Firefox. Puppeteer already
// disables updates and most telemetry; these also keep ESR quiet and off the network.
export const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'services.settings.server': 'data:,',
  // Background tabs/iframes must not be throttled while several test pages run at once.
  'dom.min_background_timeout_value': 0,
  'dom.timeout.enable_budget_timer_throttling': false,
};

// createPage for @web/test-runner-chrome / -puppeteer launchers: one window per concurrently running
// test file instead of one tab. Chromium (new headless, since ~120) and Firefox report background
// tabs as document.visibilityState 'hidden' and stop requestAnimationFrame there, so with
// concurrency > 1 anything awaiting a frame (open-wc fixture() on non-Lit elements, animations)
// times out. See modernweb-dev/web#2808 and #2588.
export const newWindowPage = ({ context }) => context.newPage({ type: 'window' });
