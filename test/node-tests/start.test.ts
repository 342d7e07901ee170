// `npm start` (scripts/start.mjs) as a user runs it, attacked as in issue 9: it served any file
// of the machine to the whole network, to any Host. Each test talks to the real process.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { connect, createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { pagePolicy } from '../../demo/server/site.js';
import { httpText, postJson, raw, root, runScript, send, statusOf, type Script } from './helpers.js';

/** `npm start` with `env`, once it printed its address. */
async function start(env: Record<string, string>): Promise<{ script: Script; port: number }> {
  const script = runScript('scripts/start.mjs', env);
  const port = Number((await script.line(/demo: http:\/\/localhost:(\d+)\/demo\//))[1]);
  return { script, port };
}

/** Whether anything accepts a TCP connection at `host:port`. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Static `import`/`export … from` and `import()` specifiers of a module, as the dev server wrote them. */
const importPattern = /\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/**
 * The status of every module a page loads, from its module scripts through every static and
 * dynamic import (the dev server resolves bare specifiers to paths, which are followed).
 */
async function moduleStatuses(origin: string, page: string): Promise<Map<string, number>> {
  const html = await (await fetch(new URL(page, origin))).text();
  const queue = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => new URL(m[1]!, new URL(page, origin)).href);
  assert.ok(queue.length, `${page} loads no module`);
  const statuses = new Map<string, number>();
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (statuses.has(url)) continue;
    const response = await fetch(url);
    statuses.set(url, response.status);
    if (!response.ok) continue;
    for (const [, spec, dynamic] of (await response.text()).matchAll(importPattern)) {
      const specifier = (spec ?? dynamic)!;
      if (/^[./]/.test(specifier)) queue.push(new URL(specifier, url).href);
    }
  }
  return statuses;
}

describe('npm start', () => {
  let server: { script: Script; port: number };
  const get = (path: string, headers: Record<string, string> = {}) => send(`http://127.0.0.1:${server.port}${path}`, { method: 'GET', headers });
  before(async () => {
    server = await start({ PORT: '0' });
  });
  after(() => server.script.stop());

  it('listens on 127.0.0.1 only: another address of this machine gets no connection', async () => {
    assert.equal(await reachable('127.0.0.1', server.port), true);
    assert.equal(await reachable('127.0.0.2', server.port), false);
    assert.ok(!server.script.lines.some((line) => line.includes('WARNING')));
  });

  it('serves the demo pages, their sources compiled, the bundle, the linked docs and the packages the pages import', async () => {
    const served = ['/demo/', '/demo/index.html', '/demo/cms.html', '/demo/main.ts', '/src/otp-enroll.ts', '/dist/otp-elements.bundle.js', '/README.md', '/docs/protocol.md', '/node_modules/lit/index.js', '/node_modules/otpauth/package.json'];
    for (const path of served) assert.equal((await get(path)).status, 200, path);
    const root = await get('/');
    assert.deepEqual([root.status, root.headers.location], [302, '/demo/']);
  });

  it('serves every module the doc and demo pages import, the devDependencies they import (markdown-it, github-slugger) included', async () => {
    for (const page of ['/demo/doc.html', '/demo/index.html']) {
      const statuses = await moduleStatuses(`http://127.0.0.1:${server.port}`, page);
      const failed = [...statuses].filter(([, status]) => status !== 200);
      assert.deepEqual(failed, [], page);
      if (page === '/demo/doc.html') {
        const paths = [...statuses.keys()].map((url) => new URL(url).pathname);
        for (const name of ['markdown-it', 'github-slugger']) assert.ok(paths.some((path) => path.startsWith(`/node_modules/${name}/`)), `${page} loads ${name}`);
      }
    }
  });

  it('refuses the devDependencies no page imports', async () => {
    for (const name of ['sinon', 'fast-check', 'typescript', 'esbuild', '@web/dev-server', 'puppeteer-core']) {
      assert.equal((await get(`/node_modules/${name}/package.json`)).status, 404, name);
    }
  });

  it('refuses a path that is not canonical with 404, whatever it names, and serves the canonical ones', async () => {
    const tricks = [
      '/demo//server/main.ts',
      '//demo/server/main.ts',
      '/demo/%2fserver/main.ts',
      '/demo/%2Fserver/main.ts',
      '/demo/server%2fmain.ts',
      '/demo/./server/main.ts',
      '/demo/%2e/server/main.ts',
      '/demo/%2E/server/main.ts',
      '/demo/%5cserver/main.ts',
      '/demo\\server/main.ts',
      '/demo/%252e%252e/package.json',
      '/demo/%00/main.ts',
      '/demo//main.ts',
      '/node_modules/lit//../typescript/package.json',
      '/node_modules/lit/%2e%2e/typescript/package.json',
    ];
    for (const target of tricks) {
      const status = statusOf(await raw(server.port, httpText('GET', target, { Host: `localhost:${server.port}`, Connection: 'close' })));
      assert.equal(status, 404, target);
    }
    for (const path of ['/demo/', '/demo/main.ts', '/demo/doc.html?doc=docs/protocol.md', '/node_modules/%40lit/reactive-element/package.json']) {
      assert.equal((await get(path)).status, 200, path);
    }
  });

  it('refuses the outside-root route, dotfiles, anything outside the project and what the demo does not need', async () => {
    const refused = [
      '/__wds-outside-root__/2/etc/passwd',
      '/__wds-outside-root__/1/package.json',
      '/.git/config',
      '/.git',
      '/.gitignore',
      '/.ci/run',
      '/package.json',
      '/scripts/start.mjs',
      '/test/node/plugins.ts',
      '/demo/server/main.ts',
      '/node_modules/typescript/package.json',
      '/node_modules/.package-lock.json',
      '/demo/%2e%2e/package.json',
      '/demo/..%2fpackage.json',
      '/src/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/demo/%E0%A4%A',
    ];
    for (const path of refused) {
      const status = (await get(path)).status;
      assert.ok(status === 404 || status === 400, `${path} → ${status}`);
    }
    // What HTTP clients normalise away, sent raw.
    for (const target of ['/demo/../package.json', '/demo/../../../../etc/passwd', '/demo/..\\package.json']) {
      const status = statusOf(await raw(server.port, httpText('GET', target, { Host: `localhost:${server.port}`, Connection: 'close' })));
      assert.ok(status === 404 || status === 400, `${target} → ${status}`);
    }
  });

  it('sends a bank\'s page headers: CSP with frame-ancestors \'none\' and Trusted Types, nosniff, no referrer', async () => {
    for (const path of ['/demo/', '/demo/cms.html', '/demo/main.ts']) {
      const { headers } = await get(path);
      assert.equal(headers['content-security-policy'], pagePolicy, path);
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
      assert.equal(headers['referrer-policy'], 'no-referrer', path);
    }
    assert.match(pagePolicy, /frame-ancestors 'none'/);
    assert.match(pagePolicy, /require-trusted-types-for 'script'; trusted-types lit-html$/);
    // The header docs/security.md tells banks to send is this one.
    assert.ok(readFileSync(join(root, 'docs/security.md'), 'utf8').includes(`Content-Security-Policy: ${pagePolicy}\n`));
  });

  it('answers only to its own Host names, with or without the port (DNS rebinding)', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]'].flatMap((name) => [name, `${name}:${server.port}`])) {
      assert.equal((await get('/demo/', { Host: host })).status, 200, host);
    }
    for (const host of ['evil.example', `evil.example:${server.port}`, 'localhost.evil.example', '127.0.0.1.nip.io']) {
      assert.equal((await get('/demo/', { Host: host })).status, 421, host);
    }
  });

  it('survives the issue\'s reproductions against its bank, and answers after them', async () => {
    const host = `localhost:${server.port}`;
    const body = httpText('POST', '/api/bank/authenticate', { Host: host, 'Content-Type': 'application/json', 'Content-Length': 100 }, '{');
    assert.equal(await raw(server.port, body, { pauseMs: 300, drop: true }), '');
    assert.equal(statusOf(await raw(server.port, httpText('GET', 'http://[x/', { Host: host, Connection: 'close' }))), 400);
    assert.equal(statusOf(await raw(server.port, httpText('GET', 'http://[x/api/bank/authenticate', { Host: host, Connection: 'close' }))), 400);
    const login = await postJson(`http://127.0.0.1:${server.port}/api/bank/authenticate`, { flow: 'enroll', contractId: '1234567890', password: 'Passw0rd!' });
    assert.equal(login.status, 200);
    assert.equal(server.script.child.exitCode, null);
  });

  const engines = [
    { name: 'Chromium', path: process.env.OTP_CHROMIUM, launch: (path: string) => puppeteer.launch({ executablePath: path, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }) },
    { name: 'Firefox', path: process.env.OTP_FIREFOX, launch: (path: string) => puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true }) },
  ];
  // Both engines at once: each takes seconds to start.
  describe('the demo pages in real browsers', { concurrency: true }, () => {
  for (const engine of engines) {
    it(`runs the demo pages and a doc page in ${engine.name} under these headers with no error, violation or failed load`, { skip: !engine.path && 'not found (npm test finds it)' }, async () => {
      const browser: Browser = await engine.launch(engine.path!);
      try {
        // Each page, and what shows it rendered: the elements' first step, the document's headings.
        const elementsShown = () => !!customElements.get('otp-token-field') && !!document.querySelector('otp-enroll')?.shadowRoot?.querySelector('[part~="title"]');
        const documentShown = () => document.querySelectorAll('#doc h1, #doc h2').length > 2;
        for (const [path, shown] of [['/demo/', elementsShown], ['/demo/cms.html', elementsShown], ['/demo/doc.html?doc=README.md', documentShown]] as const) {
          const page = await browser.newPage();
          const problems: string[] = [];
          page.on('pageerror', (error) => problems.push(`error: ${error}`));
          page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
          page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
          page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
          await page.goto(`http://localhost:${server.port}${path}`, { waitUntil: 'load' });
          await page.waitForFunction(shown);
          const state = await page.evaluate(() => ({ trustedTypes: 'trustedTypes' in window }));
          const loaded = [...problems];
          // The page may reach its bank (connect-src 'self'): an unknown session is answered 401.
          const status = await page.evaluate(async () => {
            const body = JSON.stringify({ session: 'none' });
            return (await fetch('/api/bank/extend', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status;
          });
          assert.deepEqual([path, state, status, loaded], [path, { trustedTypes: true }, 401, []]);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    });
  }
  });
});

describe('npm start with HOST and ALLOWED_ORIGINS', () => {
  let server: { script: Script; port: number };
  before(async () => {
    server = await start({ PORT: '0', HOST: '127.0.0.2', ALLOWED_ORIGINS: 'https://cms.example.jp' });
  });
  after(() => server.script.stop());

  it('listens where HOST says, and says so loudly', async () => {
    assert.equal(await reachable('127.0.0.2', server.port), true);
    assert.equal(await reachable('127.0.0.1', server.port), false);
    assert.ok(server.script.lines.some((line) => line.startsWith('[otp-elements] WARNING: HOST=127.0.0.2')), server.script.lines.join('\n'));
  });

  it('accepts HOST as a Host name besides the local ones', async () => {
    const get = (host: string) => send(`http://127.0.0.2:${server.port}/demo/`, { method: 'GET', headers: { Host: host } });
    assert.equal((await get(`127.0.0.2:${server.port}`)).status, 200);
    assert.equal((await get(`localhost:${server.port}`)).status, 200);
    assert.equal((await get('evil.example')).status, 421);
  });

  it('answers the preflight of a page on an allowed origin with CORS headers, and refuses another', async () => {
    const preflight = (origin: string) =>
      send(`http://127.0.0.2:${server.port}/api/bank/authenticate`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
    const allowed = await preflight('https://cms.example.jp');
    assert.deepEqual([allowed.status, allowed.headers['access-control-allow-origin']], [204, 'https://cms.example.jp']);
    assert.equal((await preflight('https://evil.example')).status, 403);
  });
});

describe('npm start on a busy port', () => {
  it('stops with one line, not a stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const script = runScript('scripts/start.mjs', { PORT: String(port) });
      assert.equal(await script.exited, 1);
      assert.deepEqual(script.lines.filter(Boolean), [`[otp-elements] port ${port} is in use: stop what uses it, or choose another port with PORT=…`]);
    } finally {
      busy.close();
    }
  });
});

describe('npm start in a fresh clone (no dist/ yet)', () => {
  let clone: string;
  before(() => {
    // The project without dist/, sharing its installed packages: the build happens in the copy.
    clone = mkdtempSync(join(tmpdir(), 'otp-fresh-clone-'));
    const skipped = /^(node_modules|dist|\.git)(\/|$)/;
    cpSync(root, clone, { recursive: true, filter: (source) => !skipped.test(relative(root, source)) });
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  });
  after(() => rmSync(clone, { recursive: true, force: true }));

  it('says it builds dist/, then prints the address and nothing else: the SRI hashes stay in dist/integrity.json', async () => {
    const script = runScript('scripts/start.mjs', { PORT: '0' }, clone);
    try {
      const port = (await script.line(/demo: http:\/\/localhost:(\d+)\/demo\//))[1];
      assert.deepEqual(script.lines.filter(Boolean), [
        '[otp-elements] building dist/ for the CMS demo page …',
        `[otp-elements] demo: http://localhost:${port}/demo/ (its bank answers under /api/bank; Ctrl+C stops)`,
      ]);
      // Where docs/cms.md says the hashes are.
      const integrity = JSON.parse(readFileSync(join(clone, 'dist/integrity.json'), 'utf8'));
      assert.match(integrity['otp-elements.bundle.js'], /^sha384-/);
      assert.ok(existsSync(join(clone, 'dist/otp-elements.bundle.js')));
    } finally {
      await script.stop();
    }
  });
});
