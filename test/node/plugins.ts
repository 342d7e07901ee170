// Node-side plugins for the browser tests: each is a real server piece the tests talk to.
// Routes, commands and payloads are listed in protocol.ts; test/bank/test-bank.ts wraps them.
import type { TestRunnerPlugin } from '@web/test-runner';
import { cspPagesPlugin } from './csp-pages.js';
import { faultPlugin } from './faults.js';
import { offlineModulesPlugin } from './offline-modules.js';
import { pageToolsPlugin } from './page-tools.js';
import { referenceServersPlugin } from './reference-servers.js';
import { testBankPlugin } from './test-banks.js';
import { toolsPlugin } from './tools.js';

export function nodePlugins(): TestRunnerPlugin[] {
  return [testBankPlugin(), faultPlugin(), offlineModulesPlugin(), toolsPlugin(), pageToolsPlugin(), cspPagesPlugin(), referenceServersPlugin()];
}
