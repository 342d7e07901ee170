// Node-side plugins for the browser tests: each is a real server piece the tests talk to.
import type { TestRunnerPlugin } from '@web/test-runner';

export function nodePlugins(): TestRunnerPlugin[] {
  return [];
}
