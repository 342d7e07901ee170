// Finds the two engines the tests run in, on a Debian CI machine or a developer's laptop.
// Order: explicit environment variables, system installs, Playwright's browser cache.
import { existsSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const home = homedir();

function playwrightBuilds(prefix, subpaths) {
  const caches = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    join(home, '.cache/ms-playwright'),
    join(home, 'Library/Caches/ms-playwright'),
    join(process.env.LOCALAPPDATA ?? '', 'ms-playwright'),
  ].filter(Boolean);
  const found = [];
  for (const cache of caches) {
    if (!existsSync(cache)) continue;
    for (const dir of readdirSync(cache).filter((d) => d.startsWith(prefix)).sort().reverse()) {
      for (const sub of subpaths) found.push(join(cache, dir, sub));
    }
  }
  return found;
}

const candidates = {
  chromium: () => [
    process.env.CHROME_PATH,
    ...(platform() === 'darwin'
      ? [
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
        ]
      : platform() === 'win32'
        ? [
            'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
            'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
          ]
        : [
            '/usr/bin/chromium',
            '/usr/bin/chromium-browser',
            '/usr/bin/google-chrome',
            '/usr/bin/google-chrome-stable',
            '/snap/bin/chromium',
          ]),
    ...playwrightBuilds('chromium-', [
      'chrome-linux/chrome',
      'chrome-linux64/chrome',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
      'chrome-win/chrome.exe',
    ]),
  ],
  // Firefox is driven over WebDriver BiDi, which a stock Firefox speaks (Playwright's patched
  // Firefox does not), so only real installs are looked for.
  firefox: () => [
    process.env.FIREFOX_PATH,
    ...(platform() === 'darwin'
      ? ['/Applications/Firefox.app/Contents/MacOS/firefox']
      : platform() === 'win32'
        ? ['C:\\Program Files\\Mozilla Firefox\\firefox.exe']
        : ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox']),
  ],
};

/** @returns {{chromium?: string, firefox?: string}} */
export function findBrowsers() {
  const result = {};
  for (const [name, list] of Object.entries(candidates)) {
    const path = list().find((p) => p && existsSync(p));
    if (path) result[name] = path;
  }
  return result;
}

/** Debian package names of what the test suite needs from the system. */
export const debianPackages = { chromium: 'chromium', firefox: 'firefox-esr', oathtool: 'oathtool' };

/** Flags for headless Chromium as root on a machine whose network reaches only package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
