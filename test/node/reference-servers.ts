// `npm run server` as a process of its own, on another origin than the test pages
// (http://127.0.0.1:<free port>), for tests of a page on one origin using the bank on another:
// what a CMS page does with ALLOWED_ORIGINS. Each server is stopped with the test run.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { TestRunnerPlugin } from '@web/test-runner';
import type { ReferenceServerCommands } from './protocol.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Running {
  child: ChildProcess;
  /** What it printed, line by line: its request log. */
  lines: string[];
}

/** Starts `npm run server` (its script, through tsx) and resolves with its port once it listens. */
function start(allowedOrigins: string, lines: string[]): { child: ChildProcess; port: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ALLOWED_ORIGINS: allowedOrigins },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = new Promise<number>((resolve, reject) => {
    let pending = '';
    const read = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        const listening = /^Reference bank: http:\/\/[^:]+:(\d+)\//.exec(line);
        if (listening) resolve(Number(listening[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm run server exited with ${code}: ${lines.join(' | ')}`)));
  });
  return { child, port };
}

export function referenceServersPlugin(): TestRunnerPlugin {
  const running = new Map<string, Running>();
  const commands: { [C in keyof ReferenceServerCommands]: (p: ReferenceServerCommands[C]['payload']) => Promise<ReferenceServerCommands[C]['result']> } = {
    async 'reference-server-start'({ allowedOrigins }) {
      const lines: string[] = [];
      const { child, port } = start(allowedOrigins, lines);
      const id = randomUUID();
      running.set(id, { child, lines });
      return { id, endpoint: `http://127.0.0.1:${await port}/api/bank` };
    },
    async 'reference-server-log'({ id }) {
      return running.get(id)?.lines ?? [];
    },
  };
  return {
    name: 'otp-reference-servers',
    serverStop() {
      for (const { child } of running.values()) child.kill();
    },
    executeCommand({ command, payload }) {
      if (!Object.hasOwn(commands, command)) return undefined;
      return (commands[command as keyof ReferenceServerCommands] as (p: unknown) => unknown)(payload);
    },
  };
}
