// The demo as `npm start` serves it (scripts/start.mjs, not the test server): lit's production
// build, so the console of an evaluator's browser stays quiet. The tests themselves keep lit's
// development build and its extra checks.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PageToolCommands } from './page-commands.js';

type Console = PageToolCommands['start-server-console'];

async function consoleOf(path: string, definedTag: string): Promise<string[]> {
  return executeServerCommand<Console['result'], Console['payload']>('start-server-console', { path, definedTag });
}

describe('demo as npm start serves it', function () {
  // The first call starts scripts/start.mjs.
  this.timeout(60_000);

  for (const [path, tag] of [
    ['/demo/index.html', 'otp-enroll'],
    ['/demo/index.html?tab=field&lang=en', 'otp-token-field'],
  ] as const) {
    it(`prints no warning or error in the console of ${path}`, async () => {
      const messages = await consoleOf(path, tag);
      expect(messages.filter((m) => /^(warn|warning|error|pageerror):/.test(m))).to.deep.equal([]);
      expect(messages.join('\n')).not.to.include('dev mode');
    });
  }

  it('while the test server gives the tests lit in development mode', async () => {
    expect((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings, 'lit dev build in the tests').to.be.instanceOf(Set);
  });
});
