// Finds the system browsers the tests drive. Nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver'];

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
