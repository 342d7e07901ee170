// Modules the page cannot load, as behind a failing CDN: `modules-offline` names path prefixes
// that the test server answers with 503 for the browser that asked, until it names others (or
// none). Each browser runs one test page at a time, so the browser names whose page it is.
import type { IncomingMessage } from 'node:http';
import type { TestRunnerPlugin } from '@web/test-runner';
import { intercept } from './mount.js';
import type { ToolCommands } from './protocol.js';

/** The test runner's name of the browser that sent a request (see web-test-runner.config.mjs). */
const browserOf = (req: IncomingMessage): string => (/Firefox\//.test(req.headers['user-agent'] ?? '') ? 'Firefox' : 'Chromium');

export function offlineModulesPlugin(): TestRunnerPlugin {
  const offline = new Map<string, readonly string[]>();
  return {
    name: 'otp-offline-modules',
    serverStart({ server }) {
      intercept(server, (req, res, path) => {
        if (!offline.get(browserOf(req))?.some((prefix) => path.startsWith(prefix))) return false;
        req.resume();
        res.writeHead(503, { 'Cache-Control': 'no-store' }).end();
        return true;
      });
    },
    executeCommand({ command, payload, session }) {
      if (command !== 'modules-offline') return undefined;
      const { paths } = payload as ToolCommands['modules-offline']['payload'];
      offline.set(session.browser.name, paths);
      return true;
    },
  };
}
