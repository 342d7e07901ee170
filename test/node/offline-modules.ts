// Modules the page cannot load, or loads late, as behind a failing or slow CDN: `modules-offline`
// names modules that the test server answers with 503 for the browser that asked, and
// `modules-held` modules whose requests wait; each holds until the command names others (or
// none), which lets the waiting requests through. Each browser runs one test page at a time, so
// the browser names whose page it is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TestRunnerPlugin } from '@web/test-runner';
import { intercept } from './mount.js';
import { interruptibleModules, type InterruptibleModule } from './protocol.js';

/** The test runner's name of the browser that sent a request (see web-test-runner.config.mjs). */
const browserOf = (req: IncomingMessage): string => (/Firefox\//.test(req.headers['user-agent'] ?? '') ? 'Firefox' : 'Chromium');

/**
 * The test runner lets a browser keep every module for the whole run (max-age of a year), so a
 * module another page loaded would never be asked for again: these are to be revalidated each time.
 */
function revalidated(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? 'no-cache' : value);
}

type Command = 'modules-offline' | 'modules-held';

export function offlineModulesPlugin(): TestRunnerPlugin {
  /** The modules each command named last, by browser. */
  const named: Record<Command, Map<string, readonly InterruptibleModule[]>> = { 'modules-offline': new Map(), 'modules-held': new Map() };
  /** The requests waiting, by browser. */
  const held = new Map<string, (() => void)[]>();

  return {
    name: 'otp-offline-modules',
    serverStart({ server }) {
      intercept(server, (req, res, path, pass) => {
        const module = interruptibleModules.find((prefix) => path.startsWith(prefix));
        if (!module) return false;
        const browser = browserOf(req);
        if (named['modules-offline'].get(browser)?.includes(module)) {
          req.resume();
          res.writeHead(503, { 'Cache-Control': 'no-store' }).end();
          return true;
        }
        revalidated(res);
        if (!named['modules-held'].get(browser)?.includes(module)) return false;
        held.set(browser, [...(held.get(browser) ?? []), pass]);
        return true;
      });
    },
    executeCommand({ command, payload, session }) {
      if (command !== 'modules-offline' && command !== 'modules-held') return undefined;
      const { paths } = payload as { paths: InterruptibleModule[] };
      const unknown = paths.filter((path) => !interruptibleModules.includes(path));
      if (unknown.length) throw new Error(`${command}: not among interruptibleModules (test/node/protocol.ts): ${unknown.join(', ')}`);
      const browser = session.browser.name;
      named[command].set(browser, paths);
      if (command === 'modules-held') {
        const waiting = held.get(browser) ?? [];
        held.delete(browser);
        waiting.forEach((pass) => pass());
      }
      return true;
    },
  };
}
