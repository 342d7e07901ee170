// Commands that need the node side: an independent TOTP implementation (Debian's oathtool), a
// port where nothing listens, and requests with headers a browser will not let a page set.
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { TestRunnerPlugin } from '@web/test-runner';
import type { HttpProbePayload, HttpProbeResult, OathtoolPayload, OathtoolStatus } from './protocol.js';

const run = promisify(execFile);

async function oathtool({ secret, time, algorithm = 'SHA1', digits = 6 }: OathtoolPayload): Promise<string> {
  const args = [`--totp=${algorithm}`, '--base32', `--digits=${digits}`];
  if (time !== undefined) args.push(`--now=@${time}`);
  const { stdout } = await run('oathtool', [...args, secret]);
  return stdout.trim();
}

/** Whether oathtool is installed, and whether its absence must fail the run (on CI, which installs it). */
async function oathtoolStatus(): Promise<OathtoolStatus> {
  const available = await run('oathtool', ['--version']).then(() => true, () => false);
  return { available, required: Boolean(process.env.CI) };
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

function probe(port: number, { path, method = 'POST', headers = {}, body }: HttpProbePayload): Promise<HttpProbeResult> {
  return new Promise((resolve, reject) => {
    const req = request({ host: 'localhost', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function toolsPlugin(): TestRunnerPlugin {
  let port = 0;
  return {
    name: 'otp-tools',
    serverStart({ server }) {
      port = (server?.address() as AddressInfo).port;
    },
    executeCommand({ command, payload }) {
      switch (command) {
        case 'oathtool':
          return oathtool(payload as OathtoolPayload);
        case 'oathtool-status':
          return oathtoolStatus();
        case 'closed-port-url':
          return closedPortUrl();
        case 'http-probe':
          return probe(port, payload as HttpProbePayload);
        default:
          return undefined;
      }
    },
  };
}
