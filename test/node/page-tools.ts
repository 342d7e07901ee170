// Commands that need the browser from outside the test page: a screenshot of part of the page
// (focus indicators are measured from pixels), the console of a demo page as `npm start`
// serves it (which is not the test server: it resolves packages for production), forced colours,
// and Chromium's virtual WebAuthn authenticator (passkeys made by a real browser, headless).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestRunnerPlugin } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';
import type { HeapKind, PageRect, PageToolCommands } from '../demo/page-commands.js';

const startScript = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));

type Command = keyof PageToolCommands;
type Payload<C extends Command> = PageToolCommands[C]['payload'];
type Result<C extends Command> = Promise<PageToolCommands[C]['result']>;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** scripts/start.mjs on a free port, answering; one for the whole run. */
class StartServer {
  #child: ChildProcess | undefined;
  #origin: Promise<string> | undefined;

  origin(): Promise<string> {
    this.#origin ??= this.#start();
    return this.#origin;
  }

  stop(): void {
    this.#child?.kill();
  }

  async #start(): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [startScript], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    this.#child = child;
    const origin = `http://localhost:${port}`;
    for (let attempt = 0; attempt < 150; attempt++) {
      if (child.exitCode !== null) throw new Error(`scripts/start.mjs exited with ${child.exitCode}`);
      const up = await fetch(`${origin}/demo/index.html`).then((r) => r.ok, () => false);
      if (up) return origin;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`scripts/start.mjs did not answer on ${origin}`);
  }
}

type Page = ReturnType<ChromeLauncher['getPage']>;
type ProtocolSession = Awaited<ReturnType<Page['createCDPSession']>>;
const protocolSessions = new WeakMap<Page, ProtocolSession>();
/** The page's virtual authenticator, and the protocol session it lives in. */
const authenticators = new WeakMap<Page, string>();

async function isChromium(page: Page): Promise<boolean> {
  return (await page.browser().version()).includes('Chrom');
}

/** The page's protocol session: what it sets (an emulation, an authenticator) lasts as long as it does. */
async function protocolSession(page: Page): Promise<ProtocolSession> {
  let cdp = protocolSessions.get(page);
  if (!cdp) protocolSessions.set(page, (cdp = await page.createCDPSession()));
  return cdp;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Count and bytes of each kind of JS object in a heap snapshot (Blink's own objects left out), named as `scripts/bench/profile.mjs --heap` names them. */
function heapByKind({ snapshot, nodes, strings }: HeapSnapshot): Record<string, HeapKind> {
  const fields = snapshot.meta.node_fields.length;
  const types = snapshot.meta.node_types[0];
  const kinds: Record<string, HeapKind> = {};
  for (let i = 0; i < nodes.length; i += fields) {
    const type = types[nodes[i]!]!;
    if (type === 'native') continue;
    const name = strings[nodes[i + 1]!]!;
    const kind = type === 'object' ? name : type === 'closure' ? `closure ${name}` : `(${type})`;
    kinds[kind] ??= { count: 0, bytes: 0 };
    kinds[kind].count++;
    kinds[kind].bytes += nodes[i + 3]!;
  }
  return kinds;
}

export function pageToolsPlugin(): TestRunnerPlugin {
  const startServer = new StartServer();

  const commands: { [C in Command]: (page: ReturnType<ChromeLauncher['getPage']>, payload: Payload<C>) => Result<C> } = {
    'page-screenshot': async (page, clip: PageRect) => {
      const png = await page.screenshot({ clip, encoding: 'base64' });
      return png;
    },
    'forced-colors': async (page, { active }) => {
      if (!(await isChromium(page))) return false;
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does. The
      // emulation lasts as long as the protocol session that set it, so one is kept per page.
      const cdp = await protocolSession(page);
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
      return true;
    },
    'virtual-authenticator': async (page, { options, credentials = [] }) => {
      if (!(await isChromium(page))) return false;
      const cdp = await protocolSession(page);
      await cdp.send('WebAuthn.enable', { enableUI: false });
      // One internal authenticator per browser context: the one before goes first.
      const previous = authenticators.get(page);
      if (previous) await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: previous });
      authenticators.delete(page);
      if (!options) return true;
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
          ...options,
        },
      });
      authenticators.set(page, authenticatorId);
      for (const credential of credentials) {
        await cdp.send('WebAuthn.addCredential', { authenticatorId, credential: { ...credential, isResidentCredential: false, signCount: 0 } });
      }
      return true;
    },
    'virtual-authenticator-user-verified': async (page, { verified }) => {
      const authenticatorId = authenticators.get(page);
      if (!authenticatorId) return false;
      await (await protocolSession(page)).send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: verified });
      return true;
    },
    'virtual-authenticator-credentials': async (page) => {
      const authenticatorId = authenticators.get(page);
      if (!authenticatorId) return [];
      const { credentials } = await (await protocolSession(page)).send('WebAuthn.getCredentials', { authenticatorId });
      return credentials.map((credential) => credential.rpId ?? '');
    },
    'heap-by-kind': async (page) => {
      if (!(await isChromium(page))) return false;
      const cdp = await protocolSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const chunks: string[] = [];
      const collect = ({ chunk }: { chunk: string }): number => chunks.push(chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
      return heapByKind(JSON.parse(chunks.join('')) as HeapSnapshot);
    },
    'start-server-console': async (page, { path, definedTag }) => {
      const origin = await startServer.origin();
      const tab = await page.browserContext().newPage();
      const messages: string[] = [];
      tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      tab.on('pageerror', (error) => messages.push(`pageerror: ${String(error)}`));
      try {
        await tab.goto(`${origin}${path}`);
        await tab.waitForFunction((tag: string) => customElements.get(tag) !== undefined, {}, definedTag);
        // A warning printed on first render comes after the definition.
        await new Promise((resolve) => setTimeout(resolve, 500));
      } finally {
        await tab.close();
        await page.bringToFront();
      }
      return messages;
    },
  };

  return {
    name: 'otp-page-tools',
    serverStop() {
      startServer.stop();
    },
    executeCommand({ command, payload, session }) {
      if (!Object.hasOwn(commands, command)) return undefined;
      const page = (session.browser as ChromeLauncher).getPage(session.id);
      return (commands[command as Command] as (p: typeof page, payload: unknown) => Promise<unknown>)(page, payload);
    },
  };
}
