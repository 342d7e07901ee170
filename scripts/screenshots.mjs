// `npm run screenshots`: writes docs/screenshots/ — the demo at 320, 375 and 1024 px in Japanese
// and English (on phones also the screen a customer sees while typing the code, and at 320 px
// the settings unfolded), and every step of <otp-enroll> and <otp-suspend> at 375 and 1024 px in
// Japanese, plus <otp-enroll mode="provision"> showing its QR code and key, taken from
// demo/cms.html (a bank page with the bundle only) against the reference bank, and what the
// accessibility audit asked to see: the focus ring, the session warning, forced colours.
//
// It starts `npm start`'s server on a free port (or uses --base-url=http://…), builds the bundle
// when it is missing or older than the sources, and drives Chromium with playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { chromiumArgs, findBrowsers } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs/screenshots');
const { demoTokenCode } = await tsImport('../src/bank/demo-data.ts', import.meta.url);

const widths = [375, 1024];
const demoWidths = [320, 375, 1024];

/** Without a Japanese font Chromium draws boxes: say so before taking pictures of them. */
function checkJapaneseFont() {
  const fonts = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && !fonts.stdout.trim()) {
    console.warn('[screenshots] no Japanese font installed: Japanese text will show as boxes (Debian: apt-get install fonts-noto-cjk)');
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** demo/cms.html loads dist/otp-elements.bundle.js: build it if it is not current. */
function ensureBundle() {
  const bundle = join(root, 'dist/otp-elements.bundle.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(join(root, 'src'))) return;
  console.log('[screenshots] building dist/otp-elements.bundle.js …');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('rollup failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `npm start`'s server (demo + reference bank at /api/bank) on its own port, with a fresh bank. */
async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NO_OPEN: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`scripts/start.mjs exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/demo/index.html`)).ok) return { baseUrl, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`the server did not answer on ${baseUrl}`);
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  // Two frames: Lit has rendered and the layout (container queries, ResizeObserver) has settled.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function waitForStep(page, selector, step) {
  await page.waitForFunction(([s, name]) => document.querySelector(s)?.step === name, [selector, step]);
  await settle(page);
}

function shotName(...parts) {
  return join(outDir, `${parts.join('-')}.png`);
}

/** The demo page at `url`, signed in as 1234567890 on the register step with token ID VSST12345678 typed; its <otp-enroll>. */
async function demoAtRegister(page, url) {
  await page.goto(url);
  await waitForStep(page, '#enroll', 'authenticate');
  const enroll = page.locator('#enroll');
  await enroll.locator('input[autocomplete="username"]').pressSequentially('1234567890');
  await enroll.locator('input[autocomplete="current-password"]').pressSequentially('Passw0rd!');
  await enroll.locator('input[autocomplete="current-password"]').press('Enter');
  await waitForStep(page, '#enroll', 'register');
  await enroll.locator('#token-id').pressSequentially('VSST12345678');
  return enroll;
}

/**
 * The evaluator's demo, on the register step with the event log filled; on a phone also the
 * screen while the customer types the code, with the live code in view above the field.
 */
async function demoShots(browser, baseUrl) {
  for (const lang of ['ja', 'en']) {
    for (const width of demoWidths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 800 } });
      const enroll = await demoAtRegister(page, `${baseUrl}/demo/index.html?lang=${lang}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      await page.screenshot({ path: shotName('demo', lang, width), fullPage: width < 600 });
      if (width < 600) {
        await enroll.locator('#otp input').focus();
        await settle(page);
        await page.screenshot({ path: shotName('demo', lang, width, 'code') });
      }
      if (width === Math.min(...demoWidths)) {
        // The folded settings, unfolded: every option whole on the narrowest phone.
        await page.locator('#controls-box > summary').click();
        await page.evaluate(() => window.scrollTo(0, 0));
        await settle(page);
        await page.screenshot({ path: shotName('demo', lang, width, 'settings') });
      }
      await page.close();
    }
  }
}

/** <otp-enroll passkey="offer"> on the demo page: the passkey step after the token is bound. */
async function passkeyShots(browser, baseUrl) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const enroll = await demoAtRegister(page, `${baseUrl}/demo/index.html?lang=ja`);
    await enroll.locator('#otp input').pressSequentially(demoTokenCode('VSST12345678'));
    await enroll.locator('#otp input').press('Enter');
    await waitForStep(page, '#enroll', 'passkey');
    // The step's code loads when it is first shown: wait until it is there.
    await page.waitForFunction(() => document.querySelector('#enroll')?.shadowRoot?.querySelector('form')?.getAttribute('aria-busy') === 'false');
    await settle(page);
    await page.locator('#enroll').screenshot({ path: shotName('enroll', '5-passkey', 'ja', width) });
    await page.close();
  }
}

/** <otp-confirm> on the demo's Transfer tab: the transfer to confirm (取引認証), its ways and its time. */
async function confirmShots(browser, baseUrl) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`${baseUrl}/demo/index.html?lang=ja`);
    await page.locator('#tab-transfer').click();
    await page.locator('#transfer-form button[type="submit"]').click();
    await waitForStep(page, '#transfer-confirm-element', 'review');
    // The phone's sticky token strip would lie over the element as the shot scrolls along it.
    await page.evaluate(() => document.getElementById('token-strip')?.style.setProperty('display', 'none'));
    await page.locator('#transfer-confirm-element').scrollIntoViewIfNeeded();
    await settle(page);
    await page.locator('#transfer-confirm-element').screenshot({ path: shotName('confirm', '1-review', 'ja', width) });
    // "This is not my transfer" asks before anything is sent (WCAG 3.3.4).
    await page.locator('#transfer-confirm-element [part~="decline-button"]').click();
    await settle(page);
    await page.locator('#transfer-confirm-element [part="decline"]').screenshot({ path: shotName('confirm', '2-decline-question', 'ja', width) });
    await page.close();
  }
}

/** The demo's themes (docs/theming.md): the stage with the wizard, at 1024 px. */
async function themeShots(browser, baseUrl) {
  for (const theme of ['default', 'forest', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`${baseUrl}/demo/index.html?theme=${theme}`);
    await waitForStep(page, '#enroll', 'authenticate');
    const enroll = page.locator('#enroll');
    await enroll.locator('input[autocomplete="username"]').pressSequentially('1234567890');
    await enroll.locator('input[autocomplete="current-password"]').pressSequentially('Passw0rd!');
    if (theme === 'dark') {
      await enroll.locator('[part~="keyboard-toggle"]').click();
    } else {
      await enroll.locator('input[autocomplete="current-password"]').press('Enter');
      await waitForStep(page, '#enroll', 'register');
      await enroll.locator('#token-id').pressSequentially('VSST12345678');
      await enroll.locator('#otp input').pressSequentially('12345');
    }
    await settle(page);
    await page.locator('#stage').screenshot({ path: shotName('theme', theme, 1024) });
    await page.close();
  }
}

/**
 * <otp-enroll mode="provision"> on the CMS page, with the key the bank issued as a QR code and as
 * text. Taken for a customer without a token, so no device-change notice shows; nothing is
 * registered, so the customer is unchanged for the shots that follow.
 */
async function provisionShot(browser, baseUrl, width, contractId) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${baseUrl}/demo/cms.html#enroll-qr`);
  const selector = '#enroll-qr otp-enroll';
  const enroll = page.locator(selector);
  await waitForStep(page, selector, 'authenticate');
  await enroll.locator('input[autocomplete="username"]').pressSequentially(contractId);
  await enroll.locator('input[autocomplete="current-password"]').pressSequentially('Passw0rd!');
  await enroll.locator('input[autocomplete="current-password"]').press('Enter');
  await waitForStep(page, selector, 'register');
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part="secret"]'), selector);
  await settle(page);
  await page.locator('#enroll-qr').screenshot({ path: shotName('enroll', '3c-provision', 'ja', width) });
  await page.close();
  if (errors.length) throw new Error(`the CMS page reported errors at ${width}px:\n${errors.join('\n')}`);
}

/** Every step of both wizards on the CMS page, in Japanese. */
async function wizardShots(browser, baseUrl, width, { enrollAs, tokenId, suspendAs }) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The wrong code below gets a 422 from the bank, which Chromium logs as a failed load.
  const expected = /^Failed to load resource: the server responded with a status of 422/;
  page.on('console', (message) => message.type() === 'error' && !expected.test(message.text()) && errors.push(message.text()));
  const shoot = async (flow, step) => {
    await settle(page);
    await page.locator(`#${flow}`).screenshot({ path: shotName(flow, step, 'ja', width) });
  };

  await page.goto(`${baseUrl}/demo/cms.html#enroll`);
  const enroll = page.locator('#enroll otp-enroll');
  await waitForStep(page, '#enroll otp-enroll', 'prepare');
  await shoot('enroll', '1-prepare');
  await enroll.locator('[part~="primary-button"]').click();
  await waitForStep(page, '#enroll otp-enroll', 'authenticate');
  await shoot('enroll', '2-authenticate');

  await enroll.locator('input[autocomplete="username"]').pressSequentially(enrollAs);
  await enroll.locator('input[autocomplete="current-password"]').pressSequentially('Passw0rd!');
  const keyboardToggle = enroll.locator('[part~="keyboard-toggle"]');
  if (await keyboardToggle.count()) {
    await keyboardToggle.click();
    await shoot('enroll', '2b-software-keyboard');
    await keyboardToggle.click();
  }
  await enroll.locator('input[autocomplete="current-password"]').press('Enter');
  await waitForStep(page, '#enroll otp-enroll', 'register');
  await enroll.locator('#token-id').pressSequentially(tokenId);
  await shoot('enroll', '3-register');

  // A wrong code: the message with the attempts left.
  await enroll.locator('#otp input').pressSequentially('000000');
  await enroll.locator('#otp input').press('Enter');
  await page.waitForFunction(() => document.querySelector('#enroll otp-enroll')?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim());
  await shoot('enroll', '3b-register-error');

  await enroll.locator('#otp input').pressSequentially(demoTokenCode(tokenId));
  await enroll.locator('#otp input').press('Enter');
  await waitForStep(page, '#enroll otp-enroll', 'complete');
  await shoot('enroll', '4-complete');

  await page.goto(`${baseUrl}/demo/cms.html#suspend`);
  const suspend = page.locator('#suspend otp-suspend');
  await waitForStep(page, '#suspend otp-suspend', 'authenticate');
  await shoot('suspend', '1-authenticate');
  await suspend.locator('input[autocomplete="username"]').pressSequentially(suspendAs);
  await suspend.locator('input[autocomplete="current-password"]').pressSequentially('Passw0rd!');
  await suspend.locator('input[autocomplete="current-password"]').press('Enter');
  await waitForStep(page, '#suspend otp-suspend', 'confirm');
  await shoot('suspend', '2-confirm');
  await suspend.locator('[part~="primary-button"]').click();
  await waitForStep(page, '#suspend otp-suspend', 'complete');
  await shoot('suspend', '3-complete');

  await page.close();
  if (errors.length) throw new Error(`the CMS page reported errors at ${width}px:\n${errors.join('\n')}`);
}

/**
 * What the accessibility audit asked to see (docs/accessibility.md): the focus ring after keyboard
 * actions, the session warning (the page's clock run forward), and the software keyboard with
 * Shift pressed under forced colours.
 */
async function accessibilityShots(browser, baseUrl) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await page.clock.install();
  await page.goto(`${baseUrl}/demo/cms.html#suspend`);
  const selector = '#suspend otp-suspend';
  const suspend = page.locator(selector);
  await waitForStep(page, selector, 'authenticate');
  await suspend.locator('input[autocomplete="username"]').pressSequentially('2345678901');
  await suspend.locator('input[autocomplete="current-password"]').pressSequentially('Passw0rd!');
  // Tab to 次へ: a keyboard focus, with the ring every control shows.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await settle(page);
  await page.locator('#suspend').screenshot({ path: shotName('a11y', 'focus-ring', 1024) });
  await page.keyboard.press('Enter');
  await waitForStep(page, selector, 'confirm');
  await page.clock.fastForward('04:01');
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part="extend-button"]'), selector);
  await settle(page);
  await page.locator('#suspend').screenshot({ path: shotName('a11y', 'session-warning', 1024) });
  await page.close();

  const forced = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await forced.emulateMedia({ forcedColors: 'active' });
  await forced.goto(`${baseUrl}/demo/cms.html#suspend`);
  await waitForStep(forced, selector, 'authenticate');
  const forcedSuspend = forced.locator(selector);
  await forcedSuspend.locator('[part~="keyboard-toggle"]').click();
  await forcedSuspend.locator('otp-soft-keyboard [part~="shift-key"]').click();
  await settle(forced);
  await forced.locator('#suspend').screenshot({ path: shotName('a11y', 'forced-colors-keyboard', 1024) });
  await forced.close();
}

const baseArg = process.argv.find((a) => a.startsWith('--base-url='));
checkJapaneseFont();
ensureBundle();
// Start clean, so a renamed or dropped step leaves no stale picture behind.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = baseArg ? { baseUrl: baseArg.slice('--base-url='.length).replace(/\/$/, ''), stop() {} } : await startServer();
const executablePath = findBrowsers().chromium;
if (!executablePath) throw new Error('no Chromium found: install chromium (Debian) or set CHROME_PATH');
const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
try {
  await demoShots(browser, server.baseUrl);
  await accessibilityShots(browser, server.baseUrl);
  await passkeyShots(browser, server.baseUrl);
  await confirmShots(browser, server.baseUrl);
  await themeShots(browser, server.baseUrl);
  // One fresh bank serves both widths: each width registers and suspends other customers, so
  // no code is replayed and every customer is in the state its screens need. The customer about
  // to register has no token at that point: the provision shot is taken for them first.
  await provisionShot(browser, server.baseUrl, 375, '1234567890');
  await wizardShots(browser, server.baseUrl, 375, { enrollAs: '1234567890', tokenId: 'VSST12345678', suspendAs: '2345678901' });
  await provisionShot(browser, server.baseUrl, 1024, '2345678901');
  await wizardShots(browser, server.baseUrl, 1024, { enrollAs: '2345678901', tokenId: 'VSMT23456789', suspendAs: '1234567890' });
  console.log(`[screenshots] ${readdirSync(outDir).length} files in docs/screenshots/`);
} finally {
  await browser.close();
  server.stop();
}
